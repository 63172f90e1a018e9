/**
 * "Will that battery go in my old handheld?", "would the heads fit my mum's mop? it's another
 * make", "¿le sirve a mi aspiradora de mano?": a question whether the product fits or works with
 * something, against a clause saying what it fits only ("fits only the Cordless Stick Vacuum",
 * "It fits Mopwell spin mops only"). The thing asked, said in that clause, answers yes; named
 * otherwise, no. Only asked when the other readings found nothing (spec-answer.ts). Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { normalize } from '../words/text.ts';
import { clausesOf, matches, verdictFromQuote } from './text-answer.ts';

/** The question asks whether it fits or works with something. */
const ASKS_FIT: Record<Language, RegExp> = {
  en: /\b(fit|fits|go in|go on|go into|work with|works with|work on|work in|compatible|take|takes)\b/,
  es: /\b(sirve|sirven|vale|valen|va|van|encaja|encajan|entra|entran|compatible|compatibles|funciona|funcionan|queda|quedan)\b/,
};

/** A clause limiting what the product fits ("fits only …", "… spin mops only", "solo para …"). */
const ONLY_FITS =
  /\b(fits?|for|with|compatible|works?|sirve|para|con|compatible)\b.*\b(only|exclusively|solo|solamente|unicamente)\b|\b(only|exclusively|solo|solamente|unicamente) (fits?|for|with|works?|compatible|sirve|para|con)\b/;

/** Words that say whose or how old the thing is, not which thing it is. */
const OWNER_WORDS =
  /^(mum|mom|mother|dad|father|wife|husband|partner|friend|sister|brother|son|daughter|old|older|new|own|other|madre|padre|mama|papa|esposa|esposo|amigo|amiga|hermano|hermana|hijo|hija|viejo|vieja|antiguo|antigua|nuevo|nueva|otro|otra)$/;

export function answerOnlyFits(p: ProductInfo, question: string, lang: Language): string | undefined {
  if (!(ASKS_FIT[lang].test(question) || ASKS_FIT.en.test(question))) return undefined;
  const clause = clausesOf(p).find((c) => ONLY_FITS.test(c.tokens.join(' ')));
  if (!clause) return undefined;
  const nameWords = new Set(normalize(p.name).split(' '));
  const fitWords = new Set(normalize(ASKS_FIT[lang].source.replace(/\\b|[()]/g, ' ')).split(/[\s|]+/));
  const asked = question
    .split(' ')
    .filter(
      (w) =>
        w.length >= 3 &&
        !nameWords.has(w) &&
        !fitWords.has(w) &&
        !STOPWORDS.en.has(w) &&
        !STOPWORDS.es.has(w) &&
        !/^\d/.test(w),
    );
  const things = asked.filter((w) => !OWNER_WORDS.test(w));
  if (things.length === 0) return undefined;
  const said = (w: string) => clause.tokens.some((x) => matches(w, x, lang));
  // "Another make", "a different brand": not the one the clause names.
  const other =
    /\b(different|another|other|otra|otro|distinta|distinto) (make|brand|marca|model|modelo)\b/.test(
      question,
    );
  const fits = !other && things.every(said);
  return verdictFromQuote(lang, fits, p.name, clause.said);
}
