/** The offline engine in worker threads (DIALOGUE_THREADS): same decisions, vocabularies sent once, abort, close. */
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { afterAll, describe, expect, it } from 'vitest';
import { createShopDialogueModel, loadDialogueConfig } from '../../src/shop/dialogue/index.ts';
import { DialogueWorkerError, DialogueWorkers } from '../../src/shop/dialogue/worker/engine-pool.ts';
import { APPAREL, vocabularyOf } from './fixtures.ts';

const vocabulary = (l: 'en' | 'es') => vocabularyOf(APPAREL, l);
const text = (role: 'user' | 'assistant', t: string): LanguageModelV4Prompt[number] => ({
  role,
  content: [{ type: 'text', text: t }],
});

const PROMPTS: LanguageModelV4Prompt[] = [
  [text('user', 'hello')],
  [text('user', 'show me red jackets under 200')],
  [
    { role: 'system', content: 'Shop: Acme Outfitters' },
    text('user', 'do you have running shoes in size ten'),
  ],
  [text('user', 'quiero unas zapatillas para correr azules')],
  [
    text('user', 'hi'),
    text('assistant', 'Hi! What are you shopping for today?'),
    text('user', 'checkout please'),
  ],
];

describe('dialogue engine in worker threads', () => {
  const inProcess = createShopDialogueModel({ vocabulary });
  const pooled = createShopDialogueModel({ vocabulary, threads: 1 });
  afterAll(() => pooled.close());

  it('decides exactly what the in-process engine decides, in English and Spanish', async () => {
    for (const prompt of PROMPTS) {
      const [a, b] = await Promise.all([inProcess.decide({ prompt }), pooled.decide({ prompt })]);
      expect(b.action).toEqual(a.action);
      expect([b.language, b.turn, b.step]).toEqual([a.language, a.turn, a.step]);
    }
  });

  it('streams the same parts as the in-process model', async () => {
    const read = async (m: typeof inProcess) => {
      const { stream } = await m.doStream({ prompt: PROMPTS[1]! });
      const parts: unknown[] = [];
      const reader = stream.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
      return parts;
    };
    expect(await read(pooled)).toEqual(await read(inProcess));
  });

  it('sends each catalog vocabulary to a worker once, and again only when the catalog changes', async () => {
    const workers = new DialogueWorkers(1);
    try {
      let current = { en: vocabulary('en'), es: vocabulary('es') };
      const decide = () =>
        workers.decide({ prompt: PROMPTS[1]!, vocabulary: (l) => current[l], apertium: true });
      for (let i = 0; i < 4; i++) await decide();
      expect(workers.vocabulariesSent).toBe(2);
      current = { en: vocabulary('en'), es: vocabulary('es') }; // a reloaded catalog: new objects
      await decide();
      await decide();
      expect(workers.vocabulariesSent).toBe(4);
    } finally {
      await workers.close();
    }
  });

  it('rejects at once when aborted, before it is sent or while it is under way, and keeps serving', async () => {
    const before = new AbortController();
    before.abort(new Error('barge-in'));
    await expect(pooled.decide({ prompt: PROMPTS[1]!, abortSignal: before.signal })).rejects.toThrow(
      'barge-in',
    );
    const during = new AbortController();
    const step = pooled.decide({ prompt: PROMPTS[2]!, abortSignal: during.signal });
    during.abort(new Error('barge-in'));
    await expect(step).rejects.toThrow('barge-in');
    // The pool still answers afterwards.
    expect((await pooled.decide({ prompt: PROMPTS[0]! })).action.kind).toBe('text');
  });

  it('warmup() starts every thread, close() stops them all, and later steps fail with a typed error', async () => {
    const workers = new DialogueWorkers(2);
    expect(workers.threads).toBe(0); // started lazily
    await workers.warmup();
    expect(workers.threads).toBe(2);
    // Several threads, steps at once: whichever worker a step and its retry land on, it is
    // answered, and answered as in process.
    const local = createShopDialogueModel({ vocabulary, translator: null });
    const answers = await Promise.all(
      PROMPTS.map((prompt) => workers.decide({ prompt, vocabulary, apertium: false })),
    );
    for (const [i, prompt] of PROMPTS.entries())
      expect(answers[i]!.action).toEqual((await local.decide({ prompt })).action);
    await workers.close();
    expect(workers.threads).toBe(0);
    await expect(workers.decide({ prompt: PROMPTS[0]!, vocabulary, apertium: false })).rejects.toBeInstanceOf(
      DialogueWorkerError,
    );
  });

  it('refuses settings it cannot honour with a clear error', () => {
    expect(() => new DialogueWorkers(0)).toThrow(/DIALOGUE_THREADS/);
    expect(() => createShopDialogueModel({ vocabulary, threads: 1, translator: null })).toThrow(
      /default translator/,
    );
    expect(() => loadDialogueConfig({ DIALOGUE_THREADS: '-1' })).toThrow(/DIALOGUE_THREADS/);
    expect(loadDialogueConfig({}).DIALOGUE_THREADS).toBe(1);
  });
});

describe('a dialogue worker’s catalog vocabularies', () => {
  it('keeps the ones in use: the least recently used is dropped, not the first one sent', async () => {
    const { default: decideTask, KEPT_VOCABULARIES } = await import(
      '../../src/shop/dialogue/worker/engine-worker.ts'
    );
    const en = vocabulary('en');
    const es = vocabulary('es');
    const step = (id: number, send: boolean) =>
      decideTask({
        prompt: [text('user', 'hello')],
        apertium: false,
        vocabularies: {
          en: { id, ...(send ? { data: en } : {}) },
          es: { id: id + 1000, ...(send ? { data: es } : {}) },
        },
      });
    // Ids 1 and 1001 sent first, then used again between the sends of every other catalog.
    expect((await step(1, true)).kind).toBe('result');
    for (let id = 2; id <= KEPT_VOCABULARIES; id++) {
      expect((await step(id, true)).kind).toBe('result');
      expect((await step(1, false)).kind).toBe('result');
    }
    expect(await step(2, false)).toEqual({ kind: 'missing', ids: [2, 1002] });
    expect((await step(1, false)).kind).toBe('result');
  });
});
