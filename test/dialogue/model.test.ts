/** The V4 surface of the engine: stream shape, finish reasons, determinism, abort, latency, SDK use. */
import type {
  LanguageModelV4CallOptions,
  LanguageModelV4Prompt,
  LanguageModelV4StreamPart,
} from '@ai-sdk/provider';
import { jsonSchema, streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/pipeline/clock.ts';
import {
  chunkText,
  createDialogueModel,
  createShopDialogueModel,
  loadDialogueConfig,
} from '../../src/shop/dialogue/index.ts';
import { APPAREL, vocabularyOf } from './fixtures.ts';

const vocabulary = (l: 'en' | 'es') => vocabularyOf(APPAREL, l);
const user = (text: string): LanguageModelV4Prompt => [{ role: 'user', content: [{ type: 'text', text }] }];

async function collect(
  stream: ReadableStream<LanguageModelV4StreamPart>,
): Promise<LanguageModelV4StreamPart[]> {
  const out: LanguageModelV4StreamPart[] = [];
  const reader = stream.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) return out;
    out.push(r.value);
  }
}

describe('shop dialogue model (LanguageModelV4)', () => {
  it('answers a greeting with streamed text in small chunks and finish stop', async () => {
    const model = createShopDialogueModel({ vocabulary });
    expect(model.specificationVersion).toBe('v4');
    const { stream } = await model.doStream({ prompt: user('hello') });
    const parts = await collect(stream);
    expect(parts.map((p) => p.type)).toEqual([
      'stream-start',
      'response-metadata',
      'text-start',
      ...parts.filter((p) => p.type === 'text-delta').map(() => 'text-delta'),
      'text-end',
      'finish',
    ]);
    const deltas = parts.filter((p) => p.type === 'text-delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((d) => d.delta).join('')).toBe('Hi! What are you shopping for today?');
    const finish = parts.at(-1);
    expect(finish?.type === 'finish' && finish.finishReason.unified).toBe('stop');
  });

  it('emits a tool call with JSON input and finish reason tool-calls', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const parts = await collect(
      (await model.doStream({ prompt: user('show me red jackets under 200') })).stream,
    );
    const call = parts.find((p) => p.type === 'tool-call');
    expect(call?.type === 'tool-call' && call.toolName).toBe('search_products');
    expect(call?.type === 'tool-call' && JSON.parse(call.input)).toEqual({
      category: 'jackets',
      color: 'Red',
      maxPrice: 200,
    });
    const finish = parts.at(-1);
    expect(finish?.type === 'finish' && finish.finishReason.unified).toBe('tool-calls');
  });

  it('is deterministic: the same prompt gives the same parts, ids included', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const a = await collect((await model.doStream({ prompt: user('find me waterproof boots') })).stream);
    const b = await collect((await model.doStream({ prompt: user('find me waterproof boots') })).stream);
    expect(a).toEqual(b);
  });

  it('doGenerate returns the same decision as content', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const r = await model.doGenerate({ prompt: user('what is in my cart') });
    expect(r.finishReason.unified).toBe('tool-calls');
    expect(r.content[0]).toMatchObject({ type: 'tool-call', toolName: 'view_cart', input: '{}' });
    const t = await model.doGenerate({ prompt: user('bye') });
    expect(t.content[0]?.type).toBe('text');
  });

  it('only calls offered tools and answers in text when toolChoice is none', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const none: LanguageModelV4CallOptions = {
      prompt: user('show me hoodies'),
      toolChoice: { type: 'none' },
    };
    const r = await model.doGenerate(none);
    expect(r.content.every((c) => c.type === 'text')).toBe(true);
    const onlyCart = await model.doGenerate({
      prompt: user('show me hoodies'),
      tools: [{ type: 'function', name: 'view_cart', inputSchema: { type: 'object' } }],
    });
    expect(onlyCart.content.every((c) => c.type === 'text')).toBe(true);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const ac = new AbortController();
    ac.abort();
    await expect(model.doStream({ prompt: user('hello'), abortSignal: ac.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('simulates latency on the injected clock and stops streaming when aborted', async () => {
    const clock = new FakeClock();
    const model = createShopDialogueModel({
      vocabulary,
      clock,
      firstChunkDelayMs: 300,
      chunkDelayMs: 50,
      wordsPerChunk: 1,
    });
    const ac = new AbortController();
    const { stream } = await model.doStream({ prompt: user('hello'), abortSignal: ac.signal });
    const reader = stream.getReader();
    const seen: string[] = [];
    const reading = (async () => {
      try {
        for (;;) {
          const r = await reader.read();
          if (r.done) return 'done';
          seen.push(r.value.type === 'text-delta' ? r.value.delta : r.value.type);
        }
      } catch (err) {
        return (err as Error).name;
      }
    })();
    await clock.advance(299);
    expect(seen).toEqual(['stream-start', 'response-metadata']);
    await clock.advance(1);
    expect(seen.slice(2)).toEqual(['text-start', 'Hi! ']);
    await clock.advance(50);
    expect(seen.at(-1)).toBe('What ');
    ac.abort();
    await clock.advance(50);
    expect(await reading).toBe('AbortError');
    expect(seen).not.toContain('finish');
    expect(clock.pendingTimers).toBe(0);
  });

  it('runs under the AI SDK streamText with schema-only tools', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const tools = {
      search_products: tool({
        description: 'search',
        inputSchema: jsonSchema<{ query?: string }>({ type: 'object' }),
      }),
    };
    const first = streamText({ model, tools, messages: [{ role: 'user', content: 'show me hoodies' }] });
    const calls: { toolName: string; input: unknown }[] = [];
    for await (const p of first.stream)
      if (p.type === 'tool-call') calls.push({ toolName: p.toolName, input: p.input });
    expect(calls).toEqual([{ toolName: 'search_products', input: { category: 'hoodies' } }]);
    expect(await first.finishReason).toBe('tool-calls');
  });

  it('chunkText keeps every character', () => {
    const text = 'I found 3 options.  First, Trail Runner 2 at $89.99.';
    expect(chunkText(text, 2).join('')).toBe(text);
    expect(chunkText('', 3)).toEqual([]);
  });

  it('createDialogueModel validates its deps and reads DIALOGUE_* env vars', () => {
    expect(() => createDialogueModel({})).toThrow(/vocabulary/);
    const m = createDialogueModel({ vocabulary }, loadDialogueConfig({ DIALOGUE_WORDS_PER_CHUNK: '5' }));
    expect(m.modelId).toBe('shop-dialogue');
    expect(loadDialogueConfig({}).DIALOGUE_WORDS_PER_CHUNK).toBe(3);
    expect(() => loadDialogueConfig({ DIALOGUE_DEFAULT_LANGUAGE: 'fr' })).toThrow(
      /DIALOGUE_DEFAULT_LANGUAGE/,
    );
  });

  it('replies in Spanish when the instructions are Spanish and the utterance gives no clue', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const r = await model.doGenerate({
      prompt: [
        { role: 'system', content: 'Eres el asistente de compras de una tienda. Responde en español.' },
        ...user('ok'),
      ],
    });
    expect(r.content[0]?.type === 'text' && r.content[0].text).toMatch(/confirmar/);
  });
});

describe('last tool-loop step (toolChoice none)', () => {
  it('answers from the look-ups already made instead of asking for another tool', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const prompt: LanguageModelV4Prompt = [
      ...user('add the canvas tote bag'),
      {
        role: 'assistant',
        content: [
          {
            type: 'tool-call',
            toolCallId: 'a',
            toolName: 'search_products',
            input: { query: 'Canvas Tote Bag' },
          },
        ],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'a',
            toolName: 'search_products',
            output: {
              type: 'json',
              value: {
                count: 1,
                products: [{ id: 'p6', name: 'Canvas Tote Bag', price: 22, currency: 'USD' }],
              },
            },
          },
        ],
      },
    ];
    const next = await model.doGenerate({ prompt });
    expect(next.content[0]).toMatchObject({ type: 'tool-call', toolName: 'add_to_cart' });
    const last = await model.doGenerate({ prompt, toolChoice: { type: 'none' } });
    expect(last.content[0]?.type === 'text' && last.content[0].text).toMatch(/Canvas Tote Bag/);
  });
});

describe('vocabulary compilation cache', () => {
  it('compiles once per content even when the loader returns a fresh object each call', async () => {
    const { compiled } = await import('../../src/shop/dialogue/words/vocab.ts');
    const a = compiled(vocabularyOf(APPAREL, 'en'));
    const b = compiled(vocabularyOf(APPAREL, 'en'));
    expect(a).toBe(b);
    const other = compiled({ ...vocabularyOf(APPAREL, 'en'), brands: ['Other'] });
    expect(other).not.toBe(a);
  });
});

describe('tool errors', () => {
  const withError = (
    toolName: string,
    input: Record<string, unknown>,
    error: string,
    text: string,
  ): LanguageModelV4Prompt => [
    { role: 'user', content: [{ type: 'text', text }] },
    { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'e1', toolName, input }] },
    {
      role: 'tool',
      content: [
        { type: 'tool-result', toolCallId: 'e1', toolName, output: { type: 'error-json', value: { error } } },
      ],
    },
  ];

  it('asks for identification when the shop requires it, and uses the answer next turn', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const prompt = withError(
      'order_status',
      { orderId: '771' },
      'The function order_status failed: Before sharing order details, verify the caller with identify_user',
      'order number seven seven one',
    );
    const r = await model.doGenerate({ prompt });
    expect(r.content[0]?.type === 'text' && r.content[0].text).toMatch(/customer number/);
    const next = await model.doGenerate({
      prompt: [
        ...prompt,
        { role: 'assistant', content: [{ type: 'text', text: 'First I need to verify you.' }] },
        ...user('customer number one two three and zip code nine four one zero five'),
      ],
    });
    expect(next.content[0]).toMatchObject({ type: 'tool-call', toolName: 'identify_user' });
    expect(JSON.parse((next.content[0] as { input: string }).input)).toEqual({
      customerNumber: '123',
      postalCode: '94105',
    });
  });

  it('explains common shop errors in Spanish', async () => {
    const model = createShopDialogueModel({ vocabulary });
    const r = await model.doGenerate({
      prompt: withError(
        'prepare_order',
        {},
        'The function prepare_order failed: The cart is empty; add something first.',
        'quiero pagar',
      ),
    });
    expect(r.content[0]?.type === 'text' && r.content[0].text).toMatch(/carrito está vacío/);
  });
});
