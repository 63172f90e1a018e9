/**
 * Ranks the generic English LM's words by unigram probability, so the mixed decoder's dictionary
 * can hold the catalog's words plus only the K most frequent generic words instead of all
 * 72k: a smaller lexicon tree decodes faster and confuses fewer catalog words.
 */
import { loadPocketsphinx } from '../pocketsphinx/ffi.ts';
import type { Cmudict } from './dictionary.ts';

const NO_WORD = -536870912; // sphinxbase's log-zero for a word the LM does not know

const cache = new Map<string, string[]>();

export function rankGenericWords(lmPath: string, cmudict: Cmudict): string[] {
  const hit = cache.get(lmPath);
  if (hit) return hit;
  const lib = loadPocketsphinx();
  const lmath = lib.logmathInit(1.0001, 0, 0);
  const config = lib.cmdLnParse(lib.psArgs(), []);
  const lm = lib.ngramRead(config, lmPath, 0, lmath);
  if (!lm) throw new Error(`cannot read the generic language model ${lmPath}`);
  try {
    const scored: [string, number][] = [];
    for (const w of cmudict.keys()) {
      const p = lib.ngramProb(lm, [w], 1);
      if (p > NO_WORD) scored.push([w, p]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const ranked = scored.map(([w]) => w);
    cache.set(lmPath, ranked);
    return ranked;
  } finally {
    lib.ngramFree(lm);
    lib.cmdLnFree(config);
    lib.logmathFree(lmath);
  }
}
