/** Routing between the classified intent and the action (a multi-add, a rank over what is on screen, a
 * correction, another add after "and the X", a brand said as a restriction narrowing the last search). */

import { optionTokens } from '../../catalog/option-values.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { soundsLikeRestriction, type Understanding } from '../understand/nlu.ts';
import { optionPhrase, sameOptionToken } from '../variants/option-phrase.ts';
import { unlistedOption } from '../variants/variant-options.ts';
import { choosesNamed, namesOtherKind } from '../variants/variant-pick.ts';
import { withoutLeadFiller } from '../variants/variant-words.ts';
import { restrictionClause } from '../words/only-those.ts';
import { type DecideInput, optionText } from './actions.ts';
import { asksChoice } from './choice-action.ts';
import { comparisonSides } from './compare-sides.ts';
import { sizeInCorrection } from './correction-size.ts';
import { asksUnlistedFeature } from './feature-availability.ts';
import { asksFocusValues, asksFocusVariant } from './focus-variant-question.ts';
import { ordersEveryItem } from './item-orders.ts';
import { picksByLevel } from './level-pick.ts';
import { settlesLineCount } from './line-count.ts';
import { pickedByRank, withoutRank } from './list-pick.ts';
import { orderRoute } from './order-talk.ts';
import { asksVariantPrice } from './price-action.ts';
import { shownOfBrand } from './shown-reference.ts';
import { ranksLastKind, ranksShownList } from './shown-superlative.ts';
import { sizeStepOf } from './size-step.ts';
import { ranksTalkedAbout } from './talked-comparative.ts';
import { valueOwner } from './value-owner.ts';

const CORRECTION: Record<Language, RegExp> = {
  en: /^(no|nope|sorry|oops|actually|wait|oh wait|rather|make it|change it to|i meant)\b/,
  es: /^(no|perdon|perdona|mejor|espera|en realidad|cambialo|quise decir|queria|me equivoque|era)\b/,
};

/** A change of mind said inside the request ("on second thought … make the X a 12 oz bag"). */
const CORRECTION_INSIDE: Record<Language, RegExp> = {
  en: /\b(on second thoughts?|make (it|that|the [a-z ]{1,30}?) (a|an|the|in)|change (it|that|the [a-z ]{1,30}?) to|switch (it|that|the [a-z ]{1,30}?) to|(swap|switch|exchange|trade) (it|that|this|the [a-z ]{1,30}?) (out )?(for|with))\b/,
  es: /\b(pensandolo mejor|mejor que sea|(era|eran) (de|del|el|la|en)|que (el|la|los|las) [a-z ]{1,30}? sea|cambia(lo|la|me)? (el |la )?[a-z ]{0,30}?(a|por))\b/,
};

const CANCEL_IT: Record<Language, RegExp> = {
  en: /\bcancel (it|that|this|that one)\b/,
  es: /\b(cancela(r)?lo|cancela(r)?la|anula(r)?lo|anula(r)?la|cancelar?|anular?)\b/,
};

/**
 * "Has it shipped yet?", "¿ya lo habéis enviado?": a pronoun that shipping or arriving can only be
 * said of, once the shopper has an order, asks about that order.
 */
const ORDER_IT: Record<Language, RegExp> = {
  en: /\b(has|have|did|is|was) (it|they|that|this|everything) (been )?(ship|shipped|sent|dispatched|arrive|arrived|delivered|gone out|left)\b|\bwhen (will|does|do|is) (it|they) (arrive|ship|come|get here|be delivered|going to arrive)\b|\bwhere is it (now|at)\b/,
  es: /\b(lo|la|los|las) (has|habeis|han|ha) (enviado|mandado|despachado)\b|\b(ya )?(ha|han) (llegado|salido)\b|\b(lo|la) (enviasteis|enviaste|enviaron|mandaron)\b|\bcuando (llega|llegara|llegan|me llega)\b/,
};

/** The previous turn placed, read back or tracked an order (not a cart or search turn). */
function lastTalkWasOrder(input: DecideInput): boolean {
  const calls = input.previousCalls ?? [];
  return calls.some((c) => ['order_status', 'confirm_order', 'shopping_history'].includes(c));
}

/**
 * "No wait, the 18 volt one" after adding the 20 V variant: the text names a value of an option
 * of the product just added. Read without the quantity's number ("make it 3" is no "3-pack"), any
 * value counts; read with it, only a value other than the one added.
 */
function correctsOption(input: DecideInput): boolean {
  const prev = input.previousAdd!;
  const product = input.state.known.get(prev.productId);
  if (!product?.options?.length) return false;
  if ('options' in optionPhrase(optionText(input.nlu), product)) return true;
  const said = optionPhrase(input.nlu.text, product).options ?? {};
  return Object.entries(said).some(([name, value]) => prev.options?.[name] !== value);
}

/** The product named is the one given ("make the Kochere a 12 oz bag" after adding the Kochere). */
function namesOnly(s: Understanding['slots'], input: DecideInput, productId: string): boolean {
  const name = input.state.known.get(productId)?.name;
  return !!name && s.productNames?.length === 1 && s.productNames[0] === name;
}

/** Words that choose one of a list ("the second one please", "me quedo con la segunda"). */
const CHOOSE: Record<Language, RegExp> = {
  // Any verb of taking: "I'll grab the second one", "gimme the third one", "dame el tercero".
  en: /\b(please|i ll take|i ll go with|i ll have|go with|that s the one|i ll grab|grab|gimme|give me|get me|i ll get|i want|i d like|i need)\b/,
  es: /\b(por favor|me quedo con|me llevo|quiero|dame|ponme|me das|me pones|elijo|escojo)\b/,
};
const ASK_ABOUT: Record<Language, RegExp> = {
  en: /\b(tell|about|more|show|info|information|details|describe|what|how|does|is|are)\b/,
  es: /\b(cuentame|dime|sobre|mas|muestrame|ensename|informacion|detalles|describe|que|como|es|tiene)\b/,
};

/** "I need", "I'll take", "me llevo": the shopper is getting something, not browsing. */
const NEED: Record<Language, RegExp> = {
  en: /\b(i (also |really |just |still |then )?(need|want)(?! to (?:try|learn|start|begin|get into|take up)\b(?! (?:the|a|an|this|that|these|those|it|them|one)\b))|i ll (also )?take|i ll have|i d (also )?like|i would like|give me|get me|plus)\b/,
  es: /\b(necesito|me llevo|quiero|dame|ponme|me pones|mas)\b/,
};

/** The kind said is the product's own ("a pack of picks" with the picks in focus). */
function sameKind(product: { name: string; category?: string }, category: string): boolean {
  const own = `${product.name} ${product.category ?? ''}`.toLowerCase();
  return category
    .toLowerCase()
    .split(' ')
    .every((w) => own.includes(w.replace(/s$/, '')));
}

/** "29 inch wheels" for a bike with a "Wheel Size" option: the kind said is an option's name. */
function namesOptionName(product: { options?: { name: string }[] }, category: string): boolean {
  const said = category
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/s$/, ''));
  return (product.options ?? []).some((o) => {
    const words = o.name
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/s$/, ''));
    return said.every((w) => words.includes(w));
  });
}

/** The text names a value of an option of the product called by that name. */
function namesOptionOfNamed(input: DecideInput, name: string): boolean {
  const p = [...input.state.known.values()].find((x) => x.name === name);
  // Measured sizes are values too ("the 16.9 ounce bottle" for a size "16.9 fl oz").
  const measured = (p?.sizes ?? []).filter((x) => /^\d/.test(x.size));
  if (
    measured.length > 0 &&
    'options' in
      optionPhrase(optionText(input.nlu), {
        options: [{ name: 'size', values: measured.map((x) => ({ value: x.size, inStock: x.inStock })) }],
      })
  )
    return true;
  if (!p?.options?.length) return false;
  if ('options' in optionPhrase(optionText(input.nlu), p)) return true;
  // Search listed only the values in stock: a value said that is not among them may be sold out.
  return !!p.options.partial && !!unlistedOption(input, p, undefined);
}

/**
 * Turns the classified intent into what to do: several named products to add become one
 * multi-add; a spec superlative with no new subject ranks the products on screen.
 */
/**
 * "Add that one with the video head", "I'll get it as a kit with the 28-70": a pronoun and a value
 * of a product just talked about or shown ("Fluid Video Head", "with 28-70mm Lens") mean that
 * product, even when a word of the value also reached another product's name ("Video Light",
 * "24-70mm Lens"). The product in focus first, then the ones talked about latest, then the list.
 */
function valueOverName(input: DecideInput, s: Understanding['slots']): ProductInfo | undefined {
  if (s.productNames?.length !== 1 || s.reference !== 'anaphora' || s.items || s.ordinals) return undefined;
  const { state } = input;
  const ids = [
    ...(state.focus ? [state.focus.id] : []),
    ...[...(state.recent ?? [])].reverse().slice(0, 3),
    ...state.lastResults.map((p) => p.id),
  ];
  const named = [...state.known.values()].find((p) => p.name === s.productNames![0]);
  const text = optionText(input.nlu);
  // One word shared with a value ("black" of an "Abyssal Black" bezel) is too little to overrule
  // the product named: two words or a figure of the value must be said.
  const said = optionTokens(text);
  const specific = (value: string) =>
    optionTokens(value).filter(
      (t) => said.includes(t) || (/^\d/.test(t) && said.some((w) => sameOptionToken(w, t))),
    ).length >= 2;
  for (const id of new Set(ids)) {
    const p = state.known.get(id);
    if (!p?.options?.length || p.id === named?.id) continue;
    const hit = optionPhrase(text, p);
    if ('options' in hit && Object.values(hit.options).some(specific)) return p;
  }
  return undefined;
}

export function routeOf(intent: string, input: DecideInput, s: Understanding['slots']): string {
  const byValue = intent === 'add_to_cart' || intent === 'search' ? valueOverName(input, s) : undefined;
  if (byValue) {
    s.productNames = [byValue.name];
    delete s.otherNames;
    if (intent === 'add_to_cart' || NEED[input.nlu.language].test(input.nlu.text)) return 'add_to_cart';
  }
  // "Do you have the two inch one?", "and the 6 mm one as well": the product in view with that value.
  const owner = valueOwner(input);
  if (owner) {
    s.productNames = [owner.product.name];
    delete s.otherNames;
    delete s.query;
    return owner.asks ? 'availability' : 'add_to_cart';
  }
  if ((intent === 'add_to_cart' || intent === 'search') && (s.items?.length ?? 0) >= 2)
    return intent === 'add_to_cart' ||
      /\b(add|put|anade|agrega|pon)\b/.test(input.nlu.text) ||
      /^plus\b/.test(withoutLeadFiller(input.nlu.text)) ||
      (/^(and|plus|also|y|mas|tambien)\b/.test(input.nlu.text) &&
        input.previousCalls?.includes('add_to_cart')) ||
      ordersEveryItem(input, s)
      ? 'add_many'
      : intent;
  // "Which one is for beginners?": a choice among the products shown by who they are for.
  if (picksByLevel(input, s)) return 'level_pick';
  // "Do the boots come in half sizes?": no option value asked, so the product's text answers.
  if (asksUnlistedFeature(input, s, intent)) return 'spec';
  const text = input.nlu.text;
  // "Do you have the twelves?" with the boots in focus: their size 12 asked of the stock check.
  if (asksFocusVariant(input, s, intent)) return 'availability';
  // "What sizes does it come in?": the product's details list its values in stock.
  if (asksFocusValues(input, s, intent)) return 'details';
  // "Meadowlark or Halcyon, which sleeps cooler?": two products named, chosen between by a quality.
  if (
    ['spec', 'search', 'refine', 'compare', 'details', 'unknown'].includes(intent) &&
    asksChoice(text, input.nlu.language)
  )
    return 'choose';
  // "Did my order go out yet?", "¿por dónde va lo mío?", "I'd like to cancel it" (order-talk.ts).
  const order = orderRoute(intent, input, s);
  if (order) return order;
  // "How's the A different from the B", "the red kayak versus the touring one": two products compared.
  if (
    ['spec', 'search', 'refine', 'compare', 'details', 'unknown'].includes(intent) &&
    comparisonSides(input, s)
  )
    return 'compare';
  // "What's the Halcyon run in 300 thread count for a king?": the variant's price.
  if (asksVariantPrice(intent, input, s)) return 'price';
  if (
    input.state.lastOrderId &&
    ORDER_IT[input.nlu.language].test(text) &&
    !s.productNames &&
    !['clear_cart', 'remove_from_cart', 'cancel_order', 'add_to_cart', 'checkout'].includes(intent)
  )
    return 'order_status';
  // "The second one, yellow": a place in the list shown, with a variant, chooses that product.
  if (
    intent === 'refine' &&
    s.ordinals?.length &&
    (s.color || s.size) &&
    !s.category &&
    !s.productNames &&
    !soundsLikeRestriction(text, input.nlu.language) &&
    input.state.lastResults.length >= Math.max(...s.ordinals.map((n) => (n < 0 ? 1 : n)))
  )
    return 'add_to_cart';
  // "I want to cancel it" while an order is what was last talked about cancels that order.
  if (
    input.state.lastOrderId &&
    CANCEL_IT[input.nlu.language].test(text) &&
    !s.productNames &&
    !['clear_cart', 'remove_from_cart', 'cancel_order'].includes(intent) &&
    lastTalkWasOrder(input)
  )
    return 'cancel_order';
  // "The next size up", "actually a bigger one" right after an add steps that line's size (size-step.ts).
  if (
    (input.previousAdd || input.previousRefused) &&
    sizeStepOf(text, input.nlu.language) &&
    !s.productNames?.length &&
    !s.category &&
    !['remove_from_cart', 'clear_cart', 'checkout', 'cancel_order', 'compare'].includes(intent)
  )
    return 'size_step';
  // "No wait, the black one" right after an add changes that line's colour or size.
  if (
    input.previousAdd &&
    (s.color || s.size || correctsOption(input) || sizeInCorrection(input, s)) &&
    (!s.category || namesOnly(s, input, input.previousAdd.productId)) &&
    !s.items &&
    (CORRECTION[input.nlu.language].test(withoutLeadFiller(text)) ||
      CORRECTION_INSIDE[input.nlu.language].test(text)) &&
    (!s.productNames?.length || namesOnly(s, input, input.previousAdd.productId)) &&
    !['remove_from_cart', 'update_quantity', 'clear_cart', 'checkout', 'cancel_order'].includes(intent)
  )
    return 'correct_line';
  // "Actually one pair is enough" after an add or a count change: that line's count (line-count.ts).
  if (['unknown', 'refine', 'search', 'update_quantity'].includes(intent) && settlesLineCount(input, s))
    return 'update_quantity';
  // "Actually just one of those" right after an add lowers that line's count.
  if (
    input.previousAdd &&
    s.quantity !== undefined &&
    s.quantity !== input.previousAdd.quantity &&
    !s.color &&
    !s.size &&
    !s.category &&
    !s.productNames?.length &&
    !s.items &&
    CORRECTION[input.nlu.language].test(text) &&
    ['unknown', 'refine', 'search', 'add_to_cart'].includes(intent) &&
    !correctsOption(input)
  )
    return 'update_quantity';
  // "The second one, yellow": the entry of the list, in that colour or size, is wanted.
  if (
    ['refine', 'details', 'search'].includes(intent) &&
    s.ordinals?.length === 1 &&
    (s.color || s.size) &&
    !s.category &&
    !s.productNames?.length &&
    input.state.lastResults.length >= 2
  )
    return 'add_to_cart';
  // A price bound ("and a cover for the pool, under 200") is a shopper comparing, not ordering.
  const browsing = s.maxPrice !== undefined || s.minPrice !== undefined;
  // "And the Cascade Mid in size 11", "a screen protector too" right after an add is another add.
  if (
    (intent === 'search' || intent === 'refine') &&
    !browsing &&
    s.productNames?.length &&
    (/^(and|also|plus|y|tambien|e)\b/.test(text) || /\b(too|as well|tambien)$/.test(text)) &&
    (input.previousCalls?.includes('add_to_cart') ||
      // "The compact ones too" of a product in the list shown: it is taken as well.
      (/\b(too|as well|tambien)$/.test(text) &&
        s.productNames.length === 1 &&
        input.state.lastResults.some((p) => p.name === s.productNames![0])))
  )
    return 'add_to_cart';
  // "And two of the 16 oz ones in terracotta" right after an add: more of that product, in another variant.
  const lead = withoutLeadFiller(text);
  if (
    (intent === 'search' || intent === 'refine' || intent === 'unknown') &&
    input.previousAdd &&
    input.previousCalls?.includes('add_to_cart') &&
    !s.productNames?.length &&
    !s.category &&
    (/^(and|also|plus|y|tambien|e|mas)\b/.test(lead) || /^\d+ (of the|de los|de las)\b/.test(lead)) &&
    (s.color || s.size || correctsOption(input) || (s.quantity && s.numbers?.length)) &&
    !namesOtherKind(input, input.state.known.get(input.previousAdd.productId))
  ) {
    s.reference = 'anaphora';
    return 'add_to_cart';
  }
  // "And a silver bottle cage" right after an add: another add, of the one product of that kind.
  if (
    intent === 'search' &&
    !browsing &&
    input.previousCalls?.includes('add_to_cart') &&
    s.category &&
    !s.productNames?.length &&
    /^(and|also|plus|y|tambien|mas)( also| tambien)? (a|an|one|un|una|uno)\b/.test(text)
  )
    return 'add_to_cart';
  // "I'd like it in a medium with 29 inch wheels": the product in focus, in a variant, is wanted.
  const focus = input.state.focus;
  if (
    (intent === 'search' || intent === 'refine' || intent === 'unknown') &&
    focus &&
    s.reference === 'anaphora' &&
    !s.productNames?.length &&
    (!s.category || namesOptionName(focus, s.category)) &&
    NEED[input.nlu.language].test(text) &&
    (s.size || s.color || namesOptionOfNamed(input, focus.name))
  )
    return 'add_to_cart';
  // "And a pack of the .71s for me" with the picks in focus: a figure of one of its values, said
  // as another item of the order, adds that variant (the shop refuses it when sold out).
  const shown =
    input.previousCalls?.includes('search_products') && input.state.lastResults.length === 1
      ? input.state.lastResults[0]
      : focus;
  const target = shown ? (input.state.known.get(shown.id) ?? shown) : undefined;
  if (
    (intent === 'search' || intent === 'refine' || intent === 'unknown') &&
    target &&
    !browsing &&
    !s.productNames?.length &&
    !s.sort &&
    (!s.category || namesOptionName(target, s.category) || sameKind(target, s.category)) &&
    (/^(and|also|plus|y|tambien)( also| tambien)? (a|an|one|the|un|una|uno|el|la)\b/.test(text) ||
      NEED[input.nlu.language].test(text)) &&
    /\d/.test(text) &&
    namesOptionOfNamed(input, target.name)
  ) {
    s.productNames = [target.name];
    return 'add_to_cart';
  }
  // "The second one please" after a list: that one is chosen, not asked about.
  if (
    intent === 'details' &&
    (s.ordinals?.length === 1 || pickedByRank(s)) &&
    input.state.lastResults.length >= 2 &&
    CHOOSE[input.nlu.language].test(text) &&
    !ASK_ABOUT[input.nlu.language].test(withoutRank(text)) &&
    // "Option two please" reads that entry out; "the second one please" takes it.
    !/\b(option|number|opcion|numero)\b/.test(text)
  )
    return 'add_to_cart';
  // "The second one, yellow", "the clear one" (one product shown): a product picked from what was
  // shown, with a value of its variants, is chosen to buy, not a new filter on the list.
  const picked =
    s.ordinals?.length === 1
      ? input.state.lastResults.length >= 2
      : input.state.lastResults.length === 1 &&
        /^(the|el|la|los|las)( de)? \w+( (one|ones|uno|una))?$/.test(text);
  if (
    (intent === 'refine' || intent === 'search' || intent === 'details') &&
    picked &&
    (s.color || s.size) &&
    !s.category &&
    !s.productNames?.length &&
    !s.maxPrice &&
    !ASK_ABOUT[input.nlu.language].test(text)
  ) {
    if (!s.ordinals?.length) s.reference = 'anaphora';
    return 'add_to_cart';
  }
  // "Tell me about the Grindstone one" over a list: the one shown by that brand, not a search.
  const ofBrand = ['search', 'refine', 'details'].includes(intent) ? shownOfBrand(input) : undefined;
  if (ofBrand) {
    s.productNames = [ofBrand.name];
    delete s.brand;
    return 'details';
  }
  // "The ceramic one in green, the big size": a product shown, named with its variant, is chosen.
  const chosen = choosesNamed(input);
  if (chosen) {
    const p = input.state.known.get(chosen) ?? input.state.lastResults.find((x) => x.id === chosen);
    if (!s.productNames?.length && p) s.productNames = [p.name];
    return 'add_to_cart';
  }
  // "Two of the braided cables, two metres, in black": a count, a product and its variant is an order.
  if (intent === 'search' && !browsing && s.productNames?.length === 1 && s.quantity && (s.size || s.color))
    return 'add_to_cart';
  // "Two Allroads in 28 millimeter", "I also need the filters, #4, the 300 pack": a count or a
  // need with a value of the named product's options is an order too.
  if (
    intent === 'search' &&
    s.productNames?.length === 1 &&
    !browsing &&
    (s.quantity || NEED[input.nlu.language].test(text)) &&
    namesOptionOfNamed(input, s.productNames[0]!)
  )
    return 'add_to_cart';
  // "And the pearl stretch bracelet in 7.5": a named product with a value said after "and" is
  // another item of the order (the shop refuses a value sold out, with what is in stock).
  if (
    intent === 'search' &&
    s.productNames?.length === 1 &&
    !browsing &&
    !s.items &&
    !s.sort &&
    /^(and|plus|also|y|tambien|mas)\b/.test(text) &&
    (s.size || s.color || namesOptionOfNamed(input, s.productNames[0]!))
  )
    return 'add_to_cart';
  // The same with a product not seen yet ("and the Foo kettle, the 1.5 litre one"): it is looked
  // up first, then its values are read.
  if (
    intent === 'search' &&
    s.productNames?.length === 1 &&
    !browsing &&
    !s.items &&
    !s.sort &&
    (NEED[input.nlu.language].test(text) || /^(and|plus|also|y|tambien|mas)\b/.test(text)) &&
    /\d/.test(text) &&
    ![...input.state.known.values()].some((p) => p.name === s.productNames![0])
  )
    return 'add_to_cart';
  // "Just the ones that slice cucumbers": a clause narrowing what is shown (only-those.ts).
  // Titles its words match ("snip herbs" of Herb Scissors) are what the list is narrowed by, no product.
  if (intent === 'search' && input.state.lastSearch && restrictionClause(text, input.nlu.language))
    return 'refine';
  // "Just the card games" after a brand's search narrows it to that kind (brand and price stay).
  if (
    intent === 'search' &&
    s.category &&
    !s.brand &&
    !s.productNames &&
    input.state.lastSearch &&
    !input.state.lastSearch.category &&
    (input.state.lastSearch.brand || input.state.lastSearch.maxPrice !== undefined) &&
    /^(only|just|solo|solamente|nada mas)\b/.test(text)
  )
    return 'refine';
  // "Only the Alpenrock ones" after a search narrows it (category and price stay).
  if (
    intent === 'search' &&
    s.brand &&
    !s.category &&
    !s.productNames &&
    !s.attributes &&
    input.state.lastSearch &&
    soundsLikeRestriction(input.nlu.text, input.nlu.language)
  )
    return 'refine';
  const subject = s.category || s.query || s.brand || s.attributes || s.productNames;
  const priceSort = s.sort === 'cheapest' || s.sort === 'most_expensive';
  // "Which is cheaper" compares what is on screen; "the cheapest" alone keeps its own meaning.
  const priceComparative =
    /\b(cheaper|more expensive|pricier|mas barat[oa]|mas car[oa]|menos car[oa])\b/.test(text);
  if (priceComparative && !subject && input.state.lastResults.length >= 2 && /\b(which|cual)\b/.test(text)) {
    s.sort = /\b(cheaper|mas barat[oa]|menos car[oa])\b/.test(text) ? 'cheapest' : 'most_expensive';
    return 'rank';
  }
  if (
    s.sort &&
    (!priceSort || priceComparative) &&
    !subject &&
    input.state.lastResults.length >= 2 &&
    /\b(which|what|cual|que|quien)\b/.test(input.nlu.text)
  )
    return 'rank';
  if (ranksShownList(intent, input, s)) return 'rank';
  if (ranksTalkedAbout(intent, input, s)) return 'rank';
  if (ranksLastKind(intent, input, s)) return 'search';
  return intent;
}

/** The in-stock alternatives a refused add_to_cart carries (details.inStock). */
export function inStockOf(output: unknown): { sizes: string[]; colors: string[] } | undefined {
  const e = (output as { error?: { details?: { inStock?: { sizes?: unknown; colors?: unknown } } } } | null)
    ?.error;
  const s = e?.details?.inStock;
  if (!s) return undefined;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return { sizes: strings(s.sizes), colors: strings(s.colors) };
}
