/**
 * Spec questions read by their form: a measure ("how heavy is it"), a figure next to a word ("how
 * much caffeine", "which watch has the longest power reserve"), or feature words after the verb
 * ("is it waterproof", "¿tiene candado TSA?"); and whether a superlative ranks the whole store
 * ("the most expensive thing you sell"). Pure; runs on normalised text.
 */
import { englishOf } from '../../catalog/retail-vocabulary.ts';
import type { Language } from '../../contract.ts';
import { REFERENCES, STOPWORDS } from '../words/lexicon.ts';
import type { Slots } from '../words/slots.ts';
import { normalize } from '../words/text.ts';
import { AMOUNT_QUESTIONS, FEATURE_QUESTIONS, MEASURE_QUESTIONS } from './intents-extra.ts';
import { invertedFeature, predicateSubject } from './inverted-subject.ts';

/** "The most expensive thing you sell", "lo más caro que tenéis": a superlative over the whole store. */
const STORE_WIDE: Record<Language, RegExp> = {
  en: /\b(thing|things|item|items|product|products|anything|everything) (that )?(you|u|y all|the (store|shop)) (sell|have|carry|stock|got|offer)\b|\b(you|u) (sell|carry|stock)\b|\b(in|of) (the|your) (whole )?(store|shop|catalog|catalogue)\b|\bof (them )?all\b|\boverall\b/,
  es: /\b(vendeis|venden|vendes|teneis|tienen|tienes|ofreceis)\b|\b(de|en) (la|toda la) tienda\b|\bde todo(s)?\b/,
};

const GENERIC_THING =
  /^(thing|things|item|items|product|products|anything|everything|stuff|sell|have|carry|stock|got|offer|store|shop|whole|catalog|catalogue|overall|all|vendeis|venden|vendes|teneis|tienen|tienes|ofreceis|tienda|toda|todo|todos|cosa|cosas|articulo|articulos|producto|productos)$/;

/** Spec questions: "how heavy is it" (a measure) or "is it waterproof" (feature words). */
export function specQuestion(
  text: string,
  lang: Language,
  slots: Slots,
  tokens: string[],
  taken: Set<number>,
  nameWords: Set<number> = new Set(),
): void {
  const measure = MEASURE_QUESTIONS[lang].find(([, re]) => re.test(text))?.[0];
  if (measure) {
    slots.measure = measure;
    return;
  }
  for (const [re, noun] of AMOUNT_QUESTIONS[lang]) {
    // "Which grinder has the biggest burrs": a superlative the search sorts by keeps its own reading.
    // "Which pearl necklace has the biggest pearls" ranks that kind by the figure; with no kind
    // said ("which grinder has the biggest burrs"), by the superlative the search sorts by.
    if (slots.sort && !slots.category && /which|cual/.test(re.source)) continue;
    const a = re.exec(text);
    // The noun's last word that is not a function word ("longest warranty of all" → warranty).
    const word =
      noun ??
      (a
        ? [...a]
            .slice(1)
            .filter((w) => w && !STOPWORDS[lang].has(w))
            .at(-1)
        : undefined);
    if (a && word && !STOPWORDS[lang].has(word) && !/^\d/.test(word)) {
      slots.amount = word;
      return;
    }
  }
  // "Which would cost me the fewest euros": a superlative of money is the price's, no spec.
  const est =
    slots.sort || REFERENCES[lang].cheapest.test(text) || REFERENCES[lang].priciest.test(text)
      ? undefined
      : (superlativeAsked(text, lang) ?? verbSuperlative(text, lang));
  if (est) {
    slots.amount = est;
    // "Which one warms up a room the most": words of a product's name in it are not its subject.
    if (/\b(which|cual|cuales)\b/.test(text)) delete slots.productNames;
    return;
  }
  const m = FEATURE_QUESTIONS[lang].exec(text);
  if (!m) return;
  // "¿Tienen banderines de cumpleaños?": "tiene(n)" is also usted(es)' "do you have", and a kind of
  // product said with no product named asks the shop for it, not about the product in focus.
  if (lang === 'es' && /^(tiene|tienen) /.test(text) && slots.category && !slots.productNames) return;
  // "¿Hay algún casco que …, por menos de 80?": "is there a" kind of product asks the shop too.
  if (
    lang === 'es' &&
    /\b(hay|teneis|tienes) (algun|alguna|algo|un|una|unos|unas)\b/.test(text) &&
    slots.category &&
    !slots.productNames
  )
    return;
  const tail = ([...m].slice(1).filter(Boolean).at(-1) ?? '').split(' ');
  const stop = STOPWORDS[lang];
  const start = tokens.length - tail.length;
  // "Do the anchors come with screws": what comes with it may be a word of its own name.
  const verb = [...m].filter(Boolean).at(-2) ?? '';
  const has =
    /^(have|has|come with|come with any|include|includes|contain|contains)$/.test(verb) ||
    (lang === 'es' && /^(tiene|tienen|lleva|llevan|trae|traen|viene con|incluye)$/.test(verb)) ||
    // "¿El de mármol trae base?": a subject said first leaves its verb uncaptured, just before the tail.
    (lang === 'es' &&
      / (tiene|tienen|lleva|llevan|trae|traen|viene con|vienen con|incluye|incluyen)$/.test(
        text.slice(0, text.length - tail.join(' ').length).trimEnd(),
      ));
  // "¿Es de acero inoxidable?": Spanish drops the subject, and what the thing is made of may be
  // words of another product's name ("Stainless Steel …"); they are the feature asked.
  const madeOf = lang === 'es' && /^(es|son|esta hech[oa]|estan hech[oa]s) de /.test(text);
  const keepNames = has || madeOf;
  const words = tail.filter(
    (w, k) =>
      w &&
      !stop.has(w) &&
      !/^\d/.test(w) &&
      !(taken.has(start + k) && !isFeatureSlot(slots, w) && !(keepNames && nameWords.has(start + k))) &&
      // "Is the Arctic shave cream vegan": the name's words are the subject, not the feature.
      !(nameWords.has(start + k) && !keepNames),
  );
  // "is it red" / "does it come in 10" ask about a variant (availability), not a feature; a colour
  // naming the product before ("the terracotta pot, is that one frost proof") does not.
  const variantWord = (w: string) =>
    [slots.color, slots.size].some((v) => v && normalize(v).split(' ').includes(w));
  // "Do the needles come with the carry bag?": the thing said first (inverted-subject.ts).
  const inverted = has
    ? invertedFeature([...m].filter(Boolean).at(-3) ?? '', verb, tail, start, nameWords, lang)
    : undefined;
  if (inverted) {
    slots.feature = inverted;
    return;
  }
  if (words.length === 0 || words.some(variantWord)) return;
  // "Is the fridge the best place to keep them?": the fridge is asked about too (inverted-subject.ts).
  const beside = predicateSubject(text, tokens, taken, nameWords, lang).filter((w) => !words.includes(w));
  slots.feature = [...beside, ...words];
  if (beside.length) slots.besideFeature = beside;
  // "Does it have a TSA lock?": with a pronoun for its subject, a product name said after the verb
  // (the "TSA Cable Lock") is what is asked about, not the product asked.
  const subject = [...m].filter(Boolean).at(-3) ?? '';
  if (
    keepNames &&
    // Spanish drops the pronoun: "¿tiene candado TSA?" starts with its verb.
    (/^(it|they|this|that|these|those|this one|that one)$/.test(subject) ||
      (lang === 'es' && text.startsWith(verb))) &&
    nameWords.size > 0 &&
    [...nameWords].every((i) => i >= start)
  )
    delete slots.productNames;
}

/** "-est" words that are no superlative of a quality. */
const NOT_SUPERLATIVE =
  /^(best|latest|interest|forest|honest|request|chest|west|rest|test|guest|nest|pest|vest|suggest|modest|harvest|contest|protest|everest)$/;

/**
 * "Which is the thickest?", "¿cuál es el más grueso?": a superlative of a quality no sort knows,
 * ranked by the figure the texts give next to the quality's word (specs-amount.ts reads "thickest"
 * as thick). Spanish "más X" is read through the retail vocabulary.
 */
function superlativeAsked(text: string, lang: Language): string | undefined {
  // Only the question itself ("which is the thickest", "¿cuál es el más grueso?"): with more words
  // ("which one reaches the furthest, I want to shoot birds") it is a search the words describe.
  if (lang === 'es') {
    const m =
      /^(?:y |pues |vale )?(?:cual|cuales)(?: de (?:esos|esas|estos|estas|ellos|ellas))? (?:es|son) (?:el|la|los|las) mas (\w+)(?: y (?:mas )?\w+)?$/.exec(
        text,
      );
    const english = m ? englishOf(m[1]!) : undefined;
    return english && /^[a-z]+$/.test(english) ? `${english}est` : undefined;
  }
  const m =
    /^(?:and |so |ok |okay )?(?:which|what)(?: one| ones| of (?:those|these|them))?(?: is| are| s| one s)? the (\w+est)(?: one| ones)?(?: (?:and|or) (?:the )?\w+est)?$/.exec(
      text,
    );
  return m && !NOT_SUPERLATIVE.test(m[1]!) ? m[1] : undefined;
}

/**
 * "Which one carries the farthest", "which one warms up a room the most", "¿cuál se oye más
 * lejos?", "¿cuál calienta más el salón?": a superlative said with a verb. The word that says
 * the quality: the -est word, else the noun after "most" / "más", else the verb.
 */
export function verbSuperlative(text: string, lang: Language): string | undefined {
  if (lang === 'es') {
    const m =
      /\b(?:cual|cuales)(?: de (?:esos|esas|estos|estas|ellos|ellas))? (\w+)(?: \w+)? (?:mas|menos) (\w+)/.exec(
        text,
      );
    if (!m) return undefined;
    return /^(el|la|los|las|un|una|que|de)$/.test(m[2]!) ? m[1] : m[2];
  }
  const m =
    /\b(?:which|what)(?: one| ones| of (?:those|these|them))? (\w+)((?: \w+){0,4}?) (?:the )?(most|least|\w+est)(?: (\w+))?$/.exec(
      text,
    );
  if (!m || /^(is|are|s|was|one)$/.test(m[1]!)) return undefined;
  const est = m[3]!;
  if (est !== 'most' && est !== 'least') return NOT_SUPERLATIVE.test(est) ? undefined : est;
  // "gives the most heat": the noun after; "warms up a room the most": the verb.
  return m[4] ?? m[1];
}

function isFeatureSlot(slots: Slots, w: string): boolean {
  return (slots.attributes ?? []).some((a) => a.split(/[\s-]+/).includes(w));
}

export function saysStoreWide(text: string, lang: Language): boolean {
  return STORE_WIDE[lang].test(text);
}

/** "The cheapest lock you sell" ranks locks: only a superlative with no kind said ranks the store. */
export function storeWideStill(slots: Slots, queryWords: string[]): boolean {
  const kind = slots.category || slots.brand || slots.productNames || slots.attributes;
  return !kind && queryWords.every((w) => GENERIC_THING.test(w));
}
