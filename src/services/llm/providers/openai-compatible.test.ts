/**
 * Ollama and llama.cpp's server run through LLM_PROVIDER=openai-compatible: configured by
 * environment only, the model's stream (text deltas, a tool call split across chunks, the
 * usage chunk, `[DONE]`) read by our adapter from a stand-in that writes the chat completions
 * stream the way those servers do.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FakeHttpServer, type RecordedRequest } from '../../http-test-server.ts';
import { streamLlm } from '../adapter.ts';
import { checkLlmConfig } from '../config.ts';
import { createLlmService } from '../service.ts';
import type { LlmStreamEvent } from '../types.ts';

let server: FakeHttpServer;
beforeEach(async () => {
  server = await FakeHttpServer.start();
});
afterEach(async () => {
  await server.stop();
});

/** Server-sent chat.completion.chunk events, then `data: [DONE]`. */
function sse(r: RecordedRequest, deltas: { delta: Record<string, unknown>; finish?: string }[]) {
  const model = String(r.json?.model);
  r.res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const { delta, finish } of deltas)
    r.res.write(
      Buffer.from(
        `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta, finish_reason: finish ?? null }] })}\n\n`,
      ),
    );
  r.res.write(
    Buffer.from(
      `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model, choices: [], usage: { prompt_tokens: 42, completion_tokens: 7, total_tokens: 49 } })}\n\n`,
    ),
  );
  r.res.end('data: [DONE]\n\n');
}

const search = {
  name: 'search_products',
  description: 'Search the catalog',
  inputSchema: z.object({ query: z.string() }),
};

async function run(env: Record<string, string>): Promise<LlmStreamEvent[]> {
  const service = await createLlmService(checkLlmConfig(env));
  const events: LlmStreamEvent[] = [];
  for await (const ev of streamLlm({
    model: service.model,
    provider: service.provider,
    instructions: 'You are a shop assistant.',
    messages: [{ role: 'user', content: 'red hoodies?' }],
    tools: [search],
    maxRetries: 0,
  }))
    events.push(ev);
  return events;
}

describe.each([
  ['Ollama', '/v1', 'llama3.2'],
  ['llama.cpp server', '/v1', 'qwen2.5-7b-instruct-q4_k_m.gguf'],
])('%s as LLM_PROVIDER=openai-compatible', (_name, path, model) => {
  const env = () => ({
    LLM_PROVIDER: 'openai-compatible',
    LLM_BASE_URL: `${server.url}${path}`,
    LLM_MODEL: model,
  });

  it('streams the reply word by word with usage', async () => {
    server.script((r) =>
      sse(r, [
        { delta: { role: 'assistant', content: 'We have ' } },
        { delta: { content: 'two red ' } },
        { delta: { content: 'hoodies.' } },
        { delta: {}, finish: 'stop' },
      ]),
    );
    const events = await run(env());
    const req = server.requests[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.json).toMatchObject({ model, stream: true });
    expect(req.json?.tools).toMatchObject([{ type: 'function', function: { name: 'search_products' } }]);
    expect(events.filter((e) => e.type === 'text').map((e) => (e as { text: string }).text)).toEqual([
      'We have ',
      'two red ',
      'hoodies.',
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: 'stop',
      usage: { inputTokens: 42, outputTokens: 7 },
    });
  });

  it('assembles a tool call whose arguments arrive in pieces', async () => {
    server.script((r) =>
      sse(r, [
        {
          delta: {
            role: 'assistant',
            tool_calls: [
              {
                index: 0,
                id: 'call_1',
                type: 'function',
                function: { name: 'search_products', arguments: '{"query":' },
              },
            ],
          },
        },
        { delta: { tool_calls: [{ index: 0, function: { arguments: '"red hoodie"}' } }] } },
        { delta: {}, finish: 'tool_calls' },
      ]),
    );
    const events = await run(env());
    expect(events.find((e) => e.type === 'tool-call')).toMatchObject({
      call: { id: 'call_1', name: 'search_products', input: { query: 'red hoodie' } },
    });
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });

  it('a server that is not OpenAI-compatible is a typed error, not a hang', async () => {
    server.script((r) => {
      r.res.writeHead(404, { 'content-type': 'text/plain' });
      r.res.end('404 page not found');
    });
    await expect(run(env())).rejects.toMatchObject({
      name: 'ServiceError',
      kind: 'bad-request',
      retryable: false,
    });
  });
});
