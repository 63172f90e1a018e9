/**
 * "The next size up", "actually a bigger one", "do you have a smaller set?" right after an add:
 * one step along the ordered values of the product's size (or of the option that measures it:
 * Width 8.25" → 8.5", Count 24 Pans → 36 Pans). Said as a request, the cart line is swapped for
 * the next value (the shop adds it first, then the old line goes); a sold-out next value is
 * refused with what is in stock, and the line stays. Asked as a question, it is only answered.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { measureOf, ordered } from '../words/measure-order.ts';
import { t } from '../words/spoken.ts';
import { type Action, call, type DecideInput, say } from './actions.ts';

const UP =
  /\b(next one up|one up from (that|there)|next size up|(a|one|1) size up|size up|go up a size|up a size|(a|one|1|half a) size (bigger|larger)|bigger|larger)\b/;
const DOWN =
  /\b(next one down|one down from (that|there)|next size down|(a|one|1) size down|size down|go down a size|down a size|(a|one|1|half a) size smaller|smaller)\b/;
/** A comparison or a ranking asks which, it steps nothing ("which one is bigger?"). */
const NOT_A_STEP = /\b(which|what|compare|than|biggest|largest|smallest)\b/;
const ASKS = /^(do|does|is|are|have|has|got|any|would|could you|can you)\b/;

/** +1 for a size up, -1 for a size down, undefined otherwise (English; text normalised). */
export function sizeStepOf(text: string, lang: Language): 1 | -1 | undefined {
  if (lang !== 'en' || NOT_A_STEP.test(text)) return undefined;
  if (UP.test(text)) return 1;
  if (DOWN.test(text)) return -1;
  return undefined;
}

/** The option value the shopper's words named ("in 1300 mAh", "the 1300"), by its text or its figure. */
function saidValue<T extends { value: string }>(values: T[], said: string | undefined): T | undefined {
  const text = said?.toLowerCase() ?? '';
  return values.find((v) => {
    const figure = /^\d+(\.\d+)?/.exec(v.value)?.[0];
    return (
      text.includes(v.value.toLowerCase()) ||
      (!!figure && new RegExp(`(^|[^\\d.])${figure}(?![\\d.]|s\\b)`).test(text))
    );
  });
}

interface Dimension {
  option?: string;
  values: { value: string; inStock: boolean }[];
  current: string;
}

/**
 * What the add chose along a dimension: its size, or an option whose values are measures. After a
 * refusal ("Max in red" sold out, "the next one down") an option mostly of measures steps too, in
 * the catalog's order of its values ("1.8 mm, 2.0 mm, Max").
 */
function dimensionOf(
  p: ProductInfo,
  prev: NonNullable<DecideInput['previousAdd']>,
  refused = false,
): Dimension | undefined {
  if (prev.size && p.sizes.length > 1)
    return {
      values: ordered(p.sizes.map((x) => ({ value: x.size, inStock: x.inStock }))),
      current: prev.size,
    };
  for (const o of p.options ?? []) {
    // A refused add may carry the option's value as its size ("the 6s in 1300 mAh").
    const current =
      prev.options?.[o.name] ??
      (refused ? (o.values.find((v) => v.value === prev.size) ?? saidValue(o.values, prev.said)) : undefined)
        ?.value;
    const unmeasured = o.values.filter((v) => measureOf(v.value) === undefined).length;
    if (!current || o.values.length < 2 || unmeasured > (refused ? (o.values.length - 1) / 2 : 0)) continue;
    return { option: o.name, values: ordered(o.values), current };
  }
  return undefined;
}

export function sizeStepAction(input: DecideInput): Action | undefined {
  // After a refusal the step starts from the value refused; nothing is in the cart to swap.
  const refused = !input.previousAdd;
  const prev = input.previousAdd ?? input.previousRefused;
  const step = sizeStepOf(input.nlu.text, input.nlu.language);
  if (!prev || !step) return undefined;
  const lang = input.nlu.language;
  const done = input.current.calls;
  const p = input.state.known.get(prev.productId);
  if (!p) return undefined;
  // Search lists only the values in stock: every value is read before stepping.
  if (p.options?.partial && !done.some((c) => c.name === 'get_product'))
    return call('get_product', { productId: p.id });
  const dim = dimensionOf(p, prev, refused);
  if (!dim) return undefined;
  const at = dim.values.findIndex((v) => v.value === dim.current);
  const next = at < 0 ? undefined : dim.values[at + step];
  if (!next)
    return say(
      t(
        lang,
        `${dim.current} is the ${step > 0 ? 'largest' : 'smallest'} ${p.name} comes in.`,
        `${dim.current} es la ${step > 0 ? 'mayor' : 'menor'} medida de ${p.name}.`,
      ),
    );
  const inStock = dim.values.filter((v) => v.inStock && v.value !== dim.current).map((v) => v.value);
  if (!next.inStock)
    return say(
      t(
        lang,
        `Sorry, ${p.name} in ${next.value} is sold out.${inStock.length ? ` In stock: ${inStock.join(', ')}.` : ''}`,
        `Lo siento, ${p.name} en ${next.value} está agotado.${inStock.length ? ` Disponibles: ${inStock.join(', ')}.` : ''}`,
      ),
    );
  if (ASKS.test(input.nlu.text) && !/\bcan i\b/.test(input.nlu.text))
    return say(
      t(
        lang,
        `Yes, ${p.name} comes in ${next.value} too, and it's in stock.`,
        `Sí, ${p.name} también viene en ${next.value}, y hay existencias.`,
      ),
    );
  const line = refused
    ? undefined
    : input.state.cart?.items.find(
        (l) =>
          (l.productId ? l.productId === prev.productId : l.name === p.name) &&
          (prev.size === undefined || l.size === prev.size) &&
          (prev.color === undefined || l.color === prev.color) &&
          Object.entries(prev.options ?? {}).every(([k, v]) => l.options?.[k] === v),
      );
  const added = done.find((c) => c.name === 'add_to_cart');
  if (!added) {
    const args: Record<string, unknown> = { productId: p.id, quantity: line?.quantity ?? prev.quantity ?? 1 };
    if (dim.option) {
      args.options = { ...prev.options, [dim.option]: next.value };
      if (prev.size && prev.size !== dim.current) args.size = prev.size;
    } else {
      args.size = next.value;
      if (prev.options) args.options = prev.options;
    }
    if (prev.color) args.color = prev.color;
    return call('add_to_cart', args);
  }
  if (added.error || !line || done.some((c) => c.name === 'remove_from_cart')) return undefined;
  return call('remove_from_cart', { itemId: line.itemId });
}
