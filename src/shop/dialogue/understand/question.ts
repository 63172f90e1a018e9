/**
 * Questions about one product, in any wording: the question form (a wh-word or an auxiliary
 * first, or "¿…?") and the words that say what is asked ("how hot should the water be for the
 * Jade Cloud" → hot, water; "¿el Ember funciona en una placa de inducción?" → placa, induccion).
 * Which product is asked about comes from the catalog slots; the answer from its own text
 * (text-answer.ts). Pure; runs on normalised text.
 */
import type { Language } from '../../contract.ts';
import { STOPWORDS } from '../words/lexicon.ts';

/** What a question starts with, after a lead-in ("and the Trieste, can I use that on induction"). */
const QUESTION_START: Record<Language, RegExp> = {
  en: /^(what|what s|whats|how|which|does|do|did|is|are|was|were|can|could|will|would|should|has|have|may|isn t|doesn t|don t|aren t|won t|can t)\b/,
  es: /^(que|cual|cuales|cuanto|cuanta|cuantos|cuantas|como|es|son|esta|estan|tiene|tienen|lleva|llevan|sirve|sirven|vale|valen|funciona|funcionan|puedo|puede|puedes|se puede|se pueden|viene|vienen|trae|traen|incluye|incluyen|aguanta|aguantan|admite|admiten|a que|de que|hasta que|para que|hasta cuanto|en cuanto|podria|podrian|podriamos|podemos|valdria|valdrian|serviria|servirian|estaria|estarian|seria|serian|hay que|tengo que|se hunde|se hunden|llega|llegan)\b/,
};

/** Words that shape a question but never name what is asked. */
const FRAME: Record<Language, Set<string>> = {
  en: new Set(
    (
      'what whats how which does do did is are was were can could will would should has have may isn doesn don aren won ' +
      'i you we it its they them this that these those one the a an be being been get gets go goes going work works ' +
      'use used using come comes came take takes with for on in at of to off itself themselves when if once much many ' +
      'there their he she his her by as about into out up down right ok okay then also and but so tell know wondering ' +
      'say says said mean will can t s'
    ).split(' '),
  ),
  es: new Set(
    (
      'que cual cuales cuanto cuanta cuantos cuantas como es son esta estan tiene tienen lleva llevan sirve sirven vale ' +
      'valen funciona funcionan puedo puede puedes pueden se viene vienen trae traen incluye incluyen con para en de el ' +
      'la los las lo le les un una uno unos unas ese esa eso esos esas este esto estos estas aquel y o a al del mi tu su ' +
      'sus hay usar usarlo usarla usarlos usarlas utilizar tener tenga ser sea estar este ya tambien pero entonces oye ' +
      'sabes dime decir dice me te nos si no solo cuando donde hasta mas muy tan usa usan necesita necesitan gasta gastan ' +
      'acepta aceptan admite admiten'
    ).split(' '),
  ),
};

const LEAD_IN = /^(and|but|so|also|oh|ok|okay|then|well|y|pero|entonces|oye|vale|bueno|tambien)\s+/;

const fold = (x: string) =>
  x
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** "¿el Ember funciona en …?": a Spanish question may open with its subject. */
const SUBJECT_FIRST = /^(el|la|los|las|ese|esa|este|esta)\s/;

/**
 * Is the utterance a question? Unpunctuated (an STT transcript), it must start like one; with
 * "?" or "¿", one of its clauses must ("and the Trieste moka pot, can I use that on induction?").
 */
export function isQuestion(raw: string, text: string, lang: Language): boolean {
  const start = (clause: string) =>
    clause
      .replace(/[^a-z0-9 ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(LEAD_IN, '');
  if (QUESTION_START[lang].test(start(text))) return true;
  // Spanish opens every question with "¿", whatever its first word ("¿en la caja viene …?").
  if (lang === 'es' && raw.includes('¿')) return true;
  if (!/[?¿]/.test(raw)) return false;
  return fold(raw)
    .split(/[,;:.!?¿]/)
    .map(start)
    .some((c) => QUESTION_START[lang].test(c) || (lang === 'es' && SUBJECT_FIRST.test(c)));
}

/** Asking for something ("can I get …", "¿me pones …?") is a request, not a question about the product. */
const REQUEST: Record<Language, RegExp> = {
  en: /\b(can|could|may) i (also )?(get|have|order|buy|take|grab)\b|\bgive me\b|\b(add|put)\b|^(what|how) about\b/,
  es: /\b(me das|me da|me pones|me pone|dame|ponme|anade|agrega|quiero|quisiera|me llevo|me quedo)\b/,
};

/** "What is it made of": what the product's details describe as a whole. */
const DESCRIBED: Record<Language, RegExp> = {
  en: /\bmade (of|from|out of)\b|\bwhat (is|are) (it|they|this|that)\b$/,
  es: /\b(de que (esta|estan) hech[oa]s?|de que material)\b/,
};

/** The pronoun a Spanish price question may put before its verb ("cuánto *me* sale"). */
export const ES_CLITIC = '(?:(?:me|te|nos|os|le|les|se) )?';
/** Verbs of what something costs, present and conditional, one or several things. */
export const ES_COST_VERB =
  '(?:cuesta|cuestan|vale|valen|sale|salen|costaria|costarian|valdria|valdrian|saldria|saldrian)';
const ES_PRICE = new RegExp(
  `\\bcuanto ${ES_CLITIC}${ES_COST_VERB}\\b|\\b(que precio|precio|cuesta|cuestan|costaria|costarian)\\b`,
);

/** "How much is it", "what does it cost", "cuánto cuesta": a price question, answered by the product's details. */
export function asksPrice(text: string, lang: Language): boolean {
  return lang === 'es'
    ? // "¿cuánto me sale?", "¿cuánto nos costaría?": a pronoun and the conditional say the same.
      ES_PRICE.test(text)
    : // "What's the X run", "what does the X go for", "how much would the X set me back": what it costs.
      /\b(how much (is|are|for|does (it|this|that|one) cost)|price|cost|costs|how expensive)\b|\b(what|how much) (s|is|does|do|will|would) (\w+ ){1,6}(run|go for|set (me|you|us) back)\b/.test(
        text,
      );
}

/** Is the question asking for a figure ("how hot", "what's the tire clearance", "¿cuánto pesa?") rather than yes / no? */
export function asksFigure(text: string, lang: Language): boolean {
  // "para que se mantengan frescas", "ya que", "así que": a conjunction's "que" asks nothing.
  const t = text.replace(LEAD_IN, '').replace(/\b(para|ya|asi) que\b/g, ' ');
  return lang === 'es'
    ? /(^|\b)(que|cual|cuales|cuanto|cuanta|cuantos|cuantas|a que|hasta que|de que)\b/.test(t) &&
        !/^(es|son|tiene|tienen|lleva|llevan|sirve|funciona|puedo|puede|viene|trae|incluye)\b/.test(t)
    : /(^|\b)(what|what s|whats|how|which)\b/.test(t) &&
        !/^(is|are|does|do|can|could|will|would|should|has|have)\b/.test(t);
}

/**
 * The words of a question that say what is asked: not frame words, not the product's own name
 * (positions in nameWords), not figures. Empty when only the frame is left ("is it?").
 */
export function questionWords(tokens: string[], nameWords: Set<number>, lang: Language): string[] {
  const frame = FRAME[lang];
  const stop = STOPWORDS[lang];
  return tokens.filter(
    (w, i) => w.length > 1 && !nameWords.has(i) && !frame.has(w) && !stop.has(w) && !/^\d/.test(w),
  );
}

/** One product is pointed at by a pronoun ("does it …", "¿esa viene con …?"), not several ("them", "esos"). */
const ONE: Record<Language, RegExp> = {
  en: /\b(it|that one|this one|that|this|its)\b/,
  es: /\b(esa|ese|eso|esta|este|lo|la|le)\b/,
};
const SEVERAL: Record<Language, RegExp> = {
  en: /\b(ones|them|those|these|they)\b/,
  es: /\b(esos|esas|estos|estas|los de|las de|los|las)\b/,
};
const PLURAL_SUBJECT =
  /^(will|would|do|did|are|were|can|could|should|don t|won t|aren t) (they|those|these|those ones|these ones) (?!come in|come with|have in)\w+/;

/** "Is there X in the <product>", "¿hay X en la <producto>?": asked of the product, not the shop's range. */
const INSIDE: Record<Language, RegExp> = {
  en: /\b(?:is|are) there (?:any )?\w+(?: \w+)? in (?:the|your|this|that|these|those|its) /,
  es: /\bhay (?:algo de )?\w+(?: \w+)? en (?:el|la|los|las|su|sus|tu|tus|ese|esa|esos|esas|este|esta) /,
};

/** Questions to the shop about its range ("do you have …", "¿tenéis …?") are searches or stock checks. */
const TO_THE_SHOP: Record<Language, RegExp> = {
  en: /\b(do|does|can) (you|u|they|y all) (have|sell|carry|stock|got|do)\b|\bare there\b|\bis there\b/,
  es: /\b(tienes|teneis|tienen|tenes|vendeis|venden|vendes|hay(?! que)|haceis|hacen)\b/,
};

/**
 * "Does the Ember work on an induction cooktop?", "what's the tire clearance on the Veloce?",
 * "¿esa viene con ruedines?": a question about one product named or in focus that no narrower
 * pattern read. Its words become the feature asked about (answered from the product text).
 */
export function productQuestion(
  raw: string,
  text: string,
  lang: Language,
  slots: {
    measure?: unknown;
    amount?: string;
    feature?: string[];
    productNames?: string[];
    sort?: string;
    color?: string;
    size?: string;
    category?: string;
    brand?: string;
    attributes?: string[];
    implicitSubject?: boolean;
    subjectWords?: string[];
  },
  tokens: string[],
  nameWords: Set<number>,
  taken: Set<number>,
): void {
  if (slots.measure || slots.amount || slots.feature) return;
  const named = !!slots.productNames?.length || !!slots.subjectWords?.length;
  // "Which one is lighter", "what's the cheapest car", "¿cuál es la más barata?" rank products;
  // "¿cuál es el neumático más ancho que admite la Sterrato?" names the one it asks about last.
  // Pronouns are read here, before the ordinal and reference slots.
  // "Which building set has the most pieces": the words after "which" say what is chosen among.
  if (slots.sort || (/^(which|cual|cuales)\b/.test(text) && (nameWords.size === 0 || nameWords.has(1))))
    return;
  // "Will they get loud enough …", "would those fit …": a yes / no question whose subject is a
  // plural pronoun asks about the product in focus (headphones, strings), not a list to search.
  const plural = lang === 'en' && PLURAL_SUBJECT.test(text.replace(LEAD_IN, ''));
  const pointed = (ONE[lang].test(text) && !SEVERAL[lang].test(text)) || plural;
  const implicit = !named && !pointed && impliesSubject(text, lang, slots);
  if (!named && !pointed && !implicit) return;
  // "Is there a kick pedal in the box?", "is there chain in the box with the anchor?" ask what the
  // product comes with, not the shop's range.
  // "Is there iodine in your pickling salt?", "¿hay yodo en su sal?": what is in the product named.
  const toShop =
    TO_THE_SHOP[lang].test(text) &&
    !((implicit || named) && INCLUDED[lang].test(text)) &&
    !(named && INSIDE[lang].test(text));
  if (!isQuestion(raw, text, lang) || asksPrice(text, lang) || toShop) return;
  if (REQUEST[lang].test(text) || DESCRIBED[lang].test(text)) return;
  // Said without a subject, every word but the frame is what is asked ("is a lock included").
  const subject = implicit
    ? new Set<number>()
    : subjectWords(tokens, nameWords, taken, slots.productNames ?? []);
  const words = questionWords(tokens, subject, lang);
  // "Is it in red?", "does that one come in large?": a variant, asked of the stock check.
  const variant = [slots.color, slots.size]
    .filter((v): v is string => !!v)
    .flatMap((v) => v.toLowerCase().split(/\s+/));
  if (words.length === 0 || words.some((w) => variant.includes(w))) return;
  slots.feature = words;
  if (implicit) slots.implicitSubject = true;
}

/** "Is a lock included?", "does it come with …" said of no product: what the product in focus comes with. */
const INCLUDED: Record<Language, RegExp> = {
  en: /\b(included|includes?|comes? with|supplied|in the box)\b/,
  es: /\b(incluid[oa]s?|incluye|viene con|trae|en la caja)\b/,
};
/**
 * Spanish drops the subject ("¿tiene candado TSA?", "¿cuánto pesa?"): a question whose verb is in
 * the third person singular, first, is about one product.
 */
const DROPPED_SUBJECT =
  /^(tiene|lleva|trae|incluye|viene|es|esta|sirve|funciona|aguanta|cabe|caben|pesa|mide|dura|cuesta|se puede|admite|soporta)\b/;

/** "¿Qué pilas usa?", "¿cuántos cuadros lleva?": what it takes, the dropped subject's verb said last. */
const ASKED_THEN_VERB =
  /^(que|cuanto|cuanta|cuantos|cuantas) [a-z]+( [a-z]+)? (usa|lleva|necesita|trae|admite|acepta|gasta|incluye|tiene)$/;

const ORDINAL_OR_YOU: Record<Language, RegExp> = {
  en: /\b(first|second|third|fourth|fifth|last|you|your|u|i|me|my|we|our)\b/,
  es: /\b(primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|ultim[oa]|puedes|podeis|puedo|tienes|teneis|me|mi|mis|tu|tus|quiero|necesito|que tal)\b/,
};

/**
 * A question that names nothing in the catalog ("what are the dimensions?", "will a 15 inch laptop
 * fit?"), asks what comes with it, or (Spanish) drops its subject: about the product in focus.
 */
function impliesSubject(
  text: string,
  lang: Language,
  slots: { category?: string; brand?: string; attributes?: string[] },
): boolean {
  const t = text.replace(LEAD_IN, '');
  // "And which one has the highest SPF?" chooses among products, it asks none of them.
  if (/^(which|cual|cuales)\b/.test(t)) return false;
  // "What do I get in the box": what the product in focus comes with, whoever gets it.
  if (INCLUDED[lang].test(t) && !/\b(first|second|third|last|primer[oa]?|segund[oa]|ultim[oa])\b/.test(t))
    return true;
  // "What is the second one about", "what can you do": a list position or the assistant, not a product.
  if (ORDINAL_OR_YOU[lang].test(t)) return false;
  if (lang === 'es' && (DROPPED_SUBJECT.test(t) || ASKED_THEN_VERB.test(t))) return true;
  return !slots.category && !slots.brand && !slots.attributes?.length && !SEVERAL[lang].test(t);
}

/**
 * Positions that name the product asked about: its name's words, any word of a named product's
 * title, and catalog words right next to them ("the Trieste moka pot", "the Pilot kettle").
 */
function subjectWords(
  tokens: string[],
  nameWords: Set<number>,
  taken: Set<number>,
  names: string[],
): Set<number> {
  const titled = new Set(names.flatMap((n) => fold(n).split(/[^a-z0-9]+/)));
  const subject = new Set<number>();
  tokens.forEach((w, i) => {
    if (nameWords.has(i) || titled.has(w)) subject.add(i);
  });
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of taken)
      if (!subject.has(i) && (subject.has(i - 1) || subject.has(i + 1)) && subject.size > 0) {
        subject.add(i);
        grew = true;
      }
  }
  return subject;
}
