import { createHash, timingSafeEqual } from 'node:crypto';

export const S2S_HEADER = 'x-s2s-secret';

/**
 * Constant-time comparison of a presented secret: both sides are hashed first, so neither the
 * content nor the length of the expected secret leaks through timing.
 */
export function secretMatches(expected: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 1024) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(presented).digest();
  return timingSafeEqual(a, b);
}
