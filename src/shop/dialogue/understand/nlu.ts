/**
 * Natural-language understanding: one utterance (typed, or an STT transcript without
 * punctuation and with numbers spelled out) → language, intent and slots.
 */

import type { Language } from '../../contract.ts';
import { knownWords, translateForCatalog } from '../spanish/bilingual.ts';
import { DISCOURSE_WORDS, withoutDiscourse } from '../spanish/es-discourse.ts';
import { spanishCountForms } from '../spanish/es-forms.ts';
import { asksShopAsUsted, namesSoldThing, tuImperatives } from '../spanish/es-imperatives.ts';
import { consentsEs, spanishOrderTalk, yesIsQuestion } from '../spanish/es-order-talk.ts';
import { standardPhrasing } from '../spanish/es-paraphrase.ts';
import { questionThenStatement, statementThenQuestion } from '../spanish/es-question.ts';
import { unplacedWords } from '../steps/unplaced.ts';
import { conditionAndQuestion } from '../words/conditional.ts';
import { requestAfterContext } from '../words/context-clause.ts';
import { countNounsAt } from '../words/count-nouns.ts';
import { extractExclusionFrame } from '../words/exclusion-frames.ts';
import { isNounRequest, joinSplitNames, proseWords, splitCompounds } from '../words/free-words.ts';
import { extractIdentifiers } from '../words/identifiers.ts';
import { HEDGE, type Intent, LANGUAGE_MARKERS, NO, STOPWORDS, YES } from '../words/lexicon.ts';
import { freeWords, reasonAfterExclusion } from '../words/measure-words.ts';
import { slangAmounts } from '../words/money-words.ts';
import { splitItems } from '../words/multi.ts';
import { excludeNamedProduct } from '../words/named-exclusion.ts';
import { dropExcludedNames, needWords } from '../words/need-words.ts';
import { numberTokens } from '../words/numbers.ts';
import { placesOrder } from '../words/order-words.ts';
import { extractOrdinals } from '../words/ordinals.ts';
import { pluralSizes } from '../words/plural-sizes.ts';
import { extractPropertyExclusion } from '../words/property-exclusion.ts';
import { withValueTakenBack } from '../words/self-correction.ts';
import { relativeBesideMeasure } from '../words/sizes.ts';
import {
  extractCatalogSlots,
  extractPrices,
  extractQuantity,
  extractRating,
  priceNumbers,
  type Slots,
} from '../words/slots.ts';
import { stem, tokenize } from '../words/text.ts';
import { type CompiledVocabulary, findPhrases } from '../words/vocab.ts';
import { classify, hasCatalogSlots } from './classify.ts';
import { extractFreeOf, extractNegation, extractSort, mergeHalves } from './constraints.ts';
import { dimensionWordsAt } from './dimension-words.ts';
import { hearsayOfBrand } from './hearsay.ts';
import { EXTRA_PATTERNS } from './intents-extra.ts';
import { bareCode, codeByShape, codeInPassing } from './promo-code.ts';
import { propertyQuestion } from './properties.ts';
import { productQuestion } from './question.ts';
import { placeSubject } from './question-subject.ts';
import { saysStoreWide, specQuestion, storeWideStill } from './spec-question.ts';

export type { Intent } from '../words/lexicon.ts';
export type { Slots } from '../words/slots.ts';
export { soundsLikeRestriction } from './classify.ts';

export interface Understanding {
  language: Language;
  intent: Intent;
  slots: Slots;
  /** Normalised text with numbers as digits (what the patterns saw). */
  text: string;
  /** The utterance starts with a plain yes / no (used by confirmations and clarifications). */
  yes: boolean;
  no: boolean;
  /** Words of an add or save that name a product no slot placed (unplaced.ts). */
  unplaced?: string[];
}

/**
 * A verb said to the shop as vosotros ("mandáis", "podéis", "vendéis", "tenéis"): Spanish alone.
 * English shares "a" with Spanish, so "¿mandáis a alguien a montarlo?" needs its verb counted.
 */
const VOSOTROS = /^[a-z]{3,}(ais|eis)$/;

/** Scores function words of each language; ties keep the fallback (the session's language). */
export function detectLanguage(
  text: string,
  fallback: Language,
  catalogWords?: Record<Language, Set<string>>,
): Language {
  const raw = text.toLowerCase();
  let es = /[ñ¿¡áéíóú]/.test(raw) ? 2 : 0;
  let en = 0;
  for (const t of tokenize(text)) {
    if (
      LANGUAGE_MARKERS.es.has(t) ||
      DISCOURSE_WORDS.has(t) ||
      catalogWords?.es.has(t) ||
      (VOSOTROS.test(t) && !catalogWords?.en.has(t))
    )
      es++;
    if (LANGUAGE_MARKERS.en.has(t) || catalogWords?.en.has(t)) en++;
  }
  if (es === en) return fallback;
  return es > en ? 'es' : 'en';
}

/** Intents that ask rather than act: a question after a condition keeps one of these. */
const ASKS = new Set<Intent>(['spec', 'policy', 'compare', 'details', 'availability', 'human']);

/** Requests a code mentioned alongside does not replace (the shopper is doing something else). */
const IN_PASSING_KEEPS = new Set<Intent>([
  'checkout',
  'confirm',
  'cancel_order',
  'order_status',
  'human',
  'clear_cart',
  'list_promos',
  'identify',
]);

/** Superlative and comparative words, kept out of the free-text query. */
const SUPERLATIVE_WORD =
  /^(cheapest|priciest|lightest|lighter|heaviest|heavier|biggest|bigger|largest|larger|roomiest|smallest|smaller|warmest|warmer|brightest|brighter|strongest|expensive|affordable|compact|powerful|spacious|most|least|mas|menos|pesa|pesan|pese)$/;

const SIZE_RANK_WORD = /^(small|smaller|smallest|little|big|bigger|biggest|large|larger|largest)$/;

export function understand(
  spoken: string,
  vocab: CompiledVocabulary,
  fallback: Language,
  catalogWords?: Record<Language, Set<string>>,
  split = true,
): Understanding {
  const language = detectLanguage(spoken, fallback, catalogWords);
  // "Este año quiero hacer mermelada. ¿Qué pectinas tenéis por menos de 5 dólares?": a statement
  // before a question asking what is sold says why; a want in it never makes the question an add.
  const lead = language === 'es' && split ? statementThenQuestion(spoken) : undefined;
  if (lead) {
    const whole = understand(spoken, vocab, language, catalogWords, false);
    if (whole.intent !== 'add_to_cart') return whole;
    const question = understand(lead.question, vocab, language, catalogWords);
    const s = question.slots;
    return question.intent === 'search' && (s.category || s.productNames?.length) ? question : whole;
  }
  // "¿Cuánto pesa? tengo que subirlo al coche": the question is read alone when the statement after
  // it names nothing the shop sells by itself (es-question.ts).
  const asked = language === 'es' ? questionThenStatement(spoken) : undefined;
  if (asked) {
    const question = understand(asked.question, vocab, language, catalogWords);
    const statement = understand(asked.statement, vocab, language, catalogWords);
    const s = statement.slots;
    if (question.intent !== 'unknown' && !hasCatalogSlots(s) && !s.category && !s.productNames && !s.ordinals)
      return question;
  }
  // "Vanilla and cinnamon, that's right, yes, send the order through": a yes with the order placed
  // in so many words confirms the checkout read back; the things named only echo the read-back.
  const aloud = tokenize(spoken).join(' ');
  const clauses = spoken.split(/[,.;:!?¿¡]+/).map((c) => tokenize(c).join(' '));
  if (
    placesOrder(aloud, language) &&
    clauses.some((c) => YES[language].test(c)) &&
    !clauses.some((c) => NO[language].test(c))
  )
    return { language, intent: 'confirm', slots: {}, text: aloud, yes: true, no: false };
  // "If I drop the X in, will it sink?": the question is the request, the condition names its subject.
  const conditional = conditionAndQuestion(spoken, language);
  if (conditional) {
    const question = understand(conditional.question, vocab, language, catalogWords);
    // "Si me llega una copa partida, ¿qué hago?": a question that asks nothing of a product by
    // itself is a policy question when the whole says one (read as said: a gloss would hide it).
    const whole = tokenize(spoken).join(' ');
    const policy = EXTRA_PATTERNS[language].policy;
    if (
      question.intent !== 'policy' &&
      !policy.test(tokenize(conditional.question).join(' ')) &&
      policy.test(whole)
    )
      return { ...question, intent: 'policy', text: whole };
    if (ASKS.has(question.intent)) {
      const condition = understand(conditional.condition, vocab, language, catalogWords);
      const named = condition.slots.productNames;
      if (named?.length && !question.slots.productNames?.length) question.slots.productNames = named;
      // A policy answer reads the condition too ("if I order plants on a Friday").
      return question.intent === 'policy'
        ? { ...question, text: `${condition.text} ${question.text}` }
        : question;
    }
  }
  // "I only started last spring. Do you sell reels?": the context before a request to the shop
  // lends it no words; the request is read alone when it names a kind or a product of the shop
  // by itself. Else the context stays a hint: "…, do you have them in red" needs what came
  // before, and "winding by hand takes forever, do you have something that holds a skein" is
  // found by its context words.
  const request = requestAfterContext(spoken, language);
  if (request) {
    const r = understand(request, vocab, language, catalogWords);
    const s = r.slots;
    if ((r.intent === 'search' || r.intent === 'availability') && (s.category || s.productNames?.length))
      return r;
  }
  // "Agrégueme", "quítela", "añadidlo": every address of a shop verb read as its tú form (es-imperatives.ts).
  // "Pues …", "…, supongo", "qué remedio. …": Spanish discourse around the request is no part of it (es-discourse.ts).
  // "¿Cuánto pedís por …?", "me apaño con …": said the way the patterns know (es-paraphrase.ts).
  const utterance = language === 'es' ? tuImperatives(withoutDiscourse(standardPhrasing(spoken))) : spoken;
  // "With a US plug, no wait, EU": the value taken back is not read (self-correction.ts).
  const meant = withValueTakenBack(tokenize(utterance), vocab.source, language);
  if (meant) return understand(meant.join(' '), vocab, language, catalogWords);
  // "Let's start over, show me X": the state forgets the old search (state.ts); the rest alone is
  // understood, so the reset's words ("start") never read as catalog words.
  const reset = EXTRA_PATTERNS[language].reset;
  const plain = tokenize(utterance).join(' ');
  if (reset.test(plain)) {
    const rest = plain.replace(reset, ' ').replace(/\s+/g, ' ').trim();
    if (rest.split(' ').length >= 2) {
      const r = understand(rest, vocab, language, catalogWords);
      if (r.intent !== 'unknown' && r.intent !== 'greeting') return r;
    }
  }
  // Spanish may put the negation after what it leaves out ("la de perlas no", "los cepillos no"):
  // read as "no la de perlas" when that leaves something out ("¿lo tienes o no?" asks).
  // Spanish packs said after their count ("el pack de cuatro") read as English does (es-forms.ts).
  // "The elevens", "two of the nines": a size said as its number in the plural (plural-sizes.ts).
  // "A tenner", "2 grand", "una luca": money slang read as a figure (money-words.ts).
  const spokenWords = slangAmounts(tokenize(utterance), language);
  const words0 =
    language === 'es'
      ? spanishCountForms(spokenWords)
      : pluralSizes(spokenWords, vocab.source.sizes, language);
  if (
    language === 'es' &&
    words0.length >= 2 &&
    words0.at(-1) === 'no' &&
    words0.at(-2) !== 'o' &&
    !YES.es.test(plain) &&
    !NO.es.test(plain)
  ) {
    const r = understand(['no', ...words0.slice(0, -1)].join(' '), vocab, language, catalogWords);
    if (r.slots.exclude || r.slots.excludeBrand || r.slots.excludeColor) return r;
  }
  const raw = joinSplitNames(splitCompounds(translateForCatalog(words0, vocab, language), vocab), vocab);
  const kindAt = (i: number) => findPhrases(raw, vocab.categories, false).some((m) => m.start === i);
  if (language === 'es' && asksShopAsUsted(raw, kindAt, (i) => namesSoldThing(raw[i], vocab), words0))
    return understand(utterance.replace(/\btienen?\b/i, 'tienes'), vocab, language, catalogWords);
  const nums = mergeHalves(numberTokens(raw, language), language);
  const tokens = nums.map((n) => n.text);
  const text = tokens.join(' ');
  const slots: Slots = {};

  const rawConsumed = extractIdentifiers(raw, language, slots);
  const skip = new Set<number>();
  let r = 0;
  nums.forEach((n, k) => {
    for (let i = r; i < r + n.span; i++) if (rawConsumed.has(i)) skip.add(k);
    r += n.span;
  });
  extractPrices(text, language, slots);
  const prices = priceNumbers(text, language);
  tokens.forEach((t, i) => {
    if (prices.has(t)) skip.add(i);
  });
  // "Two bags of the sponges": the bags count, they are not the shop's tool bag.
  for (const i of countNounsAt(tokens, language)) skip.add(i);
  // "How long is the fish": the adjective asks for a figure, it names no "Long Sleeve" product.
  for (const i of dimensionWordsAt(tokens, language)) skip.add(i);
  const nameWords = new Set<number>();
  const taken = extractCatalogSlots(tokens, vocab, language, slots, skip, undefined, nameWords);
  if (language === 'es' && slots.size && relativeBesideMeasure(tokens, slots.size)) delete slots.size;
  extractFreeOf(tokens, vocab, language, slots);
  extractNegation(tokens, vocab, language, slots);
  // "Leave out the bathroom descaler": the other words are its verb and the reason, no search words.
  const namedOut = excludeNamedProduct(tokens, vocab, language, slots);
  // "Not the ratchet one, I like to feel the sheet": the reason said after what is left out is
  // the shopper's own, nothing to search for.
  if (slots.exclude) {
    const reason = reasonAfterExclusion(tokens, language);
    if (reason > 0) for (let i = reason; i < tokens.length; i++) taken.add(i);
  }
  // "Nothing smoky, my wife hates that taste": a property left out, the reason no search words.
  const propertyOut = extractPropertyExclusion(tokens, language, slots);
  const framedOut = extractExclusionFrame(tokens, language, slots) || namedOut || propertyOut;
  dropExcludedNames(slots);
  const sort = extractSort(utterance, language);
  if (sort) slots.sort = sort;
  if (sort && saysStoreWide(text, language)) slots.storeWide = true;
  const undoSubject = placeSubject(tokens, language, slots, nameWords);
  specQuestion(text, language, slots, tokens, taken, nameWords);
  productQuestion(utterance, text, language, slots, tokens, nameWords, taken);
  propertyQuestion(utterance, text, language, slots);
  undoSubject();
  extractOrdinals(tokens, text, language, slots, taken);
  extractQuantity(tokens, language, slots, taken, vocab);
  extractRating(text, slots);

  const numbers = tokens.filter((t, i) => !taken.has(i) && /^\d+(\.\d+)?$/.test(t)).map(Number);
  if (numbers.length) slots.numbers = numbers;

  const stop = STOPWORDS[language];
  const free = freeWords(tokens, taken, skip, stop);
  const queryParts = [...(slots.attributes ?? [])];
  // Category words count too when nothing else was read: they may name a cart line ("the poles").
  // Beside a superlative, words that name nothing in the catalog are its verbs and context
  // ("which one is grown at the higher altitude"), not things to search for.
  const known = sort ? knownWords(vocab) : undefined;
  if (queryParts.length === 0 && !slots.category && !slots.brand && !slots.productNames)
    queryParts.push(
      ...free.filter(
        (w) =>
          !(sort && (SUPERLATIVE_WORD.test(w) || !known!.has(stem(w)))) &&
          // "Three small tubes of the cadmium red": beside a colour or size, "small" / "big" says
          // which of its sizes (read when adding), it is no word to search for.
          !(language === 'en' && (slots.color || slots.size) && SIZE_RANK_WORD.test(w)),
      ),
    );
  // Words left out ("not the masonry ones") are not searched for.
  const out = new Set(slots.exclude?.split(' ') ?? []);
  const kept = queryParts.filter((w) => !out.has(w));
  if (framedOut) {
    // "Nothing that needs an air pump, I hate the noise": the clause's other words search nothing.
  } else if (kept.length) slots.query = kept.join(' ');
  // Beside a superlative the other words are its verbs ("which fermenter holds the most"), no need.
  else if (slots.category && !sort) {
    slots.need = needWords(free, out, SUPERLATIVE_WORD);
    // "Which of your lids come twelve to a pack": a measure said of the kind is searched for (the
    // search requires it as far as some product of the kind has it), not only preferred.
    const measures = free.filter((w) => /^\d/.test(w) && / (pack|packet|box|case|bag)$/.test(w));
    if (measures.length) slots.query = measures.join(' ');
  }
  // "The cheapest lock you sell" ranks locks; only "the cheapest thing you sell" ranks the store.
  if (slots.storeWide && !storeWideStill(slots, kept)) delete slots.storeWide;

  const yes =
    ((YES[language].test(text) && !HEDGE[language].test(text.replace(YES[language], ''))) ||
      (language === 'es' && consentsEs(text, spoken))) &&
    !(language === 'es' && yesIsQuestion(text));
  const no = NO[language].test(text);
  // Words of a product's own name are not requests ("the Dew Drop", "Night Shift", "Second Skin").
  const said = nameWords.size ? tokens.map((t, i) => (nameWords.has(i) ? 'item' : t)).join(' ') : text;
  const code = bareCode(tokens, taken, language);
  if (code) slots.promoCode = code;
  // Spanish closings and read-backs read the words as said: "carrito" may be a product's word too.
  const closing =
    language === 'es' && !code ? spanishOrderTalk(text, !!slots.productNames?.length) : undefined;
  let intent = code ? 'promo' : (closing ?? classify(said, language, slots, yes, no));
  // "Y si me llega una copa partida, ¿qué hago?": the catalog gloss of Spanish words ("partida" →
  // "party") may hide a policy question the words as said make; it is then read as said.
  const glossHid =
    language === 'es' &&
    (intent === 'unknown' || intent === 'spec' || intent === 'details') &&
    plain !== text &&
    EXTRA_PATTERNS.es.policy.test(plain) &&
    !EXTRA_PATTERNS.es.policy.test(text);
  if (glossHid) intent = 'policy';
  // "A net for scooping leaves", "algo para el agua turbia": a thing asked for by words of the
  // shop's own product texts, though no category or name, is a search, not an unclear request.
  if (intent === 'unknown' && isNounRequest(text, language) && proseWords(slots.query, vocab))
    intent = 'search';
  // "meh. SHINE25 then", "prueba con FLU5": nothing else understood, a token shaped like a code is one.
  const shaped = intent === 'unknown' ? codeByShape(tokens, taken) : undefined;
  if (shaped) {
    slots.promoCode = shaped;
    intent = 'promo';
  }
  // "My club posted SPRING25, try that one": a code said in passing is the request, unless the
  // shopper is doing something else with the order or the cart.
  const passing =
    !slots.promoCode && !slots.productNames && !IN_PASSING_KEEPS.has(intent)
      ? codeInPassing(spoken, tokens, new Set([...taken, ...nameWords]), language)
      : undefined;
  if (passing) {
    slots.promoCode = passing;
    intent = 'promo';
  }
  // "I heard Keelhaven has a smart buoy coming, can I order one?": a search of the brand (hearsay.ts).
  intent = hearsayOfBrand(text, language, intent, slots) ?? intent;
  if (intent === 'add_to_cart' || intent === 'search') {
    const items = splitItems(tokens, vocab, language, skip);
    if (items.length >= 2) slots.items = items;
  }
  // Free words stay where they can pick something: a search, or a cart line ("quita los bastones").
  if (!['search', 'refine', 'research', 'remove_from_cart', 'update_quantity'].includes(intent))
    delete slots.query;
  // A cart line said by words of another product's name ("the rubber strap") is not the one line.
  if (slots.query && (intent === 'remove_from_cart' || intent === 'update_quantity')) {
    const named = slots.query
      .split(' ')
      .map(stem)
      .filter((w) => vocab.df.has(w));
    if (named.length) slots.queryNamed = named;
  }
  // An add or save whose product words no slot placed must not fall back to the product in focus.
  const unplaced =
    intent === 'add_to_cart' || intent === 'save_item'
      ? unplacedWords(
          tokens,
          tokens.map(
            (t, i) => !taken.has(i) && !skip.has(i) && !stop.has(t) && !/^\d/.test(t) && t.length > 2,
          ),
          vocab,
          language,
        )
      : [];
  return {
    language,
    intent,
    slots,
    text: glossHid ? plain : text,
    yes,
    no,
    ...(unplaced.length ? { unplaced } : {}),
  };
}
