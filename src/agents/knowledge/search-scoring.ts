/**
 * How well one candidate passage answers a question: whether it answers at all (enough of the
 * question's rarity-weighted words, what an offer question names, something beyond the shop's
 * everyday words) and, if so, its relevance (the share it says, its headings' share, the kind of
 * fact asked, its best sentence). Pure over the readers it is given; search.ts gathers the
 * candidates and orders the answers.
 */
import type { Meanings } from './meanings.ts';
import type { DocumentKind, Passage } from './model.ts';
import { holdsAnswer, type QuestionKind } from './question-kind.ts';
import type { Row } from './search-candidates.ts';
import { bestSentence, spread } from './sentence-fit.ts';
import { type Concept, conceptsIn, strength, words } from './terms.ts';
import type { WordNeighbours } from './word-vectors/neighbours.ts';

/**
 * Share of the question's rarity-weighted words a passage must say to answer it. A shopper's own
 * paraphrase is a word no passage says, so it weighs most: at 0.3 the passage that answered was
 * dropped for most paraphrased questions (knowledge4: 79 of 130 answerable found nothing right);
 * 0.2 kept them and still refused the questions nothing answers (measured on the spent sets).
 */
const MIN_INFORMED = 0.2;
/**
 * Rarity (log inverse passage frequency) is flattened by this power: at 1 a word no passage says
 * outweighed all the others so much that a passage sharing one rare incidental word ("smaller")
 * beat the one saying the rest ("toilet", "van"). Spent sets + knowledge-dev3, full text, hit@1
 * summed 482 / 485 / 488 / 483 at 1 / 0.7 / 0.6 / 0.5; 1.5 and 2 lost 16 and 45.
 */
const RARITY_POWER = 0.6;
/**
 * A word said by at least this share of a knowledge base's passages is one of the shop's everyday
 * words ("van" at a campervan rental): saying it alone answers nothing. 0.2 refused 2 more
 * unanswerable questions than none and answered 1 fewer ("prep fee": the passage says
 * "preparation"); 0.3 refused 1 more.
 */
export const EVERYDAY_SHARE = 0.2;
/** …and by at least this many of them. */
const EVERYDAY_MIN_PASSAGES = 5;
/**
 * A question word no passage of the shop says weighs most — right for the shopper's own topic
 * ("yoga", "veterans": nothing answers it), wrong for the filler of a spoken paraphrase ("already",
 * "come", "till": "we already built it, can we give it back" missed the passage saying "assembled
 * … cannot be returned"). Such a word weighs by how common it is in general English: fully from
 * this frequency rank on, less the more common it is (log scale)…
 */
const GENERAL_PIVOT_RANK = 10_000;
/** …and never less than this share. */
const MIN_GENERAL_PRIOR = 0.3;

/**
 * The share of its weight an unseen question word keeps, by its general-English frequency rank
 * (undefined: a word the table does not know — a name, a typo, most Spanish — keeps all of it).
 */
export function generalPrior(rank: number | undefined, word = ''): number {
  // A figure no passage says is the shopper's own ("my 8 year old", "a 9 by 11 foot room"), as
  // a figure said in words is (terms.ts leaves those out): it weighs as the most common words do.
  if (/^\d/.test(word)) return MIN_GENERAL_PRIOR;
  if (rank === undefined) return 1;
  return Math.min(1, Math.max(MIN_GENERAL_PRIOR, Math.log(rank + 2) / Math.log(GENERAL_PIVOT_RANK)));
}
/**
 * How strongly the best passage must say one of the question's telling words for the search to
 * answer: its own word (1) and its lexicon group (0.6) do; a WordNet meaning or a word-vector
 * neighbour from a closeness of 0.5 (0.6 × 0.5). "How much is a piano bench cushion" was answered
 * by a humidity passage saying "bench" and "cushion" not even loosely. Stricter refuses more
 * unanswerable questions on the set it was calibrated on, but lost answers elsewhere: 0.4 / 0.5
 * refused 4 / 5 more on knowledge-dev4 + dev5 and lost 3 / 4 right answers on the other spent
 * sets (a loose meaning is sometimes the shopper's paraphrase: "replacement" for "substitute").
 */
const FIRM_MEANING = 0.3;
/** Ranking: what a passage's headings say of the question counts again, this much. */
const HEADING_WEIGHT = 0.25;
/** Ranking: a passage holding the kind of fact asked (a price for "how much") gains this much. */
const ANSWER_KIND_WEIGHT = 0.15;
/** Ranking: the share of the question its best single sentence says counts again, this much. */
const SENTENCE_WEIGHT = 0.5;
/** Ranking: the best sentence holding the kind of fact asked gains this much more. */
const SENTENCE_KIND_WEIGHT = 0.15;
/** Share of what the shopper asks the shop to offer ("do you sell …") a passage must name. */
const MIN_OFFERED_SHARE = 0.6;
/**
 * Share of the thing whose price is asked a passage must name, its head word always: the
 * shopper's "individual lesson" is the shop's "private lesson".
 */
const MIN_PRICED_SHARE = 0.5;
/** A passage saying a question word's meaning in another word says it this much (at best). */
const MEANING_WEIGHT = 0.6;
/** Below this closeness a shared meaning is too remote to count (a rare sense, a far link). */
const MIN_MEANING = 0.7;
/**
 * A passage saying a question word in a word whose GloVe vector is this close (cosine) says it:
 * 0.5 let in loose associations, 0.7 almost no paraphrase (spent sets, full text, hit@1 summed
 * 233 → 253 / 250 / 246 / 236 at 0.5 / 0.55 / 0.6 / 0.7, correct answers best at 0.55).
 */
const MIN_NEIGHBOUR = 0.55;
/** …and says it this much of its closeness, as a WordNet meaning does. */
const NEIGHBOUR_WEIGHT = MEANING_WEIGHT;

export type Ranked = Passage & { relevance: number };

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** How well a text says a concept: in its own words (terms.ts), or else in words meaning it. */
export function saysWith(
  meanings: Meanings | undefined,
  near: WordNeighbours | undefined,
): (c: Concept, text: string) => number {
  return (c, text) => {
    const own = strength(c, text);
    if (own > 0) return own;
    const meaning = meanings?.related(c.word, text) ?? 0;
    const neighbour = near?.related(c.word, text) ?? 0;
    return Math.max(
      meaning >= MIN_MEANING ? MEANING_WEIGHT * meaning : 0,
      neighbour >= MIN_NEIGHBOUR ? NEIGHBOUR_WEIGHT * neighbour : 0,
    );
  };
}

/**
 * How telling each concept of the question is in this knowledge base of `total` passages:
 * log(N / passages saying it), flattened by RARITY_POWER, counted over the candidates (every
 * passage saying any of them, in a shop's knowledge base of a few hundred passages), a word none
 * says by how rare it is in general English too (`rankOf`); and the share of the passages saying it
 * (`common`).
 */
export function rarity(
  total: number,
  asked: readonly Concept[],
  rows: readonly Row[],
  rankOf?: (word: string) => number | undefined,
): { weight: (c: Concept) => number; common: (c: Concept) => number } {
  const n = Math.max(total, rows.length, 1);
  const df = new Map<Concept, number>();
  // In its own words only: a word no passage says stays the rarest even when some passage
  // says something it can mean ("wheel" and "bike" share a sense; "wheel" still tells).
  for (const r of rows)
    for (const c of conceptsIn(asked, [r.title, r.heading_path, r.text].join(' '), true))
      df.set(c, (df.get(c) ?? 0) + 1);
  return {
    weight: (c) =>
      Math.log(1 + n / (1 + (df.get(c) ?? 0))) ** RARITY_POWER *
      (df.has(c) ? 1 : generalPrior(rankOf?.(c.word), c.word)),
    // A tiny knowledge base has no everyday words: in two passages every word said is in half.
    common: (c) => ((df.get(c) ?? 0) < EVERYDAY_MIN_PASSAGES ? 0 : (df.get(c) ?? 0) / n),
  };
}

/** The question as every passage is scored against it. */
export interface QuestionReading {
  asked: readonly Concept[];
  kind: QuestionKind;
  /** What the shopper asks whether the shop offers ("a student discount"). */
  offered: readonly Concept[];
  /** Whom a discount is asked for, what the shopper would pay with (question-qualifier.ts). */
  qualified: readonly Concept[];
  /** The thing whose price is asked ("the junior goggles"), and its head word ("goggles"). */
  priced: readonly Concept[];
  pricedHead?: string;
  /** The stem of renting or hiring, when that is what is asked. */
  renting: string | undefined;
  /** The question's words the shop does not say everywhere. */
  telling: readonly Concept[];
  weight: (c: Concept) => number;
  /** How well a text says a concept, meanings and word vectors included. */
  says: (c: Concept, text: string) => number;
  /** …without the word vectors. */
  plainSays: (c: Concept, text: string) => number;
  minCoverage: number;
  minSimilarity: number;
}

export interface Candidate {
  row: Row;
  /** Reciprocal-rank fusion of the engines that found it. */
  fused: number;
  similarity: number;
  /** The passage's English reading (a Spanish passage met by a Spanish question's English). */
  reading: string | undefined;
}

/**
 * The passage as an answer with its relevance, and whether it says something telling firmly
 * (FIRM_MEANING); undefined when it does not answer the question at all.
 */
export function scorePassage(
  q: QuestionReading,
  { row, fused, similarity, reading }: Candidate,
): { passage: Ranked; telling: boolean } | undefined {
  const { asked, says, weight } = q;
  const headings = JSON.parse(row.heading_path) as string[];
  const whole = [row.title, ...headings, row.text, reading ?? ''].join(' ');
  // The share of the question's weight said at all (a meaning or a near word counts whole): weighed
  // as `informed` is, so the filler of a spoken paraphrase ("can my 8 year old come in with me")
  // does not shut out the passage that says what is asked, as counting every word equally did.
  const total = sum(asked.map(weight)) || 1;
  const cov = sum(asked.filter((c) => says(c, whole) > 0).map(weight)) / total;
  // Weighted by rarity: "out of stock" outweighs "order", and a word no passage of the shop
  // says ("gift cards", "alquilar") weighs most, so a passage sharing only common words with
  // the question does not answer it.
  const share = (text: string) =>
    sum(asked.map((c) => weight(c) * says(c, text))) / (sum(asked.map(weight)) || 1);
  // A plain-text page is one passage of unrelated paragraphs: half of its share is what its
  // best paragraph says, or words spread over them outranked the section that answers.
  const informed = spread(
    row.text,
    (p) => share([row.title, ...headings, p, reading ?? ''].join(' ')),
    share(whole),
  );
  // "Do you sell water beds": a passage saying "we sell spare covers … waterproof" does not
  // answer; one must name most of what is asked for (a meaning counts as far as it is close).
  // Word vectors are left out here: they bring things found together ("guitar" and
  // "amplifiers"), and a shop selling one does not sell the other.
  const named = (c: Concept) => q.plainSays(c, whole);
  if (q.offered.length > 0 && sum(q.offered.map(named)) / q.offered.length < MIN_OFFERED_SHARE)
    return undefined;
  // "A discount for veterans": the sibling discount's page shares every other word and does not
  // answer; the passage must name whom (or what payment) it is asked for, as an offer is named.
  // Every word of it, in its own words, its lexicon group or a close WordNet meaning: a word
  // vector's neighbour (and a loose meaning) let "veterans" be said by a page on families, and
  // "military families" answered by the sibling discount's "family" alone.
  if (q.qualified.some((c) => named(c) < MIN_OFFERED_SHARE)) return undefined;
  // "How much do the junior goggles cost": the page on which goggles fit names them and holds no
  // price, a life jacket's page holds one and names other things; neither answers.
  if (
    q.priced.length > 0 &&
    (sum(q.priced.map(named)) / q.priced.length < MIN_PRICED_SHARE ||
      q.priced.some((c) => c.word === q.pricedHead && named(c) < MIN_OFFERED_SHARE) ||
      !holdsAnswer('price', [row.text, reading ?? ''].join(' ')))
  )
    return undefined;
  if (q.renting && !words(whole).some((w) => w.startsWith(q.renting!))) return undefined;
  if ((cov < q.minCoverage || informed < MIN_INFORMED) && similarity < q.minSimilarity) return undefined;
  // Something the question asks beyond the shop's everyday words is said here (or the
  // passage is close in meaning): without one such passage anywhere, nothing answers.
  // The refusal rule (search.ts): the best passage must say one of them firmly — in its own
  // words, its lexicon group, or a meaning at least FIRM_MEANING strong —, or nothing answers.
  const telling =
    similarity >= q.minSimilarity ||
    !q.telling.length ||
    q.telling.some((c) => says(c, whole) >= FIRM_MEANING);
  // One sentence saying the question (with the fact asked) beats words spread over several.
  const fits = [row.text, ...(reading ? [reading] : [])].map((text) =>
    bestSentence(asked, q.kind, headings, text, { says, weight }),
  );
  const fit = fits.reduce((a, b) => (b.share > a.share ? b : a));
  // The passage's own words (not its translation's), for the answer to quote.
  const own = fits[0]!;
  const relevance =
    informed +
    HEADING_WEIGHT * share(headings.join(' ')) +
    (holdsAnswer(q.kind, row.text) ? ANSWER_KIND_WEIGHT : 0) +
    SENTENCE_WEIGHT * fit.share +
    (fit.holds ? SENTENCE_KIND_WEIGHT : 0);
  return {
    telling,
    passage: {
      relevance,
      chunkId: row.id,
      documentId: row.document_id,
      title: row.title,
      source: row.source,
      kind: row.kind as DocumentKind,
      headings,
      text: row.text,
      language: row.language === 'es' ? 'es' : 'en',
      score: fused,
      // Reported without the word vectors: the dialogue answers from the documents instead of
      // searching the catalog on this share, and vectors would lend it things found together.
      coverage: asked.length === 0 ? 0 : asked.filter((c) => q.plainSays(c, whole) > 0).length / asked.length,
      ...(own.share > 0 && own.sentence
        ? { sentence: own.sentence, sentenceShare: Math.round(own.share * 100) / 100 }
        : {}),
    },
  };
}
