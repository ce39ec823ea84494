import 'server-only';
import { env } from '@/lib/env';
import type { UrlContext } from './urls';

let cached: UrlContext | undefined;

export function urlContext(): UrlContext {
  if (cached) return cached;
  const e = env();
  cached = {
    internalUrl: e.KRATOS_PUBLIC_URL,
    browserPath: e.KRATOS_BROWSER_PATH,
    uiOrigin: e.UI_URL,
  };
  return cached;
}
