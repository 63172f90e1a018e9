/**
 * A value said by its place after the shop refused one or asked which ("¿y la siguiente?", "la
 * talla que sigue", "¿y la siguiente más pequeña?", "pues la otra"): one step along the ordered
 * values of the product and option the refusal was about, or the one other value when there are
 * two. The add is made with the other choices kept (a sold-out 9.5 Wide → 10 Wide); the shop
 * refuses it in turn if that one is sold out too. Only the Spanish words are read here (the
 * English "next one up" after an add is size-step.ts).
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { ordered } from '../words/measure-order.ts';
import { type Action, type Awaiting, call, type DecideInput } from './actions.ts';

const STEP: Partial<Record<Language, { up: RegExp; down: RegExp; other: RegExp }>> = {
  es: {
    up: /\b(siguiente|que sigue|de arriba|(una|un) (talla|talle|medida|numero|tamano) mas|mas grande|mas grandes|mayor)\b/,
    down: /\b(anterior|de abajo|mas pequen[oa]s?|mas chic[oa]s?|mas chiquit[oa]s?|menor|(una|un) (talla|talle|medida|numero|tamano) menos)\b/,
    other: /^((pues|bueno|entonces|vale|ok|ya|y) )*(la|el) otr[oa]( entonces| pues)?$/,
  },
};

type Variant = Extract<Awaiting, { what: 'variant' }>;

interface Dimension {
  key: 'size' | 'color' | string;
  values: string[];
  current: string;
}

/** The dimensions the refused choice set, sizes and measured options first. */
function dimensionsOf(p: ProductInfo, a: Variant): Dimension[] {
  const out: Dimension[] = [];
  if (a.size && p.sizes.length > 1)
    out.push({
      key: 'size',
      values: ordered(p.sizes.map((s) => ({ value: s.size }))).map((v) => v.value),
      current: a.size,
    });
  for (const o of p.options ?? []) {
    // The refusal listed what is in stock instead: the value refused is the one sold-out value left.
    const gone = a.values?.[o.name] ? o.values.filter((v) => !a.values![o.name]!.includes(v.value)) : [];
    const current = a.options?.[o.name] ?? (gone.length === 1 ? gone[0]!.value : undefined);
    if (current && o.values.length > 1)
      out.push({ key: o.name, values: ordered(o.values).map((v) => v.value), current });
  }
  if (a.color && p.colors.length > 1)
    out.push({ key: 'color', values: p.colors.map((c) => c.color), current: a.color });
  return out;
}

function withValue(a: Variant, d: Dimension, value: string): Record<string, unknown> {
  const args: Record<string, unknown> = { productId: a.productId, quantity: a.quantity ?? 1 };
  if (a.size) args.size = a.size;
  if (a.color) args.color = a.color;
  if (a.options) args.options = { ...a.options };
  if (d.key === 'size') args.size = value;
  else if (d.key === 'color') args.color = value;
  else args.options = { ...a.options, [d.key]: value };
  return args;
}

export function refusedStepAction(input: DecideInput): Action | undefined {
  const a = input.awaiting;
  const words = STEP[input.nlu.language];
  const done = input.current.calls;
  if (a?.what !== 'variant' || a.intent !== 'add_to_cart' || !words) return undefined;
  if (done.some((c) => c.name !== 'get_product')) return undefined;
  const p = input.state.known.get(a.productId);
  if (!p) return undefined;
  const text = input.nlu.text;
  if (!words.other.test(text) && !words.up.test(text) && !words.down.test(text)) return undefined;
  // A search lists only the values in stock: every value is read before stepping.
  if (p.options?.partial && done.length === 0) return call('get_product', { productId: p.id });
  const dims = dimensionsOf(p, a);
  if (words.other.test(text)) {
    const two = dims.find((d) => d.values.length === 2);
    const other = two?.values.find((v) => v !== two.current);
    return two && other ? call('add_to_cart', withValue(a, two, other)) : undefined;
  }
  const step = words.down.test(text) ? -1 : words.up.test(text) ? 1 : 0;
  if (!step) return undefined;
  const d = dims[0];
  if (!d) return undefined;
  const next = d.values[d.values.indexOf(d.current) + step];
  return next && d.values.includes(d.current) ? call('add_to_cart', withValue(a, d, next)) : undefined;
}
