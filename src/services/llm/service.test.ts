import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anthropic, DIALECTS, openaiCompatible } from '../../../test/llm/dialects.ts';
import { sse, WireServer } from '../../../test/llm/wire-server.ts';
import { FakeClock } from '../../pipeline/clock.ts';
import { type LlmCallOptions, streamLlm } from './adapter.ts';
import { checkLlmConfig } from './config.ts';
import { isLlmError, type LlmError } from './errors.ts';
import { createLlmService, initLlm, type LlmService, probeLlm } from './service.ts';
import type { LlmStreamEvent } from './types.ts';

const searchTool = {
  name: 'search_products',
  description: 'Search the catalog',
  inputSchema: z.object({ query: z.string(), maxPrice: z.number().optional() }),
};

async function collect(service: LlmService, extra: Partial<LlmCallOptions> = {}) {
  const events: LlmStreamEvent[] = [];
  let error: LlmError | undefined;
  try {
    for await (const ev of streamLlm({
      model: service.model,
      provider: service.provider,
      instructions: 'You are a shop assistant.',
      messages: [{ role: 'user', content: 'find running shoes' }],
      tools: [searchTool],
      maxRetries: 0,
      ...extra,
    })) {
      events.push(ev);
    }
  } catch (err) {
    if (!isLlmError(err)) throw err;
    error = err;
  }
  const text = events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join('');
  return { events, error, text };
}

describe.each(DIALECTS)('$name wire format', (dialect) => {
  let server: WireServer;
  let service: LlmService;

  beforeEach(async () => {
    server = new WireServer();
    const base = await server.start();
    service = await createLlmService(checkLlmConfig(dialect.env(base)));
  });
  afterEach(async () => {
    await server.close();
  });

  it('streams text deltas and usage', async () => {
    server.enqueue(dialect.text(['Two options: ', 'the Trail Runner ', 'and the Road Racer.']));
    const { events, error, text } = await collect(service);
    expect(error).toBeUndefined();
    expect(text).toBe('Two options: the Trail Runner and the Road Racer.');
    const finish = events.at(-1);
    expect(finish).toMatchObject({
      type: 'finish',
      finishReason: 'stop',
      usage: { inputTokens: 12, outputTokens: 3 },
    });
    expect(server.requests[0]?.url).toMatch(dialect.path);
    expect(JSON.stringify(server.requests[0]?.body)).toContain('find running shoes');
    expect(JSON.stringify(server.requests[0]?.body)).toContain('search_products');
  });

  it('parses a streamed tool call', async () => {
    server.enqueue(
      dialect.toolCall({
        id: 'call_42',
        name: 'search_products',
        args: { query: 'running shoes', maxPrice: 100 },
      }),
    );
    const { events, error } = await collect(service);
    expect(error).toBeUndefined();
    const calls = events.filter((e) => e.type === 'tool-call');
    expect(calls).toHaveLength(1);
    const call = calls[0] as Extract<LlmStreamEvent, { type: 'tool-call' }>;
    expect(call.call).toMatchObject({
      name: 'search_products',
      input: { query: 'running shoes', maxPrice: 100 },
    });
    expect(call.invalidReason).toBeUndefined();
    if (dialect.keepsToolCallId) expect(call.call.id).toBe('call_42');
    else expect(call.call.id).not.toBe('');
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });

  it('sends tool results back in the follow-up request', async () => {
    server.enqueue(dialect.text(['Found it.']));
    const { error } = await collect(service, {
      messages: [
        { role: 'user', content: 'find running shoes' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [{ id: 'call_7', name: 'search_products', input: { query: 'shoes' } }],
        },
        {
          role: 'tool',
          results: [
            { id: 'call_7', name: 'search_products', output: { items: ['Trail Runner'] }, isError: false },
          ],
        },
      ],
    });
    expect(error).toBeUndefined();
    expect(JSON.stringify(server.requests[0]?.body)).toContain('Trail Runner');
  });

  it('maps 401 to a non-retryable auth error', async () => {
    server.enqueue(dialect.httpError(401, 'invalid api key'));
    const { error } = await collect(service);
    expect(error).toMatchObject({ kind: 'auth', retryable: false, status: 401 });
    expect(error?.message).toContain('API key');
  });

  it('maps 429 to a retryable rate-limit error', async () => {
    server.enqueue(dialect.httpError(429, 'slow down'));
    const { error } = await collect(service);
    expect(error).toMatchObject({ kind: 'rate-limit', retryable: true, status: 429 });
  });

  it('retries a 429 that carries retry-after-ms, then streams', async () => {
    const limited = dialect.httpError(429, 'slow down');
    server.enqueue(
      { ...limited, headers: { ...limited.headers, 'retry-after-ms': '5' } },
      dialect.text(['OK.']),
    );
    const { error, text } = await collect(service, { maxRetries: 1 });
    expect(error).toBeUndefined();
    expect(text).toBe('OK.');
    expect(server.requests).toHaveLength(2);
  });

  it('reports a stream cut off midway as a mid-stream error after the text already received', async () => {
    const full = dialect.text(['The Trail ', 'Runner ', 'costs ', 'eighty nine.']);
    server.enqueue({ ...full, cutAfter: full.chunks.length - 3 });
    const { events, error } = await collect(service);
    expect(error).toBeDefined();
    expect(error?.midStream).toBe(true);
    expect(events.some((e) => e.type === 'text')).toBe(true);
    expect(events.some((e) => e.type === 'finish')).toBe(false);
  });
});

describe('provider failures at the edges', () => {
  let server: WireServer;
  beforeEach(async () => {
    server = new WireServer();
    await server.start();
  });
  afterEach(async () => {
    await server.close();
  });

  it('surfaces an Anthropic overloaded error event inside a 200 stream', async () => {
    const service = await createLlmService(checkLlmConfig(anthropic.env(server.baseUrl)));
    const ok = anthropic.text(['Hello']);
    server.enqueue({
      chunks: [
        ...(ok.chunks.slice(0, 3) as string[]),
        sse({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 'error'),
      ],
    });
    const { error, text } = await collect(service);
    expect(text).toBe('Hello');
    expect(error).toMatchObject({ kind: 'unavailable' });
  });

  it('fires the first-chunk watchdog when a server accepts but never streams', async () => {
    const clock = new FakeClock();
    const service = await createLlmService(checkLlmConfig(openaiCompatible.env(server.baseUrl)));
    server.enqueue({ chunks: [], hang: true });
    const result = collect(service, { clock, firstChunkTimeoutMs: 1500 });
    await server.waitForRequests(1);
    await clock.advance(1500);
    const { error } = await result;
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('reports an unreachable server as a network error, and probe fails fast with it', async () => {
    const base = server.baseUrl;
    await server.close();
    const service = await createLlmService(checkLlmConfig(openaiCompatible.env(base)));
    const { error } = await collect(service);
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(error?.message).toContain('LLM_BASE_URL');
    await expect(probeLlm(service)).rejects.toMatchObject({ kind: 'network' });
    server = new WireServer(); // afterEach closes a fresh one
    await server.start();
  });

  it('initLlm stops the start with one clear message for a rejected key', async () => {
    server.enqueue(anthropic.httpError(401, 'invalid x-api-key'));
    await expect(initLlm({ config: checkLlmConfig(anthropic.env(server.baseUrl)) })).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(
        /^LLM_PROVIDER=anthropic \(model claude-haiku-4-5\) is not usable: .*API key/,
      ),
    });
    expect(() => checkLlmConfig({ LLM_PROVIDER: 'groq' })).toThrow('GROQ_API_KEY');
  });

  it('probe succeeds against a live server and reports the reply', async () => {
    const service = await createLlmService(checkLlmConfig(openaiCompatible.env(server.baseUrl)));
    server.enqueue(openaiCompatible.text(['OK']));
    const result = await probeLlm(service);
    expect(result.text).toBe('OK');
    expect(result.ttftMs).not.toBeNull();
    expect(server.requests[0]?.body).toMatchObject({ model: 'llama3.2', stream: true });
  });
});
