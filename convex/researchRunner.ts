/**
 * The research job's actions, run by the scheduler: `run` asks the voice server to start the
 * research (retrying a down or overloaded server with backoff), then `poll` reads it every few
 * seconds until it is done, failed, or has run too long. Each step is its own scheduled
 * function, so no action waits in a loop and a deployment restart loses nothing.
 */
import { v } from 'convex/values';
import { internal } from './_generated/api.js';
import type { Id } from './_generated/dataModel.js';
import { type ActionCtx, internalAction } from './_generated/server.js';
import { errorData, fail } from './lib/errors.js';
import { callVoiceServer, type VoiceServerConfig, voiceServerConfig } from './lib/voiceServer.js';
import type { ProductCard } from './savedItems.js';

export const MAX_START_ATTEMPTS = 4;
export const POLL_MS = 3_000;
/** Research on the voice server times out well within this (about 2 minutes of polling). */
export const MAX_POLLS = 40;

/** 2 s, 4 s, 8 s… between start attempts. */
export const retryDelayMs = (attempt: number): number => 1_000 * 2 ** attempt;

/** A failure worth retrying: no answer, a rate limit, or a server error. */
function transient(err: unknown): boolean {
  const data = errorData(err);
  if (data?.code !== 'upstream') return false;
  const status = Number(data.status ?? 0);
  return status === 0 || status === 429 || status >= 500;
}

const message = (err: unknown): string => errorData(err)?.message ?? (err as Error).message;

export const run = internalAction({
  args: { requestId: v.id('researchRequests') },
  handler: async (ctx, { requestId }) => {
    const data = await ctx.runQuery(internal.research.forRun, { requestId });
    if (data?.request.status !== 'pending') return;
    const attempt: number = await ctx.runMutation(internal.research.countAttempt, { requestId });
    try {
      const config = voiceServerConfig();
      const answer = await callVoiceServer(config, data.identity, 'POST', '/api/s2s/research', {
        query: data.request.query,
        language: data.request.language,
      });
      const researchId = (answer as { researchId?: unknown }).researchId;
      if (typeof researchId !== 'string' || researchId.length === 0)
        fail('upstream', 'the voice server accepted the research without an id', { status: 502 });
      await ctx.runMutation(internal.research.accepted, { requestId, serverResearchId: researchId });
      await ctx.scheduler.runAfter(POLL_MS, internal.researchRunner.poll, { requestId, polls: 1 });
    } catch (err) {
      if (transient(err) && attempt < MAX_START_ATTEMPTS) {
        await ctx.scheduler.runAfter(retryDelayMs(attempt), internal.researchRunner.run, { requestId });
        return;
      }
      await failed(ctx, requestId, message(err));
    }
  },
});

export const poll = internalAction({
  args: { requestId: v.id('researchRequests'), polls: v.number() },
  handler: async (ctx, { requestId, polls }) => {
    const data = await ctx.runQuery(internal.research.forRun, { requestId });
    const serverId = data?.request.serverResearchId;
    if (data?.request.status !== 'running' || !serverId) return;
    let view: Record<string, unknown> | undefined;
    try {
      const config = voiceServerConfig();
      const path = `/api/s2s/research/${encodeURIComponent(serverId)}?language=${data.request.language}`;
      view = (await callVoiceServer(config, data.identity, 'GET', path)) as Record<string, unknown>;
      if (view.status === 'done') {
        await ctx.runMutation(internal.research.complete, {
          requestId,
          status: 'done',
          summary: typeof view.summary === 'string' ? view.summary : '',
          items: serverCards(view.items, config),
        });
        return;
      }
      if (view.status === 'failed') {
        await failed(ctx, requestId, typeof view.error === 'string' ? view.error : 'the research failed');
        return;
      }
    } catch (err) {
      if (!transient(err)) return await failed(ctx, requestId, message(err));
    }
    // Still pending, or the server was briefly unreachable: look again later, up to a limit.
    if (polls >= MAX_POLLS) return await failed(ctx, requestId, 'the research did not finish in time');
    await ctx.scheduler.runAfter(POLL_MS, internal.researchRunner.poll, { requestId, polls: polls + 1 });
  },
});

async function failed(ctx: ActionCtx, requestId: Id<'researchRequests'>, error: string): Promise<void> {
  await ctx.runMutation(internal.research.complete, {
    requestId,
    status: 'failed',
    items: [],
    error: error.slice(0, 1000),
  });
}

/**
 * The voice server's product cards (`id`, `name`, `price`, `image` relative to the server…) as
 * stored cards; a card without an id or name is dropped rather than failing the whole result.
 */
export function serverCards(items: unknown, config: VoiceServerConfig): ProductCard[] {
  if (!Array.isArray(items)) return [];
  const cards: ProductCard[] = [];
  for (const raw of items.slice(0, 50)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const item = raw as Record<string, unknown>;
    if (typeof item.id !== 'string' || typeof item.name !== 'string') continue;
    const absolute = (value: unknown) =>
      typeof value === 'string' && value ? new URL(value, `${config.url}/`).toString() : undefined;
    const url = absolute(item.url);
    const image = absolute(item.image);
    cards.push({
      productId: item.id,
      name: item.name,
      ...(typeof item.brand === 'string' && item.brand ? { brand: item.brand } : {}),
      ...(typeof item.price === 'number' ? { price: item.price } : {}),
      ...(typeof item.currency === 'string' && item.currency ? { currency: item.currency } : {}),
      ...(url ? { url } : {}),
      ...(image ? { image } : {}),
    });
  }
  return cards;
}
