/**
 * "Do you have the two inch one?", "is the 14 mm one in stock?", "and the 6 mm one as well": a
 * measured option value said with no product named belongs to the product in view that has it —
 * the one in focus, else the one of the list shown (or talked about lately) whose values name it.
 * A stock question about it is asked of the stock check, anything else asks for it (the shop
 * refuses a sold-out value with what is in stock). Without this the unit is read as search words
 * ("inch" finds the 6-inch telescope) or the value lands on an older product measured alike.
 *
 * A list shows only the values in stock, so a sold-out value is not among them: the products on
 * screen measured in that unit are read whole first (get_product), then the owner is chosen.
 * English only (the Spanish branch reads values through its own paths).
 */

import { optionTokens } from '../../catalog/option-values.ts';
import type { ProductInfo } from '../results.ts';
import { optionPhrase, sameOptionToken, withoutInch } from '../variants/option-phrase.ts';
import { unlistedMeasure } from '../variants/variant-pick.ts';
import type { Action, DecideInput } from './action-types.ts';
import { optionText } from './actions.ts';
import { changesMind } from './corrections.ts';

/** A stock question: "do you have the X one", "is the X one in stock", "any of the X left?". */
const ASKS_STOCK =
  /^(do|does|have|has|got|is|are|any)\b.*\b(have|got|carry|stock|left|available|there)\b|\b(in stock|available|any left|sold out)\b/;
/** Words that pick one to buy: "the 6 mm one", "and the 2 inch", "I'll take the 20 mm". */
const PICKS =
  /\b(one|ones)\b|^((and|ok|okay|so|then|also|plus) )*(the|that)\b|\b(i ll take|give me|i want|i need|add|put)\b/;
/** Words that ask to be shown or told, not sold ("show me the 2 inch ones", "how much is …"). */
const BROWSE = /\b(show|see|look|find|search|browse|compare|tell me|how much|what|which|how)\b/;

/** Words that change a line already chosen rather than pick one. */
const CORRECTS = /\b(make (that|it|them)|switch|swap|change|actually no)\b/;

const INTENTS = new Set(['search', 'refine', 'unknown', 'availability', 'add_to_cart']);

export interface ValueOwner {
  product: ProductInfo;
  asks: boolean;
}

/** The measured value said, with no product, kind, brand or bound named (else undefined). */
function saysBareValue(input: DecideInput): boolean {
  const { nlu } = input;
  const s = nlu.slots;
  if (nlu.language !== 'en' || !INTENTS.has(nlu.intent)) return false;
  // "Make that one a five and a half": a correction of a line, which corrections.ts reads.
  if (changesMind(nlu.text) || CORRECTS.test(nlu.text)) return false;
  if (s.category || s.brand || s.productNames?.length || s.ordinals || s.items || s.sort) return false;
  if (s.maxPrice !== undefined || s.minPrice !== undefined || s.exclude || s.excludeBrand) return false;
  return /\d/.test(optionText(nlu));
}

/**
 * The product's option value the text names by a figure said ("2 inch" for `2"`, "14 mm"), never
 * by a size word alone ("a small mouth" is not the smallest girth).
 */
function listsValue(input: DecideInput, p: ProductInfo): boolean {
  if (!p.options?.length) return false;
  const text = optionText(input.nlu);
  const hit = optionPhrase(text, p);
  if (!('options' in hit)) return false;
  const said = optionTokens(text).filter((w) => /^\d/.test(w));
  return Object.values(hit.options).some((v) =>
    optionTokens(v).some(
      (t) => /^\d/.test(t) && said.some((w) => sameOptionToken(w, t) || sameOptionToken(withoutInch(w), t)),
    ),
  );
}

/** The products in view, latest talk first: the focus, the list shown, those talked about lately. */
function inView(input: DecideInput): ProductInfo[] {
  const { state } = input;
  const ids = [
    ...(state.focus ? [state.focus.id] : []),
    ...state.lastResults.map((p) => p.id),
    ...[...(state.recent ?? [])].reverse().slice(0, 3),
  ];
  return [...new Set(ids)].map((id) => state.known.get(id)).filter((p): p is ProductInfo => !!p);
}

type Reading = { owner: ValueOwner } | { read: ProductInfo[] } | undefined;

/**
 * The owner of the value said, or the products to read whole before it can be told: the product
 * in focus when it lists the value; else the one product in view that lists it; else, once every
 * product measured in that unit was read whole, the focus or the one product measured alike (the
 * shop then refuses a value it lacks with what it has).
 */
function readingOf(input: DecideInput): Reading {
  if (!saysBareValue(input)) return undefined;
  const asks = ASKS_STOCK.test(input.nlu.text);
  if (!asks && (BROWSE.test(input.nlu.text) || !PICKS.test(input.nlu.text))) return undefined;
  const products = inView(input);
  const focus = input.state.focus && products.find((p) => p.id === input.state.focus!.id);
  const alike = (p: ProductInfo) => unlistedMeasure(input, p);
  // The product talked about last is read whole first: its sold-out values are not on a list.
  if (focus?.options?.partial && !listsValue(input, focus) && alike(focus)) return { read: [focus] };
  if (focus && listsValue(input, focus)) return { owner: { product: focus, asks } };
  const listing = products.filter((p) => listsValue(input, p));
  if (listing.length === 1) return { owner: { product: listing[0]!, asks } };
  if (listing.length > 1) return undefined;
  const partial = products.filter((p) => p.options?.partial && alike(p));
  if (partial.length > 0) return { read: partial.slice(0, 3) };
  if (focus && alike(focus)) return { owner: { product: focus, asks } };
  const measured = products.filter(alike);
  return measured.length === 1 ? { owner: { product: measured[0]!, asks } } : undefined;
}

// Routing names the owner in the slots it is given (route.ts), and a turn's step routes more than
// once: the reading is made once per reading of the utterance, before any slot was filled in.
const readings = new WeakMap<object, Reading | null>();

function reading(input: DecideInput): Reading {
  const key = input.nlu.slots;
  if (!readings.has(key)) readings.set(key, readingOf(input) ?? null);
  return readings.get(key) ?? undefined;
}

/** The product whose value was said, and whether its stock was asked; undefined when none is clear. */
export function valueOwner(input: DecideInput): ValueOwner | undefined {
  const r = reading(input);
  return r && 'owner' in r ? r.owner : undefined;
}

/**
 * Before choosing the owner: the products in view measured in the unit said whose values a list
 * gave only in part are read whole (get_product), so a sold-out value is found where it is. Never
 * twice in a turn.
 */
export function readValuesFirst(input: DecideInput): Action | undefined {
  const r = reading(input);
  if (!r || !('read' in r)) return undefined;
  const done = new Set(
    input.current.calls.filter((c) => c.name === 'get_product').map((c) => c.input.productId),
  );
  const calls = r.read
    .filter((p) => !done.has(p.id))
    .map((p) => ({ name: 'get_product' as const, input: { productId: p.id } }));
  return calls.length > 0 ? { kind: 'tools', calls } : undefined;
}
