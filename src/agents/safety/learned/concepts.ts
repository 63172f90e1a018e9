/**
 * The hand rules' vocabulary as features of the learned guard: one feature per named concept the
 * folded text meets (EN and ES stems of "someone else", "hurt", "poison", "without them knowing",
 * the injection signals, the blocked topics' terms …) and one per pair met together. The n-grams
 * only know the words the labelled lines used; a concept carries what the model learned from
 * "poison my neighbour" over to "envenenar al vecino" and to synonyms no line used, because the
 * rules' authors listed them. The concepts only describe the text here: the rules still decide
 * their own verdicts (guard.ts), and the model learns how much each concept and pair counts.
 */

import * as advice from '../concept-advice.ts';
import { CONCEALED, HOW_OR_WHICH, HURT, LETHAL, OTHER_PERSON } from '../concept-lexicon.ts';
import { concept } from '../concept-match.ts';
import * as shopAbuse from '../concept-shop-abuse.ts';
import * as harmVocab from '../harm-vocab.ts';
import { INJECTION_SIGNALS } from '../injection-score.ts';
import { ASK_CUE, KNOWN_VOCABULARIES, OPINION_CUE } from '../topic-vocab.ts';

interface Named {
  readonly name: string;
  readonly pattern: RegExp;
}

/** A fresh non-global copy: `search` on a shared global pattern would not be reentrant-safe anyway. */
const plain = (name: string, pattern: RegExp): Named => ({
  name,
  pattern: new RegExp(pattern.source, pattern.flags.replace('g', '')),
});

const regexesOf = (prefix: string, mod: Record<string, unknown>): Named[] =>
  Object.entries(mod)
    .filter((e): e is [string, RegExp] => e[1] instanceof RegExp)
    .map(([name, p]) => plain(`${prefix}${name}`, p));

const stemListsOf = (prefix: string, mod: Record<string, unknown>): Named[] =>
  Object.entries(mod)
    .filter(
      (e): e is [string, readonly string[]] =>
        Array.isArray(e[1]) && e[1].length > 0 && e[1].every((s) => typeof s === 'string'),
    )
    .map(([name, stems]) => plain(`${prefix}${name}`, concept(...stems)));

/** Every concept, named for its hashed feature: renaming one changes the model's buckets (rebuild). */
export const CONCEPTS: readonly Named[] = [
  ...Object.entries({ OTHER_PERSON, HURT, LETHAL, CONCEALED, HOW_OR_WHICH }).map(([n, p]) =>
    plain(`lex:${n}`, p),
  ),
  ...regexesOf('adv:', advice),
  ...regexesOf('shop:', shopAbuse),
  ...stemListsOf('harm:', harmVocab),
  ...INJECTION_SIGNALS.map((s) => plain(`inj:${s.name}`, s.pattern)),
  ...Object.entries(KNOWN_VOCABULARIES).flatMap(([topic, v]) => [
    plain(`topic:${topic}:strong`, v.strong),
    plain(`topic:${topic}:weak`, v.weak),
  ]),
  plain('cue:opinion', OPINION_CUE),
  plain('cue:ask', ASK_CUE),
];

/** At most this many concepts pair up (a long pasted text would otherwise square its count). */
const MAX_PAIRED = 12;

/** Feature names of the concepts the folded text meets, and of each pair of them. */
export function conceptFeatures(folded: string): string[] {
  const hits = CONCEPTS.filter((c) => c.pattern.test(folded)).map((c) => c.name);
  const out = hits.map((h) => `k:${h}`);
  const paired = hits.slice(0, MAX_PAIRED);
  for (let i = 0; i < paired.length; i++)
    for (let j = i + 1; j < paired.length; j++) out.push(`kk:${paired[i]}|${paired[j]}`);
  return out;
}
