import 'server-only';
import { env } from '@/lib/env';
import type { UrlContext } from './redirects';

let cached: UrlContext | undefined;

export function urlContext(): UrlContext {
  if (cached) return cached;
  const e = env();
  const hydra = e.HYDRA_PUBLIC_URL ? [new URL(e.HYDRA_PUBLIC_URL).origin] : [];
  cached = {
    internalUrl: e.KRATOS_PUBLIC_URL,
    browserPath: e.KRATOS_BROWSER_PATH,
    uiOrigin: e.UI_URL,
    allowedOrigins: [...new Set([...hydra, ...e.ALLOWED_REDIRECT_ORIGINS])],
  };
  return cached;
}
