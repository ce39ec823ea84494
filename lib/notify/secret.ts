import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` is the shared secret, compared in constant time (both sides are hashed first,
 * so neither their contents nor their lengths leak through timing). No secret configured: false.
 */
export function secretMatches(
  given: string | null | undefined,
  secret: string | undefined,
): boolean {
  if (!secret || given == null) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}
