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

/** A session as the app's history lists it: when, how, and what the shopper said first. */
export interface SessionSummary {
  sessionId: Doc<'voiceSessions'>['_id'];
  transport: string;
  language: Doc<'voiceSessions'>['language'];
  status: Doc<'voiceSessions'>['status'];
  startedAt: number;
  /** Turns logged so far, counted up to TURNS_COUNTED. */
  turns: number;
  firstUtterance: string | null;
}

/** Counting stops here: a history line needs "many", not an exact number, and reads stay bounded. */
const TURNS_COUNTED = 500;

/**
 * The caller's sessions with their first user utterance and turn count, newest first: one
 * subscription gives the app a live history (a turn logged by the voice server updates it).
 */
export const summaries = query({
  args: { limit: v.optional(v.number()) },
  handler: async (ctx, args): Promise<SessionSummary[]> => {
    const limit = checkLimit(args.limit, 20, 50);
    const user = await currentUser(ctx);
    if (!user) return [];
    const sessions = await ctx.db
      .query('voiceSessions')
      .withIndex('by_user', (q) => q.eq('userId', user._id))
      .order('desc')
      .take(limit);
    return await Promise.all(
      sessions.map(async (s) => {
        const turns = await ctx.db
          .query('turns')
          .withIndex('by_session', (q) => q.eq('sessionId', s._id))
          .order('asc')
          .take(TURNS_COUNTED);
        return {
          sessionId: s._id,
          transport: s.transport,
          language: s.language,
          status: s.status,
          startedAt: s.startedAt,
          turns: turns.length,
          firstUtterance: turns.find((t) => t.role === 'user')?.text ?? null,
        };
      }),
    );
  },
});
