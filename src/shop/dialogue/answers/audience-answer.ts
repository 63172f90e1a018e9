/**
 * "Is the electric one for beginners?", "is it good for a novice?", "is that for advanced
 * players?": who a product is for, answered from the clause of its own text that names a level
 * ("For experienced fencers", "Good for beginners moving to …", "Not for beginners who …"). A text
 * that names the other level answers no; a text naming none leaves the question to the other
 * readings (spec-answer.ts). The same reading picks, among several products, the one for the level
 * asked ("which one is for beginners?"). Pure; normalised text.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { t } from '../words/spoken.ts';
import { clausesOf, verdictFromQuote } from './text-answer.ts';

export type Level = 'beginner' | 'advanced';

/** Words of each level as owners write them in a product's text (normalised English). */
const LEVEL_WORDS: Record<Level, RegExp> = {
  beginner: /\b(beginners?|novices?|first timers?|newcomers?|learners?|entry level)\b/,
  advanced: /\b(advanced|experienced|experts?|professionals?|seasoned|competitive|elite)\b/,
};

/** A level the question asks a product to be for, said right after "for" ("for someone new to it"). */
const FOR = '(for|suited to|suitable for|good for|ok for|okay for|aimed at|meant for|made for|designed for)';
const FILLER =
  '((a|an|the|someone|somebody|people|those|me|my|complete|total|absolute|real|who is|who s|that is|that s|just)\\s+){0,3}';
const ASKED: Record<Level, RegExp> = {
  beginner: new RegExp(
    `\\b${FOR}\\s+${FILLER}(beginners?|novices?|newbies?|first timers?|newcomers?|learners?|starting out|new to)\\b|\\bbeginner friendly\\b`,
  ),
  advanced: new RegExp(
    `\\b${FOR}\\s+${FILLER}(advanced|experienced|experts?|pros|professionals?|seasoned)\\b`,
  ),
};

/** The level a question asks about (English only: the owners' text is English). */
export function levelAsked(question: string, lang: Language): Level | undefined {
  if (lang !== 'en') return undefined;
  if (ASKED.beginner.test(question)) return 'beginner';
  if (ASKED.advanced.test(question)) return 'advanced';
  return undefined;
}

interface Stated {
  level: Level;
  negated: boolean;
  said: string;
}

/** The level the product's text says it is for (the first clause naming one), if any. */
export function levelStated(p: ProductInfo): Stated | undefined {
  for (const c of clausesOf(p)) {
    const text = c.tokens.join(' ');
    for (const level of ['beginner', 'advanced'] as const) {
      const m = LEVEL_WORDS[level].exec(text);
      if (!m) continue;
      // "Not for beginners who drop weights", "not suitable for novices".
      const before = text.slice(0, m.index).split(' ').filter(Boolean).slice(-3);
      const negated = before.some((w) => /^(not|no|never|isn|nor)$/.test(w));
      return { level, negated, said: c.said };
    }
  }
  return undefined;
}

/** Whether the product is for the level: true / false from its text, undefined when it names none. */
export function isForLevel(p: ProductInfo, level: Level): { yes: boolean; said: string } | undefined {
  const stated = levelStated(p);
  if (!stated) return undefined;
  const same = stated.level === level;
  return { yes: same !== stated.negated, said: stated.said };
}

export function answerAudience(p: ProductInfo, question: string, lang: Language): string | undefined {
  const level = levelAsked(question, lang);
  if (!level) return undefined;
  const r = isForLevel(p, level);
  // A text naming no level does not say yes because the question's other words appear in it.
  if (!r)
    return t(
      lang,
      `I don't know: the description of ${p.name} doesn't say who it is for.`,
      `No lo sé: la descripción de ${p.name} no dice para quién es.`,
    );
  return verdictFromQuote(lang, r.yes, p.name, r.said);
}

/** Among several products, the ones whose text says they are for the level ("which is for beginners?"). */
export function forLevelAmong(products: ProductInfo[], level: Level): { p: ProductInfo; said: string }[] {
  return products.flatMap((p) => {
    const r = isForLevel(p, level);
    return r?.yes ? [{ p, said: r.said }] : [];
  });
}
