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
  const identity = await requireIdentity(ctx);
  return await ctx.db
    .query('users')
    .withIndex('by_token', (q) => q.eq('tokenIdentifier', identity.tokenIdentifier))
    .unique();
}

export async function ensureUser(ctx: MutationCtx): Promise<Doc<'users'>> {
  const identity = await requireIdentity(ctx);
  const existing = await ctx.db
    .query('users')
    .withIndex('by_token', (q) => q.eq('tokenIdentifier', identity.tokenIdentifier))
    .unique();
  if (existing) return existing;
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
