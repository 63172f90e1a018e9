/**
 * Saved items (the carousel's "save for later"): the app adds, removes and lists its own; the
 * voice server adds through the HTTP action on behalf of the session's user. Saving a product
 * twice keeps one row.
 */
import { type Infer, v } from 'convex/values';
import type { Doc, Id } from './_generated/dataModel.js';
import { internalMutation, type MutationCtx, mutation, query } from './_generated/server.js';
import { currentUser, ensureUser, owned } from './lib/auth.js';
import { fail } from './lib/errors.js';
import { finiteNonNegative, optionalText, optionalUrl, text } from './lib/validate.js';
import { productCard } from './schema.js';

export type ProductCard = Infer<typeof productCard>;

export function cleanCard(card: ProductCard): ProductCard {
  const brand = optionalText(card.brand, 'brand', 200);
  const price = finiteNonNegative(card.price, 'price');
  const currency = optionalText(card.currency, 'currency', 3);
  const url = optionalUrl(card.url, 'url');
  const image = optionalUrl(card.image, 'image');
  return {
    productId: text(card.productId, 'productId', 200),
    name: text(card.name, 'name', 500),
    ...(brand === undefined ? {} : { brand }),
    ...(price === undefined ? {} : { price }),
    ...(currency === undefined ? {} : { currency }),
    ...(url === undefined ? {} : { url }),
    ...(image === undefined ? {} : { image }),
  };
}

/** Adds the card for `userId` unless that product is already saved; returns the row's id. */
export async function saveFor(
  ctx: MutationCtx,
  userId: Id<'users'>,
  card: ProductCard,
  sessionId?: Id<'voiceSessions'>,
): Promise<{ itemId: Id<'savedItems'>; duplicate: boolean }> {
  const clean = cleanCard(card);
  const existing = await ctx.db
    .query('savedItems')
    .withIndex('by_user_product', (q) => q.eq('userId', userId).eq('productId', clean.productId))
    .first();
  if (existing) return { itemId: existing._id, duplicate: true };
  const itemId = await ctx.db.insert('savedItems', {
    userId,
    ...clean,
    ...(sessionId ? { sessionId } : {}),
    savedAt: Date.now(),
  });
  return { itemId, duplicate: false };
}

export const add = mutation({
  args: { item: productCard, sessionId: v.optional(v.id('voiceSessions')) },
  handler: async (ctx, args) => {
    const user = await ensureUser(ctx);
    if (args.sessionId) await owned(ctx, user, 'voiceSessions', args.sessionId, 'voice session');
    return await saveFor(ctx, user._id, args.item, args.sessionId);
  },
});

export const remove = mutation({
  args: { itemId: v.id('savedItems') },
  handler: async (ctx, args) => {
    const user = await currentUser(ctx);
    await owned(ctx, user, 'savedItems', args.itemId, 'saved item');
    await ctx.db.delete(args.itemId);
  },
});

export const list = query({
  args: { limit: v.optional(v.number()) },
  handler: async (ctx, args): Promise<Doc<'savedItems'>[]> => {
    const limit = args.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      fail('invalid_argument', 'limit must be a whole number from 1 to 500');
    const user = await currentUser(ctx);
    if (!user) return [];
    return await ctx.db
      .query('savedItems')
      .withIndex('by_user', (q) => q.eq('userId', user._id))
      .order('desc')
      .take(limit);
  },
});

/** The voice server saves for the user of one of its sessions (HTTP action `/voice/saved-item`). */
export const addForSession = internalMutation({
  args: { sessionId: v.string(), item: productCard },
  handler: async (ctx, args) => {
    const sessionId = ctx.db.normalizeId('voiceSessions', args.sessionId);
    const session = sessionId ? await ctx.db.get(sessionId) : null;
    if (!session) return fail('not_found', 'no such voice session');
    return await saveFor(ctx, session.userId, args.item, session._id);
  },
});
