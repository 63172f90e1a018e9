import { describe, expect, it } from 'vitest';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { generateCorpus, generateCorpusParts } from './phrases.ts';
import { ADD_VERBS, AUXILIARIES, REMOVE_VERBS, REVIEW_VERBS } from './request-shapes.ts';

/** An invented stationery shop: none of its words are in the request lexicons. */
const STATIONERY: CatalogVocabulary = {
  language: 'en',
  productNames: ['Quillmark Fountain Pen', 'Ledgerline Notebook A5', 'Dotgrid Planner'],
  categories: ['fountain pen', 'notebook', 'planner'],
  brands: ['Quillmark', 'Ledgerline'],
  colors: ['Ink Blue', 'Forest'],
  sizes: ['A5', 'A4'],
  attributes: ['refillable', 'acid free'],
  options: [],
  promoCodes: [],
  descriptionTerms: ['nib'],
  descriptionSentences: ['Smooth steel nib that glides across the page.', 'Lays flat when open.'],
  minPrice: 8,
  maxPrice: 90,
  currency: 'USD',
};

const openers = (corpus: readonly string[]) => new Set(corpus.map((s) => s.split(' ')[0]));

describe('request openers in the catalog corpus', () => {
  // The size the server builds (builder.ts): every template added samples the others less.
  const corpus = generateCorpus(STATIONERY, { sentences: 30_000 });

  it('opens requests with question words, auxiliaries and every cart verb', () => {
    const starts = openers(corpus);
    for (const w of ['how', 'which', 'what', 'not', ...AUXILIARIES]) expect(starts).toContain(w);
    const missing = [...ADD_VERBS, ...REMOVE_VERBS, ...REVIEW_VERBS].filter(
      (verb) => !corpus.some((s) => s.startsWith(`${verb} `)),
    );
    expect(missing).toEqual([]);
    expect(corpus.some((s) => /^how many \w+/.test(s))).toBe(true);
    expect(corpus.some((s) => /^check (me )?out\b/.test(s))).toBe(true);
  });

  it('keeps description sentences and description terms out of the sentence openers', () => {
    const { sentences, fragments } = generateCorpusParts(STATIONERY, { sentences: 12_000 });
    expect(fragments).toContain('smooth steel nib that glides across the page');
    const starts = openers(sentences);
    expect(starts.has('smooth')).toBe(false);
    expect(starts.has('lays')).toBe(false);
    // Tags are answers on their own; description terms and generic properties are not.
    expect(sentences).toContain('refillable');
    expect(sentences).not.toContain('nib');
    expect(sentences).not.toContain('handmade');
  });
});
