/**
 * Background research: the app requests it (a mutation that schedules `researchRunner.run`), the
 * voice server does it, and the result lands here — polled by the runner, or delivered by the
 * voice server's HTTP action when the shopper asked for research during a call. Storing a result
 * is idempotent: a poll and a delivery of the same job keep one result.
 */
import { type Infer, v } from 'convex/values';
import { internal } from './_generated/api.js';
import type { Doc, Id } from './_generated/dataModel.js';
import { internalMutation, internalQuery, type MutationCtx, mutation, query } from './_generated/server.js';
import { currentUser, ensureUser, owned } from './lib/auth.js';
import { fail } from './lib/errors.js';
import { fitsInDocument, optionalText, text } from './lib/validate.js';
import { cleanCard } from './savedItems.js';
import { language, productCard } from './schema.js';

export const request = mutation({
  args: { query: v.string(), language: v.optional(language), sessionId: v.optional(v.id('voiceSessions')) },
  handler: async (ctx, args): Promise<Id<'researchRequests'>> => {
    const user = await ensureUser(ctx);
    const queryText = text(args.query, 'query', 500);
    if (args.sessionId) await owned(ctx, user, 'voiceSessions', args.sessionId, 'voice session');
    const requestId = await ctx.db.insert('researchRequests', {
      userId: user._id,
      ...(args.sessionId ? { sessionId: args.sessionId } : {}),
      query: queryText,
      language: args.language ?? 'en',
      status: 'pending',
      attempts: 0,
      requestedAt: Date.now(),
    });
    await ctx.scheduler.runAfter(0, internal.researchRunner.run, { requestId });
    return requestId;
  },
});

export const get = query({
  args: { requestId: v.id('researchRequests') },
  handler: async (
    ctx,
    args,
  ): Promise<{ request: Doc<'researchRequests'>; result: Doc<'researchResults'> | null }> => {
    const user = await currentUser(ctx);
    const req = await owned(ctx, user, 'researchRequests', args.requestId, 'research request');
    const result = await ctx.db
      .query('researchResults')
      .withIndex('by_request', (q) => q.eq('requestId', req._id))
      .unique();
    return { request: req, result };
  },
});

export const list = query({
  args: {},
  handler: async (ctx): Promise<Doc<'researchRequests'>[]> => {
    const user = await currentUser(ctx);
    if (!user) return [];
    return await ctx.db
      .query('researchRequests')
      .withIndex('by_user', (q) => q.eq('userId', user._id))
      .order('desc')
      .take(50);
  },
});

/** What the runner needs: the request and whose identity to act with. */
export const forRun = internalQuery({
  args: { requestId: v.id('researchRequests') },
  handler: async (ctx, args) => {
    const req = await ctx.db.get(args.requestId);
    const user = req ? await ctx.db.get(req.userId) : null;
    if (!req || !user) return null;
    return { request: req, identity: { issuer: user.issuer, subject: user.subject } };
  },
});

export const accepted = internalMutation({
  args: { requestId: v.id('researchRequests'), serverResearchId: v.string() },
  handler: async (ctx, args) => {
    await ctx.db.patch(args.requestId, { status: 'running', serverResearchId: args.serverResearchId });
  },
});

/** One more attempt counted; returns the count so the runner can decide to retry or give up. */
export const countAttempt = internalMutation({
  args: { requestId: v.id('researchRequests') },
  handler: async (ctx, args): Promise<number> => {
    const req = await ctx.db.get(args.requestId);
    if (!req) return Number.POSITIVE_INFINITY;
    await ctx.db.patch(args.requestId, { attempts: req.attempts + 1 });
    return req.attempts + 1;
  },
});

const outcomeValidator = v.object({
  status: v.union(v.literal('done'), v.literal('failed')),
  summary: v.optional(v.string()),
  items: v.array(productCard),
  error: v.optional(v.string()),
});
const outcome = outcomeValidator.fields;
type Outcome = Infer<typeof outcomeValidator>;

async function store(ctx: MutationCtx, req: Doc<'researchRequests'>, result: Outcome): Promise<boolean> {
  if (req.status === 'done' || req.status === 'failed') return false;
  if (result.status === 'failed') {
    await ctx.db.patch(req._id, {
      status: 'failed',
      error: optionalText(result.error, 'error', 1000) ?? 'the research failed',
    });
    return true;
  }
  const row = {
    requestId: req._id,
    userId: req.userId,
    summary: result.summary ?? '',
    items: result.items.map(cleanCard),
    completedAt: Date.now(),
  };
  fitsInDocument(row, 'the research result');
  await ctx.db.insert('researchResults', row);
  await ctx.db.patch(req._id, { status: 'done' });
  return true;
}

/** The runner's poll found the job finished. */
export const complete = internalMutation({
  args: { requestId: v.id('researchRequests'), ...outcome },
  handler: async (ctx, { requestId, ...result }) => {
    const req = await ctx.db.get(requestId);
    if (!req) return false;
    return await store(ctx, req, result);
  },
});

/**
 * The voice server delivers a finished job (HTTP action `/voice/research-result`): one the app
 * requested (found by the server's research id) or one the shopper asked for during a call
 * (recorded now, for the session's user).
 */
export const deliver = internalMutation({
  args: {
    serverResearchId: v.string(),
    sessionId: v.optional(v.string()),
    query: v.string(),
    language: v.optional(language),
    ...outcome,
  },
  handler: async (ctx, args): Promise<{ requestId: Id<'researchRequests'>; stored: boolean }> => {
    const serverResearchId = text(args.serverResearchId, 'serverResearchId', 200);
    const found = await ctx.db
      .query('researchRequests')
      .withIndex('by_server_id', (q) => q.eq('serverResearchId', serverResearchId))
      .unique();
    let req = found;
    if (!req) {
      const sessionId = args.sessionId ? ctx.db.normalizeId('voiceSessions', args.sessionId) : null;
      const session = sessionId ? await ctx.db.get(sessionId) : null;
      if (!session) return fail('not_found', 'no research with that id and no such voice session');
      const id = await ctx.db.insert('researchRequests', {
        userId: session.userId,
        sessionId: session._id,
        query: text(args.query, 'query', 500),
        language: args.language ?? session.language,
        status: 'running',
        serverResearchId,
        attempts: 0,
        requestedAt: Date.now(),
      });
      req = (await ctx.db.get(id))!;
    }
    const { status, summary, items, error } = args;
    const stored = await store(ctx, req, { status, summary, items, error });
    return { requestId: req._id, stored };
  },
});
