/**
 * Natural-language understanding: one utterance (typed, or an STT transcript without
 * punctuation and with numbers spelled out) → language, intent and slots.
 */
import type { Language } from '../contract.ts';
import { knownWords, translateForCatalog } from './bilingual.ts';
import { cartTalk } from './cart-talk.ts';
import { extractFreeOf, extractNegation, extractSort, mergeHalves } from './constraints.ts';
import { DISCOURSE_WORDS, withoutDiscourse } from './es-discourse.ts';
import { spanishCountForms } from './es-forms.ts';
import { asksShopAsUsted, tuImperatives } from './es-imperatives.ts';
import { questionThenStatement } from './es-question.ts';
import { isNounRequest, proseWords, splitCompounds } from './free-words.ts';
import { extractIdentifiers } from './identifiers.ts';
import { EXTRA_PATTERNS, PUTS_SAVED, policyTopic } from './intents-extra.ts';
import { HEDGE, INTENT_PATTERNS, type Intent, LANGUAGE_MARKERS, NO, STOPWORDS, YES } from './lexicon.ts';
import { splitItems } from './multi.ts';
import { dropExcludedNames, needWords } from './need-words.ts';
import { numberTokens } from './numbers.ts';
import { placesOrder } from './order-words.ts';
import { bareCode, codeByShape } from './promo-code.ts';
import { propertyQuestion } from './properties.ts';
import { productQuestion } from './question.ts';
import { placeSubject } from './question-subject.ts';
import {
  extractCatalogSlots,
  extractOrdinals,
  extractPrices,
  extractQuantity,
  extractRating,
  priceNumbers,
  type Slots,
} from './slots.ts';
import { saysStoreWide, specQuestion, storeWideStill } from './spec-question.ts';
import { stem, tokenize } from './text.ts';
import { unplacedWords } from './unplaced.ts';
import { type CompiledVocabulary, findPhrases } from './vocab.ts';

export type { Intent } from './lexicon.ts';
export type { Slots } from './slots.ts';

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
    if (LANGUAGE_MARKERS.es.has(t) || DISCOURSE_WORDS.has(t) || catalogWords?.es.has(t)) es++;
    if (LANGUAGE_MARKERS.en.has(t) || catalogWords?.en.has(t)) en++;
  }
  if (es === en) return fallback;
  return es > en ? 'es' : 'en';
}

const ORDER: Intent[] = [
  'human',
  'reset',
  'cancel_order',
  'clear_cart',
  'list_promos',
  'policy',
  'survey',
  'research_status',
  'research',
  'history',
  'order_status',
  'identify',
  'promo',
  'list_saved',
  'save_item',
  'checkout',
  'compare',
  'remove_from_cart',
  'update_quantity',
  'add_to_cart',
  'view_cart',
  'availability',
  'details',
  'help',
  'search',
  'goodbye',
  'greeting',
];

function matchIntent(text: string, lang: Language): Intent | null {
  const table = { ...INTENT_PATTERNS[lang], ...EXTRA_PATTERNS[lang] };
  for (const intent of ORDER) {
    const key = intent === 'remove_from_cart' ? 'remove' : intent;
    const re = (table as Record<string, RegExp | undefined>)[key];
    if (re?.test(text)) return intent;
  }
  return null;
}

/** Verbs that take one of a list, never only look at it. */
const TAKES: Record<Language, RegExp> = {
  en: /\b(i ll take|i will take|i ll go with|i choose|i pick|i ll have)\b/,
  es: /\b(me quedo con|me llevo|elijo|escojo|dame|ponme)\b/,
};

const WEAK_ADD: Record<Language, RegExp> = {
  en: /\b(i want|i d like|i would like|i would love|i ll get|i ll have|give me|gimme|i ll go with|let s go with|i choose|i pick|buy (it|them|this|that|the)|can i (get|have)|could i (get|have)|i need|i ll take|i will take|i ll grab|grab (it|them|one|the)|let s do|i ll do|throw (one|it|them|that) in)\b/,
  // "¿Me das / me pones el …?" asks for the product as "can I get …" does, unless it asks for details.
  es: /\b(quiero|quisiera|dame|ponme|me quedo con|elijo|escojo|compra(r)? (el|la|ese|esa)|me (das|da|pones|pone)(?! (mas )?(informacion|info|detalles|datos|el precio|precio)))\b/,
};
const REFINE_CUE: Record<Language, RegExp> = {
  en: /^(only|just|what about|how about|and|any|in|show me (only|just)|cheaper|something cheaper|maybe)\b|\b(instead|cheaper ones|those in|them in|ones in|(just|only) (the|those) \w+ (ones|\w+s))\b/,
  es: /^(solo|solamente|y|que tal|y en|en|alguno|mejor)\b|\b(mas baratos|mas baratas|en vez|esos en|esas en|solo (los|las) de)\b/,
};

/** Superlative and comparative words, kept out of the free-text query. */
const SUPERLATIVE_WORD =
  /^(cheapest|priciest|lightest|lighter|heaviest|heavier|biggest|bigger|largest|larger|roomiest|smallest|smaller|warmest|warmer|brightest|brighter|strongest|expensive|affordable|compact|powerful|spacious|most|least|mas|menos|pesa|pesan|pese)$/;

const ONES: Record<Language, RegExp> = {
  en: /\b(ones|those|them|these)\b/,
  es: /\b(los|las) de\b|\b(esos|esas|estos|estas)\b/,
};

/** "Only the Alpenrock ones", "just those", "solo las de …": said as a restriction of what is shown. */
export function soundsLikeRestriction(text: string, lang: Language): boolean {
  return REFINE_CUE[lang].test(text) || ONES[lang].test(text);
}

export function understand(
  spoken: string,
  vocab: CompiledVocabulary,
  fallback: Language,
  catalogWords?: Record<Language, Set<string>>,
): Understanding {
  const language = detectLanguage(spoken, fallback, catalogWords);
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
  // "Agrégueme", "quítela", "añadidlo": every address of a shop verb read as its tú form (es-imperatives.ts).
  // "Pues …", "…, supongo", "qué remedio. …": Spanish discourse around the request is no part of it (es-discourse.ts).
  const utterance = language === 'es' ? tuImperatives(withoutDiscourse(spoken)) : spoken;
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
  const words0 = language === 'es' ? spanishCountForms(tokenize(utterance)) : tokenize(utterance);
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
  const raw = splitCompounds(translateForCatalog(words0, vocab, language), vocab);
  const kindAt = (i: number) => findPhrases(raw, vocab.categories, false).some((m) => m.start === i);
  if (language === 'es' && asksShopAsUsted(raw, kindAt))
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
  const nameWords = new Set<number>();
  const taken = extractCatalogSlots(tokens, vocab, language, slots, skip, undefined, nameWords);
  extractFreeOf(tokens, vocab, language, slots);
  extractNegation(tokens, vocab, language, slots);
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
  const free = tokens.filter(
    (t, i) => !taken.has(i) && !skip.has(i) && !stop.has(t) && !/^\d/.test(t) && t.length > 2,
  );
  const queryParts = [...(slots.attributes ?? [])];
  // Category words count too when nothing else was read: they may name a cart line ("the poles").
  // Beside a superlative, words that name nothing in the catalog are its verbs and context
  // ("which one is grown at the higher altitude"), not things to search for.
  const known = sort ? knownWords(vocab) : undefined;
  if (queryParts.length === 0 && !slots.category && !slots.brand && !slots.productNames)
    queryParts.push(...free.filter((w) => !(sort && (SUPERLATIVE_WORD.test(w) || !known!.has(stem(w))))));
  // Words left out ("not the masonry ones") are not searched for.
  const out = new Set(slots.exclude?.split(' ') ?? []);
  const kept = queryParts.filter((w) => !out.has(w));
  if (kept.length) slots.query = kept.join(' ');
  // Beside a superlative the other words are its verbs ("which fermenter holds the most"), no need.
  else if (slots.category && !sort) slots.need = needWords(free, out, SUPERLATIVE_WORD);
  // "The cheapest lock you sell" ranks locks; only "the cheapest thing you sell" ranks the store.
  if (slots.storeWide && !storeWideStill(slots, kept)) delete slots.storeWide;

  const yes = YES[language].test(text) && !HEDGE[language].test(text.replace(YES[language], ''));
  const no = NO[language].test(text);
  // Words of a product's own name are not requests ("the Dew Drop", "Night Shift", "Second Skin").
  const said = nameWords.size ? tokens.map((t, i) => (nameWords.has(i) ? 'item' : t)).join(' ') : text;
  const code = bareCode(tokens, taken, language);
  if (code) slots.promoCode = code;
  let intent = code ? 'promo' : classify(said, language, slots, yes, no);
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
  return { language, intent, slots, text, yes, no, ...(unplaced.length ? { unplaced } : {}) };
}

function classify(text: string, lang: Language, slots: Slots, yes: boolean, no: boolean): Intent {
  const words = text.split(' ').length;
  // Requests that start like a refusal ("cancel my order", "no, start over") are checked first.
  for (const i of ['reset', 'cancel_order', 'clear_cart', 'list_promos'] as const)
    if (EXTRA_PATTERNS[lang][i].test(text)) {
      // "Let's start over, show me batteries": the state forgets the search, the rest is the request.
      const rest =
        i === 'reset' ? text.replace(EXTRA_PATTERNS[lang].reset, ' ').replace(/\s+/g, ' ').trim() : '';
      const other = rest ? matchIntent(rest, lang) : null;
      if (rest && ((other && other !== 'greeting' && other !== 'reset') || hasCatalogSlots(slots)))
        return classify(rest, lang, slots, false, false);
      return i;
    }
  // A read-back, emptying the cart, saving for later, a person, a checkout (cart-talk.ts).
  const whole = cartTalk(text, lang, slots, matchIntent(text, lang));
  if (whole) return whole;
  const excluding = !!(slots.excludeBrand || slots.excludeColor || slots.exclude);
  if (excluding && !slots.productNames) return slots.category ? 'search' : 'refine';
  // "OK then use GLOW10" / "vale, entonces SAVE5": a code said after a yes is the request.
  if (yes && words <= 6 && !slots.promoCode) {
    const rest = matchIntent(text.replace(YES[lang], '').trim(), lang);
    if (!rest || rest === 'checkout' || rest === 'greeting' || placesOrder(text, lang)) return 'confirm';
  }
  if (no) {
    const rest = text.replace(NO[lang], '').trim();
    const other = rest ? matchIntent(rest, lang) : null;
    if (other && other !== 'greeting') return adjust(other, rest, lang, slots);
    if (!rest || words <= 4 || !hasCatalogSlots(slots)) return 'deny';
  }
  // "What's the most expensive thing you sell": the store ranked, whatever is on screen.
  if (slots.storeWide && slots.sort && !slots.category && !slots.brand && !slots.productNames)
    return 'search';
  // "Mete el pedido ya": an add verb whose object is the order places it (order-words.ts).
  if (placesOrder(text, lang) && !hasCatalogSlots(slots)) return 'checkout';
  const m = matchIntent(text, lang);
  // A spec question about the product in focus ("is it waterproof") is not a search; a superlative
  // over a kind ("which paddle is the lightest? I'm out all day") ranks that kind whatever else is said.
  if (
    (slots.measure || slots.feature || slots.amount) &&
    !(slots.sort && slots.category && /^(\w+ )?(which|what|cual|que)\b/.test(text)) &&
    (!m ||
      ['search', 'details', 'greeting', 'help', 'refine'].includes(m) ||
      // "How long does the X stay fresh once the bag is open": a named product's bag is not the cart.
      (m === 'view_cart' && slots.productNames && !/\b(cart|basket|carrito|cesta)\b/.test(text)))
  )
    return 'spec';
  // "What's the warranty on the AeroFlex", "which suitcase has the longest warranty": a product's
  // warranty is in its own text (the store's policy is asked when that says nothing).
  if (
    m === 'policy' &&
    (slots.feature || slots.amount) &&
    policyTopic(text) === 'warranty' &&
    (slots.productNames ||
      slots.category ||
      /\b(it|its|this|that|them|those|these|they|one|which|cual|que)\b/.test(text))
  )
    return 'spec';
  if (m) return adjust(m, text, lang, slots);
  if (slots.orderId) return 'order_status';
  if (slots.promoCode) return 'promo';
  if (slots.productNames && WEAK_ADD[lang].test(text)) return 'add_to_cart';
  // "The lightest knife please": a superlative over a kind of product the catalog has no category for.
  if (slots.sort && slots.query) return 'search';
  // "…, just the dark roasts": tags alone said as a restriction narrow what is shown.
  if (
    slots.attributes &&
    !slots.category &&
    !slots.brand &&
    !slots.productNames &&
    REFINE_CUE[lang].test(text)
  )
    return 'refine';
  if (slots.category || slots.brand || slots.productNames || slots.attributes) return 'search';
  if (slots.color || slots.size || slots.minPrice !== undefined || slots.maxPrice !== undefined)
    return 'refine';
  const single =
    (slots.reference === 'cheapest' || slots.reference === 'priciest') &&
    /\b(one|the cheapest|the most expensive|el|la)\b/.test(text) &&
    !/\b(ones|los|las)\b/.test(text);
  if (REFINE_CUE[lang].test(text) && !slots.ordinals && !single) return 'refine';
  // "Me quedo con el primero que has dicho": a verb of taking on a position of the list adds it.
  if (slots.ordinals && TAKES[lang].test(text)) return 'add_to_cart';
  if (slots.ordinals || slots.reference === 'cheapest' || slots.reference === 'priciest') return 'details';
  return 'unknown';
}

function hasCatalogSlots(s: Slots): boolean {
  return !!(s.category || s.brand || s.color || s.size || s.productNames || s.maxPrice || s.minPrice);
}

function adjust(intent: Intent, text: string, lang: Language, slots: Slots): Intent {
  // "¿Qué tengo en el carrito?" names the cart without putting anything in it.
  if (
    intent === 'add_to_cart' &&
    INTENT_PATTERNS[lang].view_cart?.test(text) &&
    !/\b(add|put|anade|agrega|pon|ponme|mete|meter)\b/.test(text) &&
    !slots.productNames
  )
    return 'view_cart';
  const single =
    (slots.reference === 'cheapest' || slots.reference === 'priciest') &&
    /\b(one|the cheapest|the most expensive|el|la)\b/.test(text) &&
    !/\b(ones|los|las)\b/.test(text);
  if ((intent === 'search' || intent === 'refine') && single && !slots.category && !slots.query)
    return 'details';
  const pointsAtItem = !!(
    slots.ordinals ||
    slots.reference === 'anaphora' ||
    slots.reference === 'cheapest' ||
    slots.reference === 'priciest'
  );
  if (intent === 'search' || intent === 'greeting' || intent === 'help') {
    if (WEAK_ADD[lang].test(text) && (slots.productNames || (!slots.category && pointsAtItem)))
      return 'add_to_cart';
    if (intent !== 'search' && hasCatalogSlots(slots)) return 'search';
    if (intent === 'search' && !slots.category && !slots.brand && !slots.productNames && !slots.attributes) {
      if (
        REFINE_CUE[lang].test(text) ||
        slots.color ||
        slots.size ||
        slots.maxPrice !== undefined ||
        slots.minPrice !== undefined
      )
        return 'refine';
      if (pointsAtItem && !slots.query) return 'details';
    }
    if (intent === 'search' && REFINE_CUE[lang].test(text) && !slots.category && !slots.productNames)
      return 'refine';
  }
  if (intent === 'availability' && !pointsAtItem && !slots.productNames)
    return slots.category || slots.brand ? 'search' : 'refine';
  if (
    intent === 'search' &&
    slots.productNames &&
    (slots.color || slots.size) &&
    /\b(have|got|tienes|tiene|teneis|tienen|hay)\b/.test(text)
  )
    return 'availability';
  if (intent === 'list_saved' && PUTS_SAVED.test(text)) return 'save_item';
  if (intent === 'details' && !pointsAtItem && !slots.productNames && (slots.category || slots.brand))
    return 'search';
  if (
    intent === 'view_cart' &&
    /\b(total|cuanto)\b/.test(text) &&
    pointsAtItem &&
    !/\b(cart|carrito|cesta|basket)\b/.test(text)
  )
    return 'details';
  return intent;
}
