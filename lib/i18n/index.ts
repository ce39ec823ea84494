import 'server-only';
import type { UiMessage } from '@/lib/kratos/types';
import { en, type OwnKey } from './en';
import { interpolate } from './format';

export type { OwnKey };

/** Our own string, with {vars} filled in. */
export function t(key: OwnKey, vars?: Record<string, unknown>): string {
  return interpolate(en[key], vars);
}

/** A Kratos message by id; falls back to Kratos's own English text. */
export function tm(message: UiMessage | undefined): string {
  if (!message) return '';
  return message.text || interpolate(`${message.id}`, message.context);
}
