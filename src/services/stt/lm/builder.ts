/**
 * Builds (or reuses from the cache) the catalog language model: corpus → ARPA trigram, plus the
 * dictionaries the catalog-only and the mixed decoders need. Output lives under
 * `<cacheDir>/<hash>/`, keyed by a hash of the vocabulary and the builder version, written to a
 * temporary directory first and renamed so a crash never leaves a half-written model in place.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogVocabulary } from '../../../shop/contract.ts';
import { type ArpaStats, buildArpa } from './arpa.ts';
import type { WordRank } from './code-words.ts';
import { buildDictionary, type Cmudict, loadCmudict } from './dictionary.ts';
import { rankGenericWords } from './generic-vocab.ts';
import { generateCorpusParts } from './phrases.ts';

/** Most frequent generic-LM words kept in the mixed dictionary (see generic-vocab.ts). */
export const DEFAULT_MIXED_GENERIC_WORDS = 10_000;

/** Bump when templates, normalisation or the estimator change, to invalidate caches. */
export const LM_BUILDER_VERSION = 23;

export interface CatalogLmFiles {
  hash: string;
  dir: string;
  arpaPath: string;
  /** Dictionary for the catalog-only decoder (just the catalog's words). */
  dictPath: string;
  /** cmudict plus the catalog's guessed words, for the mixed decoder. */
  mixedDictPath: string;
  stats: ArpaStats & { sentences: number; guessed: string[]; missing: string[] };
  fromCache: boolean;
}

export interface BuildOptions {
  cacheDir: string;
  /** Directory holding cmudict-en-us.dict. */
  modelDir: string;
  sentences?: number;
  /** Generic words kept in the mixed dictionary, most frequent first (0 = all of cmudict). */
  mixedGenericWords?: number;
  /** espeak-ng pronunciations of the catalog words as dictionary alternates (default true). */
  pronunciationVariants?: boolean;
  signal?: AbortSignal;
}

export function vocabularyHash(
  v: CatalogVocabulary,
  sentences: number,
  mixedGenericWords = 0,
  /** Other build options that change the output (pronunciation variants…). */
  extra: Record<string, unknown> = {},
): string {
  const canonical = {
    v: LM_BUILDER_VERSION,
    ...extra,
    sentences,
    mixedGenericWords,
    language: v.language,
    productNames: [...v.productNames].sort(),
    categories: [...v.categories].sort(),
    brands: [...v.brands].sort(),
    colors: [...v.colors].sort(),
    sizes: [...v.sizes].sort(),
    attributes: [...v.attributes].sort(),
    options: [...(v.options ?? [])].sort(),
    promoCodes: [...(v.promoCodes ?? [])].sort(),
    descriptionTerms: [...(v.descriptionTerms ?? [])].sort(),
    descriptionSentences: [...(v.descriptionSentences ?? [])].sort(),
    minPrice: v.minPrice,
    maxPrice: v.maxPrice,
    currency: v.currency,
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16);
}

/** Words this common are what a glued promo code is split into ("bigcatch" → "big catch"). */
const COMMON_WORDS = 30_000;

/** The generic LM's most frequent words by rank; none when that LM is not installed (tests, CI stand-ins). */
function commonWordRanks(lmPath: string, cmudict: Cmudict): WordRank | undefined {
  if (!existsSync(lmPath)) return undefined;
  const ranks = new Map(
    rankGenericWords(lmPath, cmudict)
      .slice(0, COMMON_WORDS)
      .map((w, i) => [w, i]),
  );
  return (w) => ranks.get(w);
}

function filesIn(dir: string, hash: string): Omit<CatalogLmFiles, 'stats' | 'fromCache'> {
  return {
    hash,
    dir,
    arpaPath: join(dir, 'catalog.arpa'),
    dictPath: join(dir, 'catalog.dict'),
    mixedDictPath: join(dir, 'mixed.dict'),
  };
}

export async function buildCatalogLm(vocab: CatalogVocabulary, opts: BuildOptions): Promise<CatalogLmFiles> {
  if (vocab.language !== 'en') {
    throw new Error(`the offline catalog LM is English only (got "${vocab.language}")`);
  }
  const sentences = opts.sentences ?? 30_000;
  const topK = opts.mixedGenericWords ?? DEFAULT_MIXED_GENERIC_WORDS;
  const variantsOn = opts.pronunciationVariants !== false;
  const hash = vocabularyHash(vocab, sentences, topK, variantsOn ? {} : { variants: false });
  const dir = join(opts.cacheDir, hash);
  const meta = join(dir, 'meta.json');
  if (existsSync(meta)) {
    const stats = JSON.parse(await readFile(meta, 'utf8')) as CatalogLmFiles['stats'];
    return { ...filesIn(dir, hash), stats, fromCache: true };
  }
  const signal = opts.signal;
  const cmudictPath = join(opts.modelDir, 'cmudict-en-us.dict');
  const cmudict = await loadCmudict(cmudictPath);
  signal?.throwIfAborted();
  const genericLm = join(opts.modelDir, 'en-us.lm.bin');
  const parts = generateCorpusParts(vocab, {
    sentences,
    knownWord: (w) => cmudict.has(w),
    commonWordRank: commonWordRanks(genericLm, cmudict),
  });
  const corpus = [...parts.sentences, ...parts.fragments];
  signal?.throwIfAborted();
  const { arpa, stats } = buildArpa(parts.sentences, { fragments: parts.fragments });
  const words = new Set(corpus.flatMap((s) => s.split(' ')));
  const variantsFor = variantsOn ? words : undefined;
  const dict = await buildDictionary(words, cmudict, { ...(variantsFor ? { variantsFor } : {}), signal });
  let mixedDict: string;
  if (topK > 0) {
    const generic = rankGenericWords(genericLm, cmudict).slice(0, topK);
    mixedDict = (
      await buildDictionary(new Set([...words, ...generic]), cmudict, {
        ...(variantsFor ? { variantsFor } : {}),
        signal,
      })
    ).text;
  } else {
    const guessedLines = dict.text
      .split('\n')
      .filter((l) => dict.guessed.includes(l.slice(0, l.indexOf(' '))));
    mixedDict = `${await readFile(cmudictPath, 'utf8')}${guessedLines.join('\n')}\n`;
  }
  signal?.throwIfAborted();

  await mkdir(opts.cacheDir, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(tmp, { recursive: true });
  try {
    const f = filesIn(tmp, hash);
    const fullStats = { ...stats, sentences: corpus.length, guessed: dict.guessed, missing: dict.missing };
    await writeFile(f.arpaPath, arpa);
    await writeFile(f.dictPath, dict.text);
    await writeFile(f.mixedDictPath, mixedDict);
    await writeFile(join(tmp, 'corpus.txt'), `${corpus.join('\n')}\n`);
    await writeFile(join(tmp, 'meta.json'), JSON.stringify(fullStats, null, 2));
    if (existsSync(meta)) {
      await rm(tmp, { recursive: true, force: true }); // another builder won the race
    } else {
      await rm(dir, { recursive: true, force: true });
      await rename(tmp, dir);
    }
    return { ...filesIn(dir, hash), stats: fullStats, fromCache: false };
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}
