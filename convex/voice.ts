/**
 * Starting a voice session from the app: the action records the session, asks the voice server's
 * `POST /start` for connection parameters on the caller's behalf, and returns them to the
 * client, which connects to the voice server directly. The Convex session id goes along in the
 * start body (the server keeps the body as the session's request data), so the voice server can
 * name this session when it logs turns through the HTTP actions.
 */
import { v } from 'convex/values';
import { internal } from './_generated/api.js';
import type { Id } from './_generated/dataModel.js';
import { action, internalMutation } from './_generated/server.js';
import { ensureUser, requireIdentity } from './lib/auth.js';
import { errorData } from './lib/errors.js';
import { optionalText } from './lib/validate.js';
import { callVoiceServer, voiceServerConfig } from './lib/voiceServer.js';
import { language } from './schema.js';

const transport = v.union(v.literal('websocket'), v.literal('webrtc'));

export const startSession = action({
  args: { transport: v.optional(transport), language: v.optional(language), agent: v.optional(v.string()) },
  handler: async (
    ctx,
    args,
  ): Promise<{ sessionId: Id<'voiceSessions'>; connection: Record<string, unknown> }> => {
    const identity = await requireIdentity(ctx);
    const agent = optionalText(args.agent, 'agent', 100);
    // Configuration is checked before anything is recorded: a deployment without it stores nothing.
    const config = voiceServerConfig();
    const kind = args.transport ?? 'websocket';
    const lang = args.language ?? 'en';
    const sessionId: Id<'voiceSessions'> = await ctx.runMutation(internal.voice.createSession, {
      transport: kind,
      language: lang,
    });
    try {
      const connection = (await callVoiceServer(config, identity, 'POST', '/start', {
        transport: kind,
        language: lang,
        ...(agent ? { agent } : {}),
        convexSessionId: sessionId,
      })) as Record<string, unknown>;
      await ctx.runMutation(internal.voice.markSession, { sessionId, status: 'started' });
      return { sessionId, connection };
    } catch (err) {
      const error = errorData(err)?.message ?? (err as Error).message;
      await ctx.runMutation(internal.voice.markSession, { sessionId, status: 'failed', error });
      throw err;
    }
  },
});

export const createSession = internalMutation({
  args: { transport: v.string(), language },
  handler: async (ctx, args): Promise<Id<'voiceSessions'>> => {
    const user = await ensureUser(ctx);
    return await ctx.db.insert('voiceSessions', {
      userId: user._id,
      transport: args.transport,
      language: args.language,
      status: 'starting',
      startedAt: Date.now(),
    });
  },
});

export const markSession = internalMutation({
  args: {
    sessionId: v.id('voiceSessions'),
    status: v.union(v.literal('started'), v.literal('failed')),
    error: v.optional(v.string()),
  },
  handler: async (ctx, args) => {
    await ctx.db.patch(args.sessionId, {
      status: args.status,
      ...(args.error === undefined ? {} : { error: args.error.slice(0, 1000) }),
    });
  },
});
