/**
 * Constant-time check of the shared secret the voice server sends. Convex's default runtime has
 * no node:crypto, so both sides are hashed with Web Crypto (equal lengths whatever was sent,
 * nothing about the secret's length leaks) and every byte is compared without returning early.
 */
export const SECRET_HEADER = 'x-s2s-secret';

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export async function secretMatches(expected: string, presented: string | null): Promise<boolean> {
  if (presented === null || presented.length === 0 || presented.length > 1024) return false;
  const [a, b] = await Promise.all([sha256(expected), sha256(presented)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
