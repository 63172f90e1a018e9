/** The LLM research summariser: one tool-less call on the gathered facts only, in the shopper's language. */
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { convertArrayToReadableStream, MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import type { LlmService } from '../services/llm/service.ts';
import type { ProductDetail } from '../shop/products/details.ts';
import { compareCandidates } from '../shop/research/compare.ts';
import type { ResearchInput } from '../shop/research/types.ts';
import { llmResearchSummarizer } from './research-summarizer.ts';

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 1, text: 1, reasoning: 0 },
};
const reply = (...chunks: string[]): LanguageModelV4StreamPart[] => [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: 't' },
  ...chunks.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
  { type: 'text-end', id: 't' },
  { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
];

const lamp: ProductDetail = {
  id: 'p1',
  name: 'Orbit Desk Lamp',
  brand: 'Lumo',
  category: 'lamps',
  description: 'A dimmable desk lamp, 450 lumens, weighs 1.2 kg.',
  image: '',
  url: '',
  currency: 'USD',
  tags: ['desk'],
  variants: [
    {
      id: 'v1',
      sku: 'a',
      size: null,
      color: 'Black',
      options: {},
      priceCents: 4900,
      compareAtCents: null,
      stock: 2,
      weightGrams: null,
      weightUnit: null,
    },
  ],
};

function service(model: MockLanguageModelV4): LlmService {
  return { provider: 'openai', modelId: 'm', model, config: {} as LlmService['config'] };
}

describe('llmResearchSummarizer', () => {
  it('asks without tools, with only the gathered facts, and returns the streamed text', async () => {
    const model = new MockLanguageModelV4({
      doStream: async () => ({ stream: convertArrayToReadableStream(reply('La Orbit ', 'es regulable.')) }),
    });
    const input: ResearchInput = {
      query: 'lámpara regulable',
      language: 'es',
      candidates: compareCandidates('dimmable lamp', [lamp]),
      passages: [{ title: 'Garantía', source: 'g.md', text: 'Dos años de garantía.' }],
      web: [],
    };
    const text = await llmResearchSummarizer(service(model))(input, new AbortController().signal);
    expect(text).toBe('La Orbit es regulable.');
    const call = model.doStreamCalls[0]!;
    expect(call.tools ?? []).toEqual([]);
    const system = call.prompt.find((m) => m.role === 'system');
    expect(JSON.stringify(system)).toContain('Usa SOLO los datos JSON dados');
    const user = call.prompt.find((m) => m.role === 'user');
    if (user?.role !== 'user') throw new Error('no user message');
    const facts = JSON.parse((user.content[0] as { text: string }).text);
    expect(facts).toEqual({
      question: 'lámpara regulable',
      candidates: [
        {
          name: 'Orbit Desk Lamp',
          brand: 'Lumo',
          price: expect.stringMatching(/49,00/),
          inStock: true,
          optionsInStock: { color: ['Black'] },
          figures: { weight: '1.2 kg', brightness: '450 lumens' },
          itsTextMentions: ['dimmable', 'lamp'],
        },
      ],
      documents: [{ title: 'Garantía', text: 'Dos años de garantía.' }],
      web: [],
    });
  });

  it('an aborted job aborts the model call (and yields no text; the job then records the cancel)', async () => {
    let seen: AbortSignal | undefined;
    let called!: () => void;
    const started = new Promise<void>((resolve) => {
      called = resolve;
    });
    const model = new MockLanguageModelV4({
      doStream: async ({ abortSignal }) => {
        seen = abortSignal;
        called();
        return new Promise((_resolve, reject) =>
          abortSignal?.addEventListener('abort', () => reject(abortSignal.reason), { once: true }),
        );
      },
    });
    const controller = new AbortController();
    const input: ResearchInput = { query: 'x', language: 'en', candidates: [], passages: [], web: [] };
    const pending = llmResearchSummarizer(service(model))(input, controller.signal);
    await started;
    controller.abort(new Error('job cancelled'));
    expect(await pending).toBe('');
    expect(seen?.aborted).toBe(true);
  });
});
