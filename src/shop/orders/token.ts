/**
 * Order confirmation tokens. prepare_order issues one bound (by HMAC) to the shopper, the exact
 * cart contents and prices, and an expiry; confirm_order accepts it only if all three still hold.
 * Stateless, so nothing to clean up; short, so an LLM copies it back without mangling it.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface FingerprintLine {
  variantId: string;
  quantity: number;
  unitPriceCents: number;
}

/** Changes whenever anything the shopper agreed to changes: items, quantities, prices, promo, total. */
export function cartFingerprint(
  lines: readonly FingerprintLine[],
  promoCode: string | null,
  totalCents: number,
): string {
  const canonical = [...lines]
    .map((l) => `${l.variantId}:${l.quantity}:${l.unitPriceCents}`)
    .sort()
    .join('|');
  return createHash('sha256')
    .update(`${canonical}#${promoCode ?? ''}#${totalCents}`)
    .digest('base64url');
}

export interface IssuedToken {
  token: string;
  nonce: string;
  expiresAt: Date;
}

function mac(secret: string, userId: string, fingerprint: string, nonce: string, exp: string): string {
  return createHmac('sha256', secret)
    .update(`${userId}\n${fingerprint}\n${nonce}\n${exp}`)
    .digest('base64url')
    .slice(0, 22);
}

export function issueConfirmationToken(
  secret: string,
  userId: string,
  fingerprint: string,
  now: Date,
  ttlMs: number,
): IssuedToken {
  const nonce = randomBytes(6).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs);
  const exp = expiresAt.getTime().toString(36);
  return { token: `${nonce}.${exp}.${mac(secret, userId, fingerprint, nonce, exp)}`, nonce, expiresAt };
}

const TOKEN_RE = /^([A-Za-z0-9_-]{8})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/;

/** The token's nonce (used as the order's idempotency key) or null when it is not a token at all. */
export function tokenNonce(token: string): string | null {
  return TOKEN_RE.exec(token.trim())?.[1] ?? null;
}

export type TokenCheck =
  | { ok: true; nonce: string }
  | { ok: false; reason: 'malformed' | 'expired' | 'mismatch' };

export function verifyConfirmationToken(
  secret: string,
  token: string,
  userId: string,
  fingerprint: string,
  now: Date,
): TokenCheck {
  const m = TOKEN_RE.exec(token.trim());
  if (!m) return { ok: false, reason: 'malformed' };
  const [, nonce, exp, given] = m as unknown as [string, string, string, string];
  const expected = Buffer.from(mac(secret, userId, fingerprint, nonce, exp));
  if (!timingSafeEqual(expected, Buffer.from(given))) return { ok: false, reason: 'mismatch' };
  if (now.getTime() >= Number.parseInt(exp, 36)) return { ok: false, reason: 'expired' };
  return { ok: true, nonce };
}
