/**
 * Spanish the Spanish parse cannot place, read a second time in English through a translator
 * (issue 12), and the Spanish-only readings beside it: the negation said after what it leaves
 * out, codes after interjections, save-for-later wordings, retail words of verticals the
 * vocabulary lacked. A fake translator keeps the engine tests deterministic; the real Apertium
 * pipeline is tested where it is installed.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../src/shop/contract.ts';
import { createShopDialogueModel } from '../../src/shop/dialogue/model.ts';
import { imperative, prepareForTranslation } from '../../src/shop/dialogue/spanish/second-reading.ts';
import {
  ApertiumTranslator,
  nullFlushPipeline,
  plainOutput,
  streamInput,
  type Translator,
  TranslatorUnavailable,
} from '../../src/shop/dialogue/spanish/translate.ts';
import { understand } from '../../src/shop/dialogue/understand/nlu.ts';
import { compileVocabulary } from '../../src/shop/dialogue/words/vocab.ts';

const VOCAB: CatalogVocabulary = {
  language: 'en',
  productNames: [
    'Marisol Akoya Pearl Strand Necklace',
    'Silverline Box Chain Necklace',
    'Voltra Surge 2000A Jump Starter',
    'Nordhaus All-Weather Floor Mats',
    'Popfest Latex Party Balloons',
  ],
  categories: ['necklaces', 'jump starters', 'floor mats', 'balloons', 'plates'],
  brands: ['Marisol', 'Silverline', 'Voltra', 'Nordhaus', 'Popfest'],
  colors: ['gold', 'silver', 'red'],
  sizes: [],
  attributes: ['pearl'],
  minPrice: 5,
  maxPrice: 400,
  currency: 'USD',
};
const en = compileVocabulary(VOCAB);
const es = compileVocabulary({ ...VOCAB, language: 'es' });
const readEs = (text: string) => understand(text, es, 'es');

const user = (text: string): LanguageModelV4Prompt => [{ role: 'user', content: [{ type: 'text', text }] }];

class FakeTranslator implements Translator {
  calls: string[] = [];
  readonly table: Record<string, string>;
  constructor(table: Record<string, string>) {
    this.table = table;
  }
  async translate(text: string): Promise<string> {
    this.calls.push(text);
    const out = this.table[text];
    if (out === undefined) throw new TranslatorUnavailable(`no translation for ${text}`);
    return out;
  }
}

describe('Apertium stream format', () => {
  it('runs every stage of the mode in null-flush mode, unknown words unmarked', () => {
    const mode =
      "lt-proc '/d/spa-eng.automorf.bin' | apertium-tagger -g $2 '/d/spa-eng.prob' | lt-proc $1 '/d/g.bin'";
    expect(nullFlushPipeline(mode)).toBe(
      "lt-proc -z '/d/spa-eng.automorf.bin' | apertium-tagger -z -g  '/d/spa-eng.prob' | lt-proc -z -n '/d/g.bin'",
    );
  });

  it('passes protected words as superblanks and escapes the format characters', () => {
    expect(streamInput('¿compárame el Surge 2000?', new Set(['surge']))).toBe('¿compárame el [Surge] 2000?');
    expect(streamInput('a/b [x]')).toBe('a\\/b \\[x\\]');
    expect(plainOutput('Compare me the [Surge] 2000.[]')).toBe('Compare me the Surge 2000');
    expect(plainOutput('a\\/b')).toBe('a/b');
  });
});

describe('the English text a Spanish request becomes', () => {
  it('reads a dropped-subject third person as the request it is, never a question', () => {
    expect(imperative('It removes the parasol', 'quita el parasol')).toBe('remove the parasol');
    expect(imperative('It pushes the cart', 'empuja el carrito')).toBe('push the cart');
    expect(imperative('It comes certified?', '¿viene certificado?')).toBe('It comes certified?');
  });

  it('keeps catalog names and codes, and gives catalog words their English', () => {
    const { text, keep } = prepareForTranslation('compárame el Surge con los globos, prueba SAVE10', es, en);
    expect(text).toBe('compárame el Surge con los balloons, prueba SAVE10');
    expect([...keep].sort()).toEqual(['balloons', 'save10', 'surge']);
  });
});

describe('second reading in the engine', () => {
  const vocabulary = () => VOCAB;

  it('takes the English reading of a Spanish request that led nowhere, and answers in Spanish', async () => {
    const lost = 'resérvamelo, que lo recojo el lunes';
    const fake = new FakeTranslator({ [lost]: 'save it for later, I pick it up on Monday' });
    const model = createShopDialogueModel({ vocabulary, translator: fake });
    const bare = await createShopDialogueModel({ vocabulary, translator: null }).decide({
      prompt: user(lost),
    });
    expect(bare.action).toMatchObject({ kind: 'text', text: expect.stringMatching(/no te he entendido/) });
    const r = await model.decide({ prompt: user(lost) });
    expect(fake.calls).toEqual([lost]);
    expect(r.language).toBe('es');
    expect(r.nlu?.intent).toBe('save_item');
    expect(r.action).not.toMatchObject({ text: expect.stringMatching(/no te he entendido/) });
  });

  it('goes on with the Spanish reply when the translator is missing or the reading leads nowhere', async () => {
    const lost = 'resérvamelo, que lo recojo el lunes';
    const missing = createShopDialogueModel({ vocabulary, translator: new FakeTranslator({}) });
    const r = await missing.decide({ prompt: user(lost) });
    expect(r.action).toMatchObject({
      kind: 'text',
      text: expect.stringMatching(/^Perdona, no te he entendido/),
    });
    const nowhere = createShopDialogueModel({
      vocabulary,
      // "vale" read as a voucher: a promo request with no code is not taken.
      translator: new FakeTranslator({ [lost]: 'Voucher' }),
    });
    expect((await nowhere.decide({ prompt: user(lost) })).action).toMatchObject({
      text: expect.stringMatching(/^Perdona/),
    });
  });

  it('never translates English', async () => {
    const fake = new FakeTranslator({});
    const model = createShopDialogueModel({ vocabulary, translator: fake });
    await model.decide({ prompt: user('blah blah whatever') });
    expect(fake.calls).toEqual([]);
  });
});

describe('Spanish readings', () => {
  it('reads the negation said after what it leaves out', () => {
    expect(readEs('la de perlas no').slots.exclude).toMatch(/^pearls?$/);
    expect(readEs('los de Silverline no').slots.excludeBrand).toBe('Silverline');
    // A question tag is not a negation.
    expect(readEs('¿tienes collares de perlas o no').slots.exclude).toBeUndefined();
  });

  it('reads a code after interjections and "prueba con"', () => {
    expect(readEs('bah. pues SHINE25').slots.promoCode).toBe('SHINE25');
    expect(readEs('prueba con SPRINGSHINE20')).toMatchObject({
      intent: 'promo',
      slots: { promoCode: 'SPRINGSHINE20' },
    });
  });

  it('reads "guárdame … para más adelante" as saving', () => {
    expect(readEs('guárdame el collar de Marisol para más adelante').intent).toBe('save_item');
  });

  it('reads "¿tienen …?" with a kind of product as asking the shop, not the product in focus', () => {
    const r = readEs('¿tienen globos de cumpleaños?');
    expect(r.intent).toBe('search');
    expect(r.slots.feature).toBeUndefined();
    // About a product named: still a question about it.
    expect(readEs('¿tiene cierre el collar de Marisol?').slots.feature).toBeDefined();
  });

  it('reads "¿viene X?" as a question about the product in focus', () => {
    expect(readEs('¿viene certificado?')).toMatchObject({
      intent: 'spec',
      slots: { feature: ['certificado'] },
    });
  });

  it('knows retail words of jewelry, car care and party stores', () => {
    expect(readEs('enséñame collares de perlas').slots.category).toBe('necklaces');
    expect(readEs('alfombrillas para un SUV').slots.category).toBe('floor mats');
    expect(readEs('quiero globos dorados').slots.category).toBe('balloons');
  });
});

describe.runIf(new ApertiumTranslator().available())('the Apertium pipeline', () => {
  it('translates one utterance after another on one process, names kept', async () => {
    const t = new ApertiumTranslator();
    try {
      expect(await t.translate('quita el parasol')).toMatch(/removes? the parasol/i);
      expect(await t.translate('compárame el Surge con el otro', { keep: new Set(['surge']) })).toMatch(
        /\bSurge\b/,
      );
      const ac = new AbortController();
      ac.abort(new Error('stop'));
      await expect(t.translate('hola', { signal: ac.signal })).rejects.toThrow('stop');
      expect(await t.translate('hola')).toMatch(/hello/i);
    } finally {
      t.close();
    }
  });

  it('gives a starting pipeline its start-up time, then the per-translation timeout', async () => {
    // A one-stage "pipeline" that takes 1.5 s to start and then echoes each unit at once.
    const dir = mkdtempSync(join(tmpdir(), 'vs-translator-'));
    const stage = join(dir, 'slow-start');
    writeFileSync(stage, '#!/bin/sh\nsleep 1.5\nexec cat\n');
    chmodSync(stage, 0o755);
    const mode = join(dir, 'slow.mode');
    writeFileSync(mode, stage);
    const patient = new ApertiumTranslator(mode, { timeoutMs: 1_000, startTimeoutMs: 20_000 });
    const hasty = new ApertiumTranslator(mode, { timeoutMs: 1_000, startTimeoutMs: 200 });
    try {
      expect(await patient.translate('hola')).toBe('hola');
      expect(await patient.translate('adiós')).toBe('adiós');
      await expect(hasty.translate('hola')).rejects.toBeInstanceOf(TranslatorUnavailable);
    } finally {
      patient.close();
      hasty.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects with TranslatorUnavailable when the data is missing', async () => {
    const t = new ApertiumTranslator('/nonexistent/spa-eng.mode');
    expect(t.available()).toBe(false);
    await expect(t.translate('hola')).rejects.toBeInstanceOf(TranslatorUnavailable);
  });
});
