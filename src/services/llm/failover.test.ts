/**
 * LLM failover against two OpenAI-compatible chat-completions stand-ins (test/llm/wire-server):
 * the primary refuses, hangs, answers garbage or is cut mid-stream; the request runs on the backup.
 */
import type { LanguageModelV4, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openaiCompatible } from '../../../test/llm/dialects.ts';
import { WireServer } from '../../../test/llm/wire-server.ts';
import { FakeClock } from '../../pipeline/clock.ts';
import { ProviderHealth, type ProviderSwitch } from '../health.ts';
import { streamLlm } from './adapter.ts';
import { checkLlmConfig } from './config.ts';
import { isLlmError, type LlmError } from './errors.ts';
import { FailoverLanguageModel, failoverBudget } from './failover.ts';
import { createLlmService, type LlmService, probeLlm } from './service.ts';
import type { LlmStreamEvent } from './types.ts';

const FIRST_CHUNK_MS = 1000;
const CHUNK_MS = 2000;

describe('LLM failover', () => {
  let a: WireServer;
  let b: WireServer;
  let primary: LlmService;
  let clock: FakeClock;
  let health: ProviderHealth;
  let switches: ProviderSwitch[];
  let model: FailoverLanguageModel;

  beforeEach(async () => {
    a = new WireServer();
    b = new WireServer();
    primary = await createLlmService(checkLlmConfig(openaiCompatible.env(await a.start())));
    const backup = await createLlmService(checkLlmConfig(openaiCompatible.env(await b.start())));
    clock = new FakeClock();
    health = new ProviderHealth(
      'llm',
      [
        { name: 'primary', probe: async (signal) => void (await probeLlm(primary, { signal })) },
        { name: 'backup' },
      ],
      { clock, probeIntervalMs: 1000 },
    );
    switches = [];
    model = new FailoverLanguageModel([primary.model, backup.model], {
      health,
      firstChunkTimeoutMs: FIRST_CHUNK_MS,
      chunkTimeoutMs: CHUNK_MS,
      clock,
    }).forSession((e) => switches.push(e));
  });
  afterEach(async () => {
    health.close();
    await Promise.all([a.close(), b.close()]);
  });

  async function run(): Promise<{ events: LlmStreamEvent[]; text: string; error?: LlmError }> {
    const events: LlmStreamEvent[] = [];
    let error: LlmError | undefined;
    try {
      for await (const ev of streamLlm({
        model,
        provider: 'failover',
        instructions: 'You are a shop assistant.',
        messages: [{ role: 'user', content: 'find running shoes' }],
        tools: [],
        maxRetries: 0,
        clock,
        ...failoverBudget(2, FIRST_CHUNK_MS, CHUNK_MS),
      }))
        events.push(ev);
    } catch (err) {
      if (!isLlmError(err)) throw err;
      error = err;
    }
    const text = events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join('');
    return { events, text, ...(error ? { error } : {}) };
  }

  it('a primary that refuses (503): the same request runs on the backup', async () => {
    a.enqueue(openaiCompatible.httpError(503, 'overloaded'));
    b.enqueue(openaiCompatible.text(['Two options.']));
    const { text, error, events } = await run();
    expect(error).toBeUndefined();
    expect(text).toBe('Two options.');
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
    expect(JSON.stringify(b.requests[0]?.body)).toContain('find running shoes');
    expect(switches).toEqual([expect.objectContaining({ stage: 'llm', from: 'primary', to: 'backup' })]);
    expect(health.status()[0]).toMatchObject({
      healthy: false,
      lastError: expect.stringMatching(/overloaded/),
    });
  });

  it('a stream cut mid-reply: the backup continues from what was already said', async () => {
    a.enqueue({ ...openaiCompatible.text(['Two options: ', 'the Trail Runner ', 'and more.']), cutAfter: 2 });
    b.enqueue(openaiCompatible.text(['and the Road Racer.']));
    const { text, error } = await run();
    expect(error).toBeUndefined();
    expect(text).toBe('Two options: and the Road Racer.');
    const body = b.requests[0]?.body as { messages: { role: string; content: unknown }[] } | undefined;
    const messages = body?.messages ?? [];
    expect(messages.at(-1)).toMatchObject({ role: 'assistant', content: 'Two options: ' });
    expect(switches).toHaveLength(1);
  });

  it('a primary that never answers: after its first-chunk timeout on the clock, the backup answers', async () => {
    a.enqueue({ chunks: [], hang: true });
    b.enqueue(openaiCompatible.text(['Here.']));
    const result = run();
    await a.waitForRequests(1);
    await clock.advance(FIRST_CHUNK_MS);
    const { text, error } = await result;
    expect(error).toBeUndefined();
    expect(text).toBe('Here.');
    expect(switches[0]).toMatchObject({ kind: 'timeout' });
  });

  it('a primary answering garbage fails over too', async () => {
    a.enqueue({ chunks: ['data: {not json at all\n\n', 'data: [DONE]\n\n'] });
    b.enqueue(openaiCompatible.text(['Fine.']));
    const { text, error } = await run();
    expect(error).toBeUndefined();
    expect(text).toBe('Fine.');
    expect(health.isHealthy(0)).toBe(false);
  });

  it('a tool call cut before it was complete: the backup is asked, and the call runs once', async () => {
    const call = openaiCompatible.toolCall({ id: 'c1', name: 'search_products', args: { query: 'shoes' } });
    a.enqueue({ ...call, cutAfter: 2 }); // the call's start and half its arguments
    b.enqueue(openaiCompatible.toolCall({ id: 'c2', name: 'search_products', args: { query: 'shoes' } }));
    const { events, error } = await run();
    expect(error).toBeUndefined();
    expect(
      events.filter((e) => e.type === 'tool-call').map((e) => e.type === 'tool-call' && e.call.id),
    ).toEqual(['c2']);
  });

  it('after a complete tool call went out, a failure does not re-run the request (it would run twice)', async () => {
    const parts: LanguageModelV4StreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'search_products', input: '{"query":"shoes"}' },
      { type: 'error', error: new Error('socket hang up') },
    ];
    const dying = {
      specificationVersion: 'v4',
      provider: 'dying',
      modelId: 'dying-1',
      supportedUrls: {},
      doGenerate: () => Promise.reject(new Error('unused')),
      doStream: async () => ({
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(c) {
            for (const p of parts) c.enqueue(p);
            c.close();
          },
        }),
      }),
    } satisfies LanguageModelV4;
    model = new FailoverLanguageModel([dying, primary.model], {
      health: new ProviderHealth('llm', [{ name: 'dying' }, { name: 'backup' }], { clock }),
      firstChunkTimeoutMs: FIRST_CHUNK_MS,
      chunkTimeoutMs: CHUNK_MS,
      clock,
    });
    const { events, error } = await run();
    expect(events.filter((e) => e.type === 'tool-call')).toHaveLength(1);
    expect(error?.message).toMatch(/socket hang up/);
    expect(a.requests).toHaveLength(0);
  });

  it('every provider down: one LlmError, each switch reported, the last to nobody', async () => {
    a.enqueue(openaiCompatible.httpError(503, 'down'));
    b.enqueue(openaiCompatible.httpError(500, 'also down'));
    const { error } = await run();
    expect(error?.message).toMatch(/also down/);
    expect(switches.map((s) => [s.from, s.to])).toEqual([
      ['primary', 'backup'],
      ['backup', undefined],
    ]);
  });

  it('probes the primary with backoff; calls go back to it once it answers', async () => {
    a.enqueue(openaiCompatible.httpError(503, 'down'));
    b.enqueue(openaiCompatible.text(['From backup.']));
    expect((await run()).text).toBe('From backup.');
    a.enqueue(openaiCompatible.httpError(503, 'still down'));
    await clock.advance(1000); // probe 1 fails
    while ((health.status()[0]?.failures ?? 0) < 2) await new Promise((r) => setImmediate(r));
    a.enqueue(openaiCompatible.text(['OK']));
    await clock.advance(2000); // probe 2 succeeds
    while (!health.isHealthy(0)) await new Promise((r) => setImmediate(r));
    a.enqueue(openaiCompatible.text(['From primary.']));
    expect((await run()).text).toBe('From primary.');
    expect(a.requests).toHaveLength(4);
  });

  it('an abort by the caller is not a failure', async () => {
    a.enqueue({ chunks: [], hang: true });
    const abort = new AbortController();
    const events: LlmStreamEvent[] = [];
    const done = (async () => {
      for await (const ev of streamLlm({
        model,
        provider: 'failover',
        instructions: 'x',
        messages: [{ role: 'user', content: 'hi' }],
        tools: [],
        maxRetries: 0,
        clock,
        abortSignal: abort.signal,
      }))
        events.push(ev);
    })();
    await a.waitForRequests(1);
    abort.abort();
    await done;
    expect(events).toEqual([]);
    expect(health.isHealthy(0)).toBe(true);
    expect(switches).toEqual([]);
    expect(b.requests).toHaveLength(0);
  });
});

describe('LLM_PROVIDER as a list', () => {
  it('gives the shared variables to the first provider only; the others get their own key and default model', () => {
    const cfg = checkLlmConfig({
      LLM_PROVIDER: 'openai-compatible,groq',
      LLM_BASE_URL: 'http://127.0.0.1:9/v1',
      LLM_MODEL: 'llama3.2',
      LLM_API_KEY: 'local-key',
      GROQ_API_KEY: 'gsk',
    });
    expect(cfg).toMatchObject({ provider: 'openai-compatible', model: 'llama3.2', apiKey: 'local-key' });
    expect(cfg.fallbacks).toEqual([
      expect.objectContaining({
        provider: 'groq',
        apiKey: 'gsk',
        baseURL: undefined,
        model: expect.any(String),
      }),
    ]);
    expect(cfg.fallbacks?.[0]?.model).not.toBe('llama3.2');
    expect(checkLlmConfig({ LLM_PROVIDER: 'offline' }).fallbacks).toBeUndefined();
  });

  it('refuses a backup without its key, one without a default model, and unknown names', () => {
    expect(() => checkLlmConfig({ LLM_PROVIDER: 'offline,groq' })).toThrow(/GROQ_API_KEY/);
    expect(() =>
      checkLlmConfig({
        LLM_PROVIDER: 'offline,openai-compatible',
        LLM_BASE_URL: 'http://x/v1',
        LLM_MODEL: 'm',
      }),
    ).toThrow(/openai-compatible has no default model/);
    expect(() => checkLlmConfig({ LLM_PROVIDER: 'offline,chatgpt' })).toThrow(/chatgpt/);
  });

  it('builds a failover service whose watchdogs cover the whole list', async () => {
    const cfg = checkLlmConfig({
      LLM_PROVIDER: 'openai-compatible,groq',
      LLM_BASE_URL: 'http://127.0.0.1:9/v1',
      LLM_MODEL: 'llama3.2',
      GROQ_API_KEY: 'gsk',
    });
    const service = await createLlmService(cfg);
    expect(service.model).toBeInstanceOf(FailoverLanguageModel);
    expect(service.health?.names).toEqual(['openai-compatible', 'groq']);
    expect(service.config.firstChunkTimeoutMs).toBeGreaterThan(cfg.firstChunkTimeoutMs * 2);
    service.health?.close();
  });
});
