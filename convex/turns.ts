/**
 * Conversation turns logged by the voice server (through the HTTP action). Each delivery carries
 * the server's idempotency key: its outbox retries after a timeout, and a retry must add nothing.
 */
import { v } from 'convex/values';
import type { Id } from './_generated/dataModel.js';
import { internalMutation } from './_generated/server.js';
import { fail } from './lib/errors.js';
import { fitsInDocument, text } from './lib/validate.js';
import { turnRole } from './schema.js';

export const log = internalMutation({
  args: { sessionId: v.string(), key: v.string(), role: turnRole, text: v.string(), at: v.number() },
  handler: async (ctx, args): Promise<{ turnId: Id<'turns'>; duplicate: boolean }> => {
    const key = text(args.key, 'key', 200);
    if (!Number.isFinite(args.at) || args.at < 0) fail('invalid_argument', 'at must be a timestamp in ms');
    const sessionId = ctx.db.normalizeId('voiceSessions', args.sessionId);
    const session = sessionId ? await ctx.db.get(sessionId) : null;
    if (!session) return fail('not_found', 'no such voice session');
    const existing = await ctx.db
      .query('turns')
      .withIndex('by_key', (q) => q.eq('key', key))
      .unique();
    if (existing) {
      // The same key for another session is a sender bug, not a retry: refuse it loudly.
      if (existing.sessionId !== session._id)
        fail('conflict', `turn key ${key} was already used by another session`);
      return { turnId: existing._id, duplicate: true };
    }
    const turn = {
      sessionId: session._id,
      userId: session.userId,
      key,
      role: args.role,
      text: args.text,
      at: args.at,
    };
    fitsInDocument(turn, 'the turn');
    return { turnId: await ctx.db.insert('turns', turn), duplicate: false };
  },
});
