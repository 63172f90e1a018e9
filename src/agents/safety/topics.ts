/**
 * Topics a profile blocks, matched robustly in EN and ES. A profile names topics in its own words
 * ("politics", "Religión", "medical advice"); a name that is a known topic (or one of its aliases)
 * brings a built-in vocabulary of both languages, so "who should I vote for" is politics without
 * the word "politics". Any other name matches its own words, accent- and plural-insensitive.
 */

import { conceptTopicRules } from './concept-topics.ts';
import { fold } from './normalize.ts';
import { type PatternRule, rule } from './rules.ts';
import { isPlainProductRequest } from './shop-senses.ts';
import { TOPIC_STRUCTURES } from './topic-structure.ts';
import { ASK_CUE, KNOWN_VOCABULARIES, OPINION_CUE, type TopicVocabulary } from './topic-vocab.ts';
import { ADVICE_VOCABULARIES } from './topic-vocab-advice.ts';

const KNOWN: Record<string, TopicVocabulary> = { ...KNOWN_VOCABULARIES, ...ADVICE_VOCABULARIES };

/** Strong term, or distinct weak terms plus an asking cue reaching the topic's need. */
function vocabularyTest(v: TopicVocabulary, structure?: RegExp): (folded: string) => boolean {
  return (folded) => {
    if (v.strong.test(folded) || structure?.test(folded)) return true;
    const weak = new Set([...folded.matchAll(v.weak)].map((m) => m[0]));
    if (weak.size === 0) return false;
    const ask = v.opinion && OPINION_CUE.test(folded) ? 2 : ASK_CUE.test(folded) ? 1 : 0;
    return weak.size + ask >= v.need;
  };
}

/** Folded, singular-ish words of a free-form topic name. */
function ownWords(topic: string): string[] {
  return fold(topic)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w));
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'about',
  'with',
  'los',
  'las',
  'del',
  'por',
  'para',
  'sobre',
  'con',
]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A request for a book, biography or documentary about a subject asks no advice or opinion of the
 * assistant: "a book about the history of the death penalty" is shopping.
 */
const MEDIA_REQUEST =
  /^(?:(?:i'?m looking for|i want|i need|do you have|have you got|busco|quiero|necesito|teneis|tienes)\s+)?(?:a|an|some|any|un|una|unos|unas)\s+(?:\w+\s+){0,2}(?:books?|novels?|biograph\w*|documentar\w*|dvds?|libros?|novelas?|biografias?|documentales?)\b/;

const clearMedia = (r: PatternRule): PatternRule => ({
  ...r,
  test: (folded) =>
    !MEDIA_REQUEST.test(folded) &&
    !isPlainProductRequest(folded) &&
    (r.test ? r.test(folded) : r.pattern.test(folded)),
});

/** The rules for the topics a profile blocks (known topics by vocabulary, others by their own words). */
export function topicRules(topics: readonly string[]): PatternRule[] {
  return blockedTopicRules(topics).map(clearMedia);
}

function blockedTopicRules(topics: readonly string[]): PatternRule[] {
  const rules: PatternRule[] = [];
  for (const topic of topics) {
    const key = fold(topic).trim().replace(/\s+/g, ' ');
    const known = Object.entries(KNOWN).find(([, t]) => t.aliases.includes(key));
    const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'topic';
    if (known) {
      if (!rules.some((r) => r.id === `topic:${known[0].replace(/ /g, '-')}`))
        rules.push({
          ...rule('topic', known[0].replace(/ /g, '-'), known[1].strong),
          test: vocabularyTest(known[1], TOPIC_STRUCTURES[known[0]]),
        });
      rules.push(...conceptTopicRules(known[0]));
      continue;
    }
    rules.push(...conceptTopicRules(key));
    const words = ownWords(topic);
    if (words.length === 0) continue;
    // Every word of the name, each allowing a plural or gender ending (crypto → cryptos, cripto → criptos).
    const parts = words.map((w) => `\\b${escapeRegExp(w.replace(/(?:es|s)$/, ''))}(?:s|es|a|as|o|os)?\\b`);
    rules.push(rule('topic', slug, new RegExp(parts.map((p) => `(?=.*${p})`).join(''))));
  }
  return rules;
}

export const KNOWN_TOPICS = Object.keys(KNOWN);

/** Whether a profile's topic name is one of the known topics (or an alias of one). */
export function isKnownTopic(topic: string): boolean {
  const key = fold(topic).trim().replace(/\s+/g, ' ');
  return Object.values(KNOWN).some((t) => t.aliases.includes(key));
}
