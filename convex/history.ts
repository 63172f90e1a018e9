/** The caller's voice sessions and each session's conversation, newest first. */
import { v } from 'convex/values';
import type { Doc } from './_generated/dataModel.js';
import { query } from './_generated/server.js';
import { currentUser, owned } from './lib/auth.js';
import { fail } from './lib/errors.js';

function checkLimit(limit: number | undefined, fallback: number, max: number): number {
  const value = limit ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max)
    fail('invalid_argument', `limit must be a whole number from 1 to ${max}`);
  return value;
}

export const list = query({
  args: { limit: v.optional(v.number()) },
  handler: async (ctx, args): Promise<Doc<'voiceSessions'>[]> => {
    const limit = checkLimit(args.limit, 20, 100);
    const user = await currentUser(ctx);
    if (!user) return [];
    return await ctx.db
      .query('voiceSessions')
      .withIndex('by_user', (q) => q.eq('userId', user._id))
      .order('desc')
      .take(limit);
  },
});

export const turns = query({
  args: { sessionId: v.id('voiceSessions'), limit: v.optional(v.number()) },
  handler: async (ctx, args): Promise<Doc<'turns'>[]> => {
    const limit = checkLimit(args.limit, 200, 1000);
    const user = await currentUser(ctx);
    await owned(ctx, user, 'voiceSessions', args.sessionId, 'voice session');
    return await ctx.db
      .query('turns')
      .withIndex('by_session', (q) => q.eq('sessionId', args.sessionId))
      .order('asc')
      .take(limit);
  },
});
