/**
 * Shopper identity for HTTP and WebSocket requests. A visitor without an account gets a guest
 * identity in a signed, HttpOnly cookie that owns their cart and sessions. Accounts and
 * external identity providers plug in here (see the accounts issue).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { Identity } from './app.ts';

export const GUEST_COOKIE = 'vs_guest';

/** The cookie-signing secret: SESSION_SECRET, else one generated once and kept in the data folder. */
export async function loadSessionSecret(env: NodeJS.ProcessEnv, dataDir: string): Promise<string> {
  if (env.SESSION_SECRET) {
    if (env.SESSION_SECRET.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
    return env.SESSION_SECRET;
  }
  const file = path.join(dataDir, 'session-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
    await chmod(file, 0o600);
    return secret;
  }
}

export async function registerCookies(app: FastifyInstance, secret: string): Promise<void> {
  await app.register(cookie, { secret, hook: 'onRequest' });
}

async function ensureGuest(db: Kysely<Database>, userId: string): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('users')
    .values({
      id: userId,
      kind: 'guest',
      email: null,
      name: null,
      customer_number: null,
      document_number: null,
      postal_code: null,
      phone: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/**
 * Resolves the caller: an admin bearer token (ADMIN_TOKEN), else the signed guest cookie;
 * a caller with neither gets a new guest identity when a reply is available to set the cookie.
 */
export function createIdentityResolver(opts: {
  db: Kysely<Database>;
  adminToken?: string;
  secureCookies: boolean;
}) {
  const admin = opts.adminToken ? Buffer.from(opts.adminToken) : undefined;
  return async (request: FastifyRequest, reply: FastifyReply | undefined): Promise<Identity | undefined> => {
    const auth = request.headers.authorization;
    if (admin && auth?.startsWith('Bearer ')) {
      const presented = Buffer.from(auth.slice(7));
      if (presented.length === admin.length && timingSafeEqual(presented, admin))
        return { userId: 'admin', kind: 'admin' };
    }
    const raw = request.cookies?.[GUEST_COOKIE];
    if (raw) {
      const unsigned = request.unsignCookie(raw);
      if (unsigned.valid && unsigned.value && /^guest_[A-Za-z0-9_-]{16,}$/.test(unsigned.value)) {
        await ensureGuest(opts.db, unsigned.value);
        return { userId: unsigned.value, kind: 'guest' };
      }
    }
    if (!reply || typeof reply.setCookie !== 'function') return undefined;
    const userId = `guest_${randomBytes(16).toString('base64url')}`;
    await ensureGuest(opts.db, userId);
    reply.setCookie(GUEST_COOKIE, userId, {
      signed: true,
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.secureCookies,
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
    });
    return { userId, kind: 'guest' };
  };
}
