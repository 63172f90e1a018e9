/**
 * Promo codes said without the word "code": after an apply verb ("use GLOW10", "prueba con FLU5"),
 * alone among fillers ("ok then SAVE5"), or, when nothing else in the utterance was understood,
 * any one token shaped like a code (letters and digits: "meh. SHINE25 then"). The shop's promo
 * table decides whether the code exists; the engine only has to hear it as a code.
 */
import type { Language } from '../../contract.ts';
import { STOPWORDS } from '../words/lexicon.ts';

const CODE_FILLER =
  /^(ok|okay|then|so|and|alright|fine|well|right|now|instead|please|too|entonces|pues|vale|y|mejor|ahora|porfa)$/;
const CODE_VERB: Record<Language, RegExp> = {
  en: /^(apply|use|redeem|try|enter)$/,
  es: /^(aplica|aplicame|aplicar|usa|usar|utiliza|prueba|pon|canjea)$/,
};

/**
 * A promo code said alone: "apply summerglow", "ok then use GLOW10", "then SAVE5". A word after
 * apply/use that no catalog slot took, or a letters-and-digits token with nothing else said.
 */
export function bareCode(tokens: string[], taken: Set<number>, lang: Language): string | undefined {
  let a = 0;
  let b = tokens.length;
  while (a < b && CODE_FILLER.test(tokens[a]!)) a++;
  while (b > a && CODE_FILLER.test(tokens[b - 1]!)) b--;
  const rest = tokens.slice(a, b);
  const at = b - 1;
  const last = rest.at(-1) ?? '';
  const codeLike = /^[a-z]+\d+[a-z\d]*$/.test(last);
  const verb = rest.length >= 2 && CODE_VERB[lang].test(rest[0]!);
  const between = rest
    .slice(1, -1)
    .every((w) => /^(the|code|promo|el|codigo|cupon|coupon|con|with)$/.test(w));
  if (
    verb &&
    between &&
    (codeLike || (/^[a-z]{4,}$/.test(last) && !taken.has(at) && !STOPWORDS[lang].has(last)))
  )
    return last.toUpperCase();
  if (rest.length === 1 && codeLike && !taken.has(at)) return last.toUpperCase();
  return undefined;
}

/** Letters then digits ("SHINE25", "CARE15") or digits then letters ("10OFF"), not a measure ("22mm"). */
const CODE_SHAPE = /^([a-z]{3,}\d+[a-z\d]*|\d+[a-z]{3,}\d*)$/;
const MEASURE = /^\d+(\.\d+)?(mm|cm|in|ft|ml|oz|lb|lbs|kg|mah|ah|pack|pcs|piece|day|gb|tb|mp|w|v)$/;

/**
 * One token shaped like a code, no catalog slot took it, in a short utterance: used only when the
 * utterance was otherwise not understood, so product model names ("X500") keep their meaning.
 */
export function codeByShape(tokens: string[], taken: Set<number>): string | undefined {
  if (tokens.length > 6) return undefined;
  const hits = tokens.filter((t, i) => !taken.has(i) && CODE_SHAPE.test(t) && !MEASURE.test(t));
  return hits.length === 1 ? hits[0]!.toUpperCase() : undefined;
}

/** Talk around a code mentioned in passing: whether it works, trying it, who passed it on. */
const CODE_TALK: Record<Language, RegExp> = {
  en: /\b(try|use|apply|work|works|valid|still good|gave me|sent me|posted|shared|told me|got|have a code|found)\b/,
  es: /\b(prueba|probar|usa|usar|aplica|aplicar|funciona|sirve|vale|valido|me (paso|pasaron|dio|dieron|mando|mandaron)|pusieron|puso|publicaron|tengo)\b/,
};

/**
 * A code mentioned in passing ("my club posted SPRING25, try that one", "un amigo me pasó
 * FALL10, ¿funciona?"): one token shaped like a code that no slot took, written in capitals as
 * codes are, or said beside talk of codes working or being passed on. Longer utterances than
 * codeByShape allows, since the code is said inside a sentence.
 */
export function codeInPassing(
  spoken: string,
  tokens: string[],
  taken: Set<number>,
  lang: Language,
): string | undefined {
  const capitals = new Set(
    [...spoken.matchAll(/\b([A-Z]{3,}\d+[A-Z\d]*|\d+[A-Z]{3,}\d*)\b/g)].map((m) => m[1]!.toLowerCase()),
  );
  const talk = CODE_TALK[lang].test(tokens.join(' '));
  const hits = tokens.filter(
    (t, i) => !taken.has(i) && CODE_SHAPE.test(t) && !MEASURE.test(t) && (capitals.has(t) || talk),
  );
  return hits.length === 1 ? hits[0]!.toUpperCase() : undefined;
}
