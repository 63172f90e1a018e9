/**
 * Concept co-occurrence: the matching engine behind the concept rules (the concept-*.ts rule
 * files: harm, crime, fraud, people, schemes, abuse, injection, topics, advice). A concept is a family of
 * word stems (EN and ES, folded: lower case, no accents) that mean one thing for the guard — "a
 * person other than the speaker", "without them knowing", "an explosive". A rule holds when every
 * one of its concepts occurs within a few words of the others, in any order, with any words
 * between: that is what lets a rule read wordings its author never wrote, where a phrase pattern
 * reads only the orders it lists.
 */
import type { PatternRule, RuleKind } from './rules.ts';

/** Stems as one word-bounded pattern: `kill\\w*`, `blow up`, `sin que`. */
export function concept(...stems: string[]): RegExp {
  return new RegExp(`\\b(?:${stems.join('|')})\\b`, 'g');
}

export interface ConceptRule {
  readonly name: string;
  readonly kind: RuleKind;
  /** Every concept must occur, all of them inside one stretch of `span` words. */
  readonly all: readonly RegExp[];
  /** Words between the first and the last concept, at most (default 14: one request). */
  readonly span?: number;
  /** Shop senses and other readings that clear the text. */
  readonly unless?: RegExp;
}

const DEFAULT_SPAN = 14;

/** Word index of every occurrence of the concept. */
function wordIndices(folded: string, starts: readonly number[], pattern: RegExp): number[] {
  const out: number[] = [];
  pattern.lastIndex = 0;
  for (const m of folded.matchAll(pattern)) {
    let lo = 0;
    let hi = starts.length;
    // The last word starting at or before the match.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= m.index) lo = mid + 1;
      else hi = mid;
    }
    out.push(Math.max(0, lo - 1));
  }
  return out;
}

/** True when one occurrence of each concept falls inside a window of `span` words. */
export function cooccur(folded: string, concepts: readonly RegExp[], span = DEFAULT_SPAN): boolean {
  const starts = [...folded.matchAll(/\S+/g)].map((m) => m.index);
  const lists = concepts.map((c) => wordIndices(folded, starts, c));
  if (lists.some((l) => l.length === 0)) return false;
  // The best window starts at some occurrence: try each one as the window's first word.
  return lists.some((l) =>
    l.some((from) => lists.every((other) => other.some((i) => i >= from && i <= from + span))),
  );
}

export function conceptRule(r: ConceptRule): PatternRule {
  return {
    id: `${r.kind}:concept-${r.name}`,
    kind: r.kind,
    pattern: r.all[0]!,
    test: (folded) => !(r.unless?.test(folded) ?? false) && cooccur(folded, r.all, r.span),
  };
}
