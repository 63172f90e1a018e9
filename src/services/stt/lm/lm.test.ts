import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPocketsphinx } from '../pocketsphinx/ffi.ts';
import { generatedKitchenVocabulary, HAND_VOCABULARY } from '../test-vocab.ts';
import { buildArpa, parseArpaHeader } from './arpa.ts';
import { buildCatalogLmInWorker } from './build.ts';
import { buildCatalogLm, type CatalogLmFiles, vocabularyHash } from './builder.ts';
import { ipaToArpabet } from './dictionary.ts';
import { generateCorpus } from './phrases.ts';
import { normalizeText, numberToWords, priceToWords, sizeToWords } from './text-norm.ts';

const MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

/** Parses an ARPA file into log10 probs and backoffs keyed by "w1 w2 w3". */
function parseArpa(text: string) {
  const prob = new Map<string, number>();
  const bow = new Map<string, number>();
  let order = 0;
  for (const line of text.split('\n')) {
    const m = /^\\(\d)-grams:$/.exec(line);
    if (m) {
      order = Number(m[1]);
      continue;
    }
    if (!order || !line.trim() || line.startsWith('\\')) continue;
    const parts = line.split('\t');
    const words = (parts[1] as string).split(' ');
    expect(words).toHaveLength(order);
    prob.set(parts[1] as string, Number(parts[0]));
    if (parts[2] !== undefined) bow.set(parts[1] as string, Number(parts[2]));
  }
  const p = (ws: string[]): number => {
    const key = ws.join(' ');
    const hit = prob.get(key);
    if (hit !== undefined) return 10 ** hit;
    if (ws.length === 1) return 0;
    return 10 ** (bow.get(ws.slice(0, -1).join(' ')) ?? 0) * p(ws.slice(1));
  };
  const vocab = [...prob.keys()].filter((k) => !k.includes(' ') && k !== '<s>');
  return { p, vocab };
}

describe('text normalisation', () => {
  it('speaks numbers, prices, sizes and catalog names', () => {
    expect(numberToWords(0)).toBe('zero');
    expect(numberToWords(249)).toBe('two hundred forty nine');
    expect(numberToWords(12_005)).toBe('twelve thousand five');
    expect(priceToWords(49.99, 'USD')).toEqual(['forty nine dollars', 'forty nine ninety nine']);
    expect(sizeToWords('XL')).toContain('extra large');
    expect(sizeToWords('10.5')).toContain('ten and a half');
    expect(normalizeText('Trail Runner 2 Running Shoes!')).toBe('trail runner two running shoes');
    expect(normalizeText("Kid's T-Shirt & Cap X200")).toBe("kid's t shirt and cap x two hundred");
    expect(normalizeText('order 45217')).toBe('order four five two one seven');
    expect(normalizeText('4 x 7 in smoker, 2x2 tile')).toBe('four by seven in smoker two by two tile');
  });
});

describe('ARPA estimator', () => {
  it('writes a normalised trigram model: p(·|h) sums to 1 for seen and unseen histories', () => {
    const corpus = [
      'add the red hoodie',
      'add the blue hoodie to my cart',
      'show me the red parka',
      'yes',
      'no thanks',
    ];
    const { arpa, stats } = buildArpa(corpus);
    expect(parseArpaHeader(arpa)).toEqual([stats.unigrams, stats.bigrams, stats.trigrams]);
    const { p, vocab } = parseArpa(arpa);
    for (const h of [['<s>', 'add'], ['add', 'the'], ['the', 'red'], ['blue', 'cart'], ['<s>']]) {
      const total = vocab.reduce((sum, w) => sum + p([...h, w]), 0);
      expect(total).toBeCloseTo(1, 3);
    }
    // Seen continuations beat unseen ones.
    expect(p(['add', 'the', 'red'])).toBeGreaterThan(p(['add', 'the', 'yes']));
  });

  it('counts fragments inside but never after <s> or before </s>', () => {
    // Repeated, as a sampled corpus repeats its openers: <s> then backs off little.
    const sentences = Array.from({ length: 20 }, () => [
      'add the red hoodie',
      'show me the blue parka',
    ]).flat();
    const fragments = ['fleece lined hood with a drawstring'];
    const { arpa } = buildArpa(sentences, { fragments });
    const { p, vocab } = parseArpa(arpa);
    expect(vocab).toContain('fleece');
    // The fragment's word pair is a bigram; its first word did not become a sentence opener.
    expect(arpa).toMatch(/\tfleece lined(\t|$)/m);
    expect(arpa).not.toMatch(/\t<s> fleece(\t|$)/m);
    expect(arpa).not.toMatch(/\tdrawstring <\/s>(\t|$)/m);
    expect(p(['<s>', 'add'])).toBeGreaterThan(10 * p(['<s>', 'fleece']));
    for (const h of [['<s>'], ['with', 'a'], ['fleece']]) {
      expect(vocab.reduce((sum, w) => sum + p([...h, w]), 0)).toBeCloseTo(1, 3);
    }
  });
});

describe('catalog corpus', () => {
  it('fills templates with the catalog words and differs between catalogs', () => {
    const a = generateCorpus(HAND_VOCABULARY, { sentences: 3000 });
    const b = generateCorpus(generatedKitchenVocabulary(), { sentences: 3000 });
    const wordsA = new Set(a.join(' ').split(' '));
    const wordsB = new Set(b.join(' ').split(' '));
    for (const w of ['hoodie', 'parka', 'northpeak', 'olive', 'waterproof', 'extra', 'dollars'])
      expect(wordsA).toContain(w);
    for (const w of ['kettle', 'bramble', 'teal', 'euros']) expect(wordsB).toContain(w);
    expect(wordsB.has('hoodie')).toBe(false);
    expect(a.some((s) => /^add .* to my cart$/.test(s))).toBe(true);
    expect(generateCorpus(HAND_VOCABULARY, { sentences: 3000 })).toEqual(a); // seeded
  });
});

describe('g2p', () => {
  it('maps espeak-ng IPA to ARPAbet', () => {
    expect(ipaToArpabet('hˈʊdi')).toBe('HH UH D IY');
    expect(ipaToArpabet('ˈɪɹbʌdz')).toBe('IH R B AH D Z');
    expect(ipaToArpabet('tʃˈɛkaʊt')).toBe('CH EH K AW T');
    // r-coloured schwa before ɹ is one ER; a glottal stop is a T; no final breathy h.
    expect(ipaToArpabet('hˈɪstɚɹi')).toBe('HH IH S T ER IY');
    expect(ipaToArpabet('kˈɑːʔn̩')).toBe('K AA T N');
    expect(ipaToArpabet('jˈɛh')).toBe('Y EH');
  });
});

describe('buildCatalogLm', () => {
  let cacheDir: string;
  let hand: CatalogLmFiles;
  let kitchen: CatalogLmFiles;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'vs-lm-'));
    [hand, kitchen] = await Promise.all([
      buildCatalogLm(HAND_VOCABULARY, { cacheDir, modelDir: MODEL_DIR, sentences: 5000 }),
      buildCatalogLmInWorker(generatedKitchenVocabulary(), {
        cacheDir,
        modelDir: MODEL_DIR,
        sentences: 5000,
      }),
    ]);
  }, 120_000); // g2p runs espeak-ng per unknown word: slow on a loaded 2-core machine
  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('writes ARPA files that pocketsphinx loads, keyed by the vocabulary hash', () => {
    expect(hand.hash).not.toBe(kitchen.hash);
    expect(hand.dir).toBe(join(cacheDir, hand.hash));
    const lib = loadPocketsphinx();
    const lmath = lib.logmathInit(1.0001, 0, 0);
    const config = lib.cmdLnParse(lib.psArgs(), []);
    for (const files of [hand, kitchen]) {
      const lm = lib.ngramRead(config, files.arpaPath, 0, lmath);
      expect(lm).toBeTruthy();
      expect(lib.ngramProb(lm, ['add'], 1)).toBeGreaterThan(-536870912);
      lib.ngramFree(lm);
    }
    lib.cmdLnFree(config);
    lib.logmathFree(lmath);
  });

  it('gives every LM word a pronunciation, guessing the ones cmudict lacks', async () => {
    const dict = await readFile(hand.dictPath, 'utf8');
    expect(dict).toMatch(/^hoodie HH UH D IY$/m);
    expect(dict).toMatch(/^parka P AA R K AH$/m);
    expect(hand.stats.guessed).toEqual(expect.arrayContaining(['hoodie', 'earbuds', 'northpeak']));
    expect(hand.stats.missing).toEqual([]);
    const dictWords = new Set(dict.split('\n').map((l) => l.split(' ')[0]?.replace(/\(\d+\)$/, '')));
    const arpa = await readFile(hand.arpaPath, 'utf8');
    const unigrams = arpa.split('\\1-grams:')[1]?.split('\\2-grams:')[0]?.split('\n') ?? [];
    for (const line of unigrams.filter((l) => l.includes('\t'))) {
      const w = line.split('\t')[1] as string;
      if (!w.startsWith('<')) expect(dictWords).toContain(w);
    }
    // espeak-ng's reading of catalog words cmudict knows is an alternate pronunciation.
    expect(dict).toMatch(/^wireless W AY R L IH S$/m);
    expect(dict).toMatch(/^wireless\(\d\) W AY ER L AH S$/m);
    const mixed = await readFile(hand.mixedDictPath, 'utf8');
    expect(mixed).toMatch(/^hoodie HH UH D IY$/m);
    expect(mixed).toMatch(/^wireless\(\d\) W AY ER L AH S$/m);
    expect(mixed).toMatch(/^person /m);
  });

  it('reuses the cache for an unchanged vocabulary', async () => {
    const again = await buildCatalogLm(HAND_VOCABULARY, { cacheDir, modelDir: MODEL_DIR, sentences: 5000 });
    expect(again.fromCache).toBe(true);
    expect(again.stats.trigrams).toBe(hand.stats.trigrams);
    expect(vocabularyHash({ ...HAND_VOCABULARY, colors: ['teal'] }, 5000)).not.toBe(
      vocabularyHash(HAND_VOCABULARY, 5000),
    );
  });

  it('aborts a worker build', async () => {
    const ac = new AbortController();
    const p = buildCatalogLmInWorker(
      generatedKitchenVocabulary(7),
      { cacheDir, modelDir: MODEL_DIR },
      ac.signal,
    );
    ac.abort();
    await expect(p).rejects.toMatchObject({ kind: 'aborted' });
  });
});
