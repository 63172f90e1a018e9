/**
 * Which request an utterance makes, from its text and the slots understanding found (nlu.ts):
 * refusals and resets first, whole-cart talk (cart-talk.ts), yes and no, spec questions, then the
 * intent patterns in priority order, adjusted by what the slots say ("search" with a named product
 * and a verb of taking is an add; "details" of a category is a search).
 */
import type { Language } from '../../contract.ts';
import { spanishOrderTalk } from '../spanish/es-order-talk.ts';
import { spanishQuantityChange } from '../spanish/es-quantity-change.ts';
import { INTENT_PATTERNS, type Intent, NO, YES } from '../words/lexicon.ts';
import { placesOrder } from '../words/order-words.ts';
import type { Slots } from '../words/slots.ts';
import { cartTalk } from './cart-talk.ts';
import { EXTRA_PATTERNS, PUTS_SAVED, policyTopic } from './intents-extra.ts';

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

// "I want to try panning", "I'd like to learn": wanting to take up an activity is no add ("I'd like
// to try the red one" still asks for a product).
const NOT_GETTING =
  '(?! to (?:try|learn|start|begin|get into|take up)\\b(?! (?:the|a|an|this|that|these|those|it|them|one)\\b))';

const WEAK_ADD: Record<Language, RegExp> = {
  en: new RegExp(
    `\\b((i want|i d like|i would like|i would love|i d love|i need|i could use|i could do with)${NOT_GETTING}|i ll get|i ll have|give me|gimme|i ll go with|let s go with|i choose|i pick|buy (it|them|this|that|the)|can i (get|have)|could i (get|have)|i ll take|i will take|i ll grab|grab (it|them|one|the)|let s do|i ll do|throw (one|it|them|that) in)\\b`,
  ),
  // "¿Me das / me pones el …?" asks for the product as "can I get …" does, unless it asks for details.
  // "Quisiera ver los tapetes" asks to be shown them: a want of seeing is no want of the thing.
  es: /\b((quiero|quisiera)(?! (ver|mirar|conocer|saber|preguntar)\b)|dame|ponme|me quedo con|elijo|escojo|compra(r)? (el|la|ese|esa)|me (das|da|pones|pone)(?! (mas )?(informacion|info|detalles|datos|el precio|precio)))\b/,
};
const REFINE_CUE: Record<Language, RegExp> = {
  en: /^(only|just|what about|how about|and|any|in|show me (only|just)|cheaper|something cheaper|maybe)\b|\b(instead|cheaper ones|those in|them in|ones in|(just|only) (the|those) \w+ (ones|\w+s))\b/,
  es: /^(solo|solamente|nomas|nada mas|unicamente|y|que tal|y en|en|alguno|mejor)\b|\b(mas baratos|mas baratas|en vez|esos en|esas en|solo (los|las) de)\b/,
};

const ONES: Record<Language, RegExp> = {
  en: /\b(ones|those|them|these)\b/,
  es: /\b(los|las) de\b|\b(esos|esas|estos|estas)\b/,
};

/** "Only the Alpenrock ones", "just those", "solo las de …": said as a restriction of what is shown. */
export function soundsLikeRestriction(text: string, lang: Language): boolean {
  return REFINE_CUE[lang].test(text) || ONES[lang].test(text);
}

export function classify(text: string, lang: Language, slots: Slots, yes: boolean, no: boolean): Intent {
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
  // "Ya es todo, cóbreme", "¿qué traigo en el carrito?": Spanish closings and read-backs (es-order-talk.ts).
  const closing = lang === 'es' ? spanishOrderTalk(text, !!slots.productNames?.length) : undefined;
  if (closing) return closing;
  // "Mejor que sea una sola", "déjame dos nomás": how many of the line, corrected (es-quantity-change.ts).
  const many = lang === 'es' ? spanishQuantityChange(text) : undefined;
  if (many !== undefined) {
    slots.quantity = many;
    return 'update_quantity';
  }
  // A read-back, emptying the cart, saving for later, a person, a checkout (cart-talk.ts).
  const whole = cartTalk(text, lang, slots, matchIntent(text, lang));
  if (whole) return whole;
  const excluding = !!(slots.excludeBrand || slots.excludeColor || slots.exclude || slots.excludeText);
  if (excluding && !slots.productNames) return slots.category ? 'search' : 'refine';
  // "Yes, go ahead and confirm my tent order": a yes whose verb acts on the order places it,
  // whatever the order is called by.
  if (yes && placesOrder(text, lang)) return 'confirm';
  // "OK then use GLOW10" / "vale, entonces SAVE5": a code said after a yes is the request.
  // "Vale, pues un 9 y medio en ancho": a Spanish yes before a value or product is that request.
  if (yes && words <= 6 && !slots.promoCode && !(lang === 'es' && hasCatalogSlots(slots))) {
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
    (slots.feature || slots.amount || (lang === 'en' && WARRANTY_OF_ONE.test(text))) &&
    policyTopic(text) === 'warranty' &&
    (slots.productNames ||
      slots.category ||
      /\b(it|its|this|that|them|those|these|they|one|which|cual|que)\b/.test(text))
  ) {
    // The warranty is then what the product's text is searched for.
    if (!slots.feature && !slots.amount) slots.feature = ['warranty'];
    return 'spec';
  }
  // "Can I put the jersey in the washing machine?": a question of what the shopper may do with a
  // product whose words name a feature asks about it; "can I get / add / put it in my cart" orders.
  if (m === 'add_to_cart' && slots.feature && asksWhatOneMayDo(text, lang)) return 'spec';
  if (m) return adjust(m, text, lang, slots);
  // "Which size for an 8 year old?": an age asked of the product in view (its text gives ages).
  if (lang === 'en' && AGE_QUESTION.test(text)) return 'spec';
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

const AGE_QUESTION =
  /^((so|and|ok|okay|um|uh) )*(which|what|is|does|will|would|can|could)\b.*\b\d+ (year|yr)s? old\b/;

/** "Is there a warranty on the carbon one / on it": a warranty asked of one product, no feature read. */
const WARRANTY_OF_ONE = /\bwarrant(y|ies)\b.*\b(on|for|with) (it|this|that|the)\b/;

const MAY_DO = /^((so|and|ok|okay|also|hey|um|uh) )*(can|could|may|should|would|will|do) (i|we|you)\b/;
const ORDERS =
  /\b(get|have|buy|order|add|grab|take|purchase)\b|\b(in|into|to|on) (my|the|your) (cart|basket|order|bag)\b/;

function asksWhatOneMayDo(text: string, lang: Language): boolean {
  return lang === 'en' && MAY_DO.test(text) && !ORDERS.test(text);
}

export function hasCatalogSlots(s: Slots): boolean {
  return !!(s.category || s.brand || s.color || s.size || s.productNames || s.maxPrice || s.minPrice);
}

function adjust(intent: Intent, text: string, lang: Language, slots: Slots): Intent {
  // "¿Qué tengo en el carrito?" names the cart without putting anything in it.
  if (
    intent === 'add_to_cart' &&
    INTENT_PATTERNS[lang].view_cart?.test(text) &&
    !/\b(add|put|anade|agrega|pon|ponme|mete|meter)\b/.test(text) &&
    // "The second one on that list, into the cart", "the one listed second goes in my basket".
    !(slots.ordinals && /\b(into|goes in|go in)\b/.test(text)) &&
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
