/**
 * A guest's saved items brought into their account (HTTP action `/voice/claim-guest`). Guests
 * have no Convex identity, so what they save lives on the voice server; when they sign in with
 * Clerk the server moves it into the account there and delivers it here, naming the user by the
 * token's issuer and subject. The user row is created if the app has not called Convex yet, and
 * is the one `ensureUser` finds later (by_subject). The server's key makes the claim idempotent:
 * a retry after a timeout adds nothing, not even an item the user removed in between.
 */
import { v } from 'convex/values';
import type { Id } from './_generated/dataModel.js';
import { internalMutation } from './_generated/server.js';
import { findUser } from './lib/auth.js';
import { errorData, fail } from './lib/errors.js';
import { text } from './lib/validate.js';
import { saveFor } from './savedItems.js';
import { productCard } from './schema.js';

/** A guest saves far fewer; the bound keeps one claim inside a mutation's limits. */
export const MAX_CLAIMED_ITEMS = 200;

export interface ClaimResult {
  userId: Id<'users'>;
  added: number;
  alreadySaved: number;
  refused: number;
  /** This key was delivered before: nothing was written now. */
  duplicate: boolean;
}

export const importGuest = internalMutation({
  args: { key: v.string(), issuer: v.string(), subject: v.string(), items: v.array(productCard) },
  handler: async (ctx, args): Promise<ClaimResult> => {
    const key = text(args.key, 'key', 200);
    const issuer = text(args.issuer, 'issuer', 500);
    const subject = text(args.subject, 'subject', 500);
    if (!/^https?:\/\/\S+$/.test(issuer))
      fail('invalid_argument', 'issuer must be the identity issuer’s URL');
    if (args.items.length > MAX_CLAIMED_ITEMS)
      fail('invalid_argument', `a claim carries at most ${MAX_CLAIMED_ITEMS} items`);

    // Convex's tokenIdentifier for a JWT is "<iss>|<sub>"; findUser also matches by the pair.
    const tokenIdentifier = `${issuer}|${subject}`;
    const user =
      (await findUser(ctx, { tokenIdentifier, issuer, subject })) ??
      (await ctx.db.get(
        await ctx.db.insert('users', { tokenIdentifier, issuer, subject, createdAt: Date.now() }),
      ));
    if (!user) return fail('not_found', 'the user row could not be read back');

    const earlier = await ctx.db
      .query('guestClaims')
      .withIndex('by_key', (q) => q.eq('key', key))
      .unique();
    if (earlier) {
      // The same key for another user is a sender bug, not a retry: refuse it loudly.
      if (earlier.userId !== user._id) fail('conflict', `claim key ${key} was already used for another user`);
      return {
        userId: user._id,
        added: earlier.added,
        alreadySaved: earlier.alreadySaved,
        refused: earlier.refused,
        duplicate: true,
      };
    }

    let added = 0;
    let alreadySaved = 0;
    let refused = 0;
    for (const item of args.items) {
      try {
        const saved = await saveFor(ctx, user._id, item);
        if (saved.duplicate) alreadySaved += 1;
        else added += 1;
      } catch (err) {
        // One card the module refuses (a bad link, an empty name) must not cost the others.
        if (errorData(err)?.code !== 'invalid_argument') throw err;
        refused += 1;
      }
    }
    await ctx.db.insert('guestClaims', {
      key,
      userId: user._id,
      added,
      alreadySaved,
      refused,
      claimedAt: Date.now(),
    });
    return { userId: user._id, added, alreadySaved, refused, duplicate: false };
  },
});
