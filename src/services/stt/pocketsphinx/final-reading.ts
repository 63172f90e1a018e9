/**
 * Shaping an ended utterance into the final result: the transcript (in dual mode, the catalog or
 * the mixed decoder's, as combine.ts rules), its confidence from lattice word posteriors, whether
 * it stayed in the catalog's vocabulary, and the N-best alternatives.
 */
import { readFileSync } from 'node:fs';
import type { SttAlternative } from '../types.ts';
import { chooseTranscript } from './combine.ts';
import type { Decoder } from './decoders.ts';
import type { PocketsphinxLib, Ptr } from './ffi.ts';
import { cleanReading, rankAlternatives, type ScoredReading } from './nbest.ts';
import type { DecoderSpec } from './protocol.ts';

/** What a final reports about the utterance's words (timings are the caller's). */
export interface FinalReading {
  text: string;
  score: number;
  confidence?: number;
  inDomain?: boolean;
  alternatives?: SttAlternative[];
  warp: number;
  adapted: boolean;
}

/** Catalog dictionaries by path: read once per worker, every final of a spec consults it. */
const domains = new Map<string, Set<string>>();

function domainWords(path: string): Set<string> {
  let words = domains.get(path);
  if (!words) {
    words = new Set();
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const sp = line.indexOf(' ');
      if (sp > 0) words.add(line.slice(0, sp).replace(/\(\d+\)$/, ''));
    }
    domains.set(path, words);
  }
  return words;
}

/** Sentence markers, silence and fillers ([NOISE], <sil>) carry no words. */
const isWord = (w: string) => !/^[<[]/.test(w);

/**
 * Word posteriors from the lattice: the lowest one is the utterance's confidence (one doubtful
 * word is enough to doubt a command). `inDomain` says whether every word is a catalog-LM word.
 */
function assess(
  lib: PocketsphinxLib,
  ps: Ptr,
  spec: DecoderSpec,
): { confidence?: number; inDomain?: boolean; genericWords: number } {
  lib.psGetProb(ps);
  const lmath = lib.psGetLogmath(ps);
  const domain = spec.domainDictPath ? domainWords(spec.domainDictPath) : undefined;
  let confidence: number | undefined;
  let genericWords = 0;
  const none = [0];
  for (let seg = lib.psSegIter(ps); seg; seg = lib.psSegNext(seg)) {
    const word = (lib.psSegWord(seg) ?? '').replace(/\(\d+\)$/, '');
    if (!isWord(word)) continue;
    const p = lib.logmathExp(lmath, lib.psSegProb(seg, none, none, none));
    confidence = Math.min(confidence ?? 1, Math.max(0, Math.min(1, p)));
    if (domain && !domain.has(word)) genericWords++;
  }
  return {
    ...(confidence === undefined ? {} : { confidence }),
    ...(domain ? { inDomain: genericWords === 0 } : {}),
    genericWords,
  };
}

/** Up to `max` distinct readings from the lattice's N-best list (A* over the lattice). */
function nbestReadings(lib: PocketsphinxLib, ps: Ptr, max: number): ScoredReading[] {
  const out: ScoredReading[] = [];
  const seen = new Set<string>();
  let it = lib.psNbest(ps);
  // Entries often differ only in silences or pronunciation variants: look a little further.
  for (let steps = 0; it && steps < max * 4 && seen.size <= max; steps++) {
    it = lib.psNbestNext(it); // NULL after the last one; the library has freed the iterator then
    if (!it) break;
    const score = [0];
    const text = lib.psNbestHyp(it, score);
    if (!text) continue;
    seen.add(cleanReading(text));
    out.push({ text, score: score[0] ?? 0 });
  }
  if (it) lib.psNbestFree(it);
  return out;
}

function inDomainFn(spec: DecoderSpec): ((text: string) => boolean) | undefined {
  if (!spec.domainDictPath) return undefined;
  const words = domainWords(spec.domainDictPath);
  return (text) => text.split(' ').every((w) => words.has(w));
}

/** N-best alternatives of the decoder that produced `text` (none when the spec asks for none). */
function alternativesOf(
  lib: PocketsphinxLib,
  d: Decoder,
  text: string,
  score: number,
  max: number,
): SttAlternative[] {
  if (!text || max <= 0) return [];
  return rankAlternatives(
    { text: cleanReading(text), score },
    nbestReadings(lib, d.ps, max),
    max,
    inDomainFn(d.spec),
  );
}

/**
 * The final result of an ended utterance read from `d`, the reporting decoder (and its shadow's
 * reporting decoder in dual mode): the warp choice is the caller's.
 */
export function readFinal(lib: PocketsphinxLib, d: Decoder): FinalReading {
  const out = [0];
  const text = lib.psGetHyp(d.ps, out) ?? '';
  const { genericWords, ...quality } = text ? assess(lib, d.ps, d.spec) : { genericWords: 0 };
  const max = d.spec.nbest ?? 0;
  const withAlternatives = <T extends object>(r: T, alternatives: SttAlternative[]) =>
    alternatives.length > 0 ? { ...r, alternatives } : r;
  if (!d.shadow) {
    return withAlternatives(
      { text, score: out[0] ?? 0, ...quality, warp: d.warp, adapted: d.adapted },
      alternativesOf(lib, d, text, out[0] ?? 0, max),
    );
  }
  const shadowOut = [0];
  const catalog = lib.psGetHyp(d.shadow.ps, shadowOut) ?? '';
  const pick = chooseTranscript(
    {
      catalog,
      mixed: cleanReading(text),
      mixedGenericWords: genericWords,
    },
    d.spec.dualRule,
  );
  // The other decoder's reading goes last among the alternatives: a different kind of evidence.
  const other = (t: string, source: SttAlternative['source'], inDomain?: boolean): SttAlternative[] =>
    t && t !== (pick === 'mixed' ? text : catalog)
      ? [{ text: t, source, ...(inDomain === undefined ? {} : { inDomain }) }]
      : [];
  if (pick === 'mixed') {
    const alts = [
      ...alternativesOf(lib, d, text, out[0] ?? 0, max),
      ...other(catalog, 'catalog-decoder', true),
    ];
    return withAlternatives(
      { text, score: out[0] ?? 0, ...quality, warp: d.warp, adapted: d.adapted },
      alts.filter((a, i) => alts.findIndex((b) => b.text === a.text) === i),
    );
  }
  // The catalog decoder's words, its confidence, the mixed decoder's verdict on the domain.
  const { genericWords: _, ...shadowQuality } = catalog
    ? assess(lib, d.shadow.ps, d.shadow.spec)
    : { genericWords: 0 };
  const mixedDomain = inDomainFn(d.spec);
  const alts = [
    ...alternativesOf(lib, d.shadow, catalog, shadowOut[0] ?? 0, max),
    ...other(cleanReading(text), 'mixed-decoder', mixedDomain?.(cleanReading(text))),
  ];
  return withAlternatives(
    {
      text: catalog,
      score: shadowOut[0] ?? 0,
      warp: d.shadow.warp,
      adapted: d.shadow.adapted,
      ...(shadowQuality.confidence === undefined ? {} : { confidence: shadowQuality.confidence }),
      ...(quality.inDomain === undefined ? {} : { inDomain: quality.inDomain }),
    },
    alts.filter((a, i) => alts.findIndex((b) => b.text === a.text) === i),
  );
}
