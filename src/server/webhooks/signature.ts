/**
 * Webhook signatures: `x-voice-shopper-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>">`. The timestamp inside the MAC lets receivers refuse replays of old bodies.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-voice-shopper-signature';

export function signWebhook(secret: string, timestampS: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestampS}.${body}`).digest('hex');
  return `t=${timestampS},v1=${mac}`;
}

/** For receivers (and tests): true when the header signs this exact body within the tolerance. */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  body: string,
  nowS: number,
  toleranceS = 300,
): boolean {
  const m = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!m) return false;
  const t = Number(m[1]);
  if (Math.abs(nowS - t) > toleranceS) return false;
  const expected = Buffer.from(signWebhook(secret, t, body).slice(-64), 'hex');
  return timingSafeEqual(expected, Buffer.from(m[2]!, 'hex'));
}
