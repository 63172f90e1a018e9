/**
 * Who is calling, and what they own. Users are rows keyed by the identity provider's
 * `tokenIdentifier`; a query can only read (no row yet means nothing saved), a mutation creates
 * the row on first use. Another user's document is answered exactly like a missing one, so ids
 * cannot be probed for existence.
 */
import type { Auth, UserIdentity } from 'convex/server';
import type { Doc, Id, TableNames } from '../_generated/dataModel.js';
import type { MutationCtx, QueryCtx } from '../_generated/server.js';
import { fail } from './errors.js';

export async function requireIdentity(ctx: { auth: Auth }): Promise<UserIdentity> {
  const identity = await ctx.auth.getUserIdentity();
  if (!identity) return fail('unauthenticated', 'sign in first: this function needs a user identity');
  return identity;
}

/** The caller's user row, or null when they have never stored anything. */
export async function currentUser(ctx: QueryCtx): Promise<Doc<'users'> | null> {
  return await findUser(ctx, await requireIdentity(ctx));
}

/**
 * The row of `identity`: by its tokenIdentifier, else by issuer and subject — the row the voice
 * server's guest claim made before the user's first call here (claims.ts), found the same way
 * whatever form the deployment gives tokenIdentifier.
 */
export async function findUser(
  ctx: QueryCtx,
  identity: Pick<UserIdentity, 'tokenIdentifier' | 'issuer' | 'subject'>,
): Promise<Doc<'users'> | null> {
  const byToken = await ctx.db
    .query('users')
    .withIndex('by_token', (q) => q.eq('tokenIdentifier', identity.tokenIdentifier))
    .unique();
  if (byToken) return byToken;
  return await ctx.db
    .query('users')
    .withIndex('by_subject', (q) => q.eq('issuer', identity.issuer).eq('subject', identity.subject))
    .first();
}

export async function ensureUser(ctx: MutationCtx): Promise<Doc<'users'>> {
  const identity = await requireIdentity(ctx);
  const existing = await findUser(ctx, identity);
  if (existing) {
    // A row the guest claim made carries the token form the server assumed; the real one wins.
    if (existing.tokenIdentifier === identity.tokenIdentifier) return existing;
    await ctx.db.patch(existing._id, { tokenIdentifier: identity.tokenIdentifier });
    return { ...existing, tokenIdentifier: identity.tokenIdentifier };
  }
  const id = await ctx.db.insert('users', {
    tokenIdentifier: identity.tokenIdentifier,
    issuer: identity.issuer,
    subject: identity.subject,
    ...(identity.name ? { name: identity.name } : {}),
    ...(identity.email ? { email: identity.email } : {}),
    createdAt: Date.now(),
  });
  return (await ctx.db.get(id))!;
}

type Owned = TableNames & ('voiceSessions' | 'savedItems' | 'researchRequests');

/** The document when it exists and belongs to `user`; otherwise a not_found error. */
export async function owned<T extends Owned>(
  ctx: QueryCtx,
  user: Doc<'users'> | null,
  _table: T,
  id: Id<T>,
  what: string,
): Promise<Doc<T>> {
  const doc = (await ctx.db.get(id)) as (Doc<T> & { userId: Id<'users'> }) | null;
  if (!doc || !user || doc.userId !== user._id) return fail('not_found', `no such ${what}`);
  return doc;
}
