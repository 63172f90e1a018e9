/**
 * The variant values a request names for a product besides its size and colour: options said
 * now over those chosen before, a size said for a product whose sizes are an option, the one
 * value known in stock, a measured value not listed (the shop then says what is in stock), and
 * the number read as a count that is really the start of a value ("the 12 cup").
 */
import { optionKey, optionTokens, sameUnit, storedOptionTokens } from '../../catalog/option-values.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import type { DecideInput } from '../steps/action-types.ts';
import { isNumberWithUnit } from '../steps/resolve.ts';
import type { Understanding } from '../understand/nlu.ts';
import { normalize, stem } from '../words/text.ts';
import { asOptionList } from './option-choice.ts';
import {
  decimalFractions,
  optionPhrase,
  sameOptionToken,
  saysRelativeSize,
  withoutInch,
} from './option-phrase.ts';

/**
 * The number read as the quantity with the word after it is a size or option value of the product
 * ("12 cup", "300 count"): not a count. Returns the size when it is one.
 */
export function quantityAsValue(
  nlu: Pick<Understanding, 'text' | 'slots'>,
  product: ProductInfo,
): { size?: string } | undefined {
  const words = nlu.text.split(' ');
  const at = nlu.slots.quantityAt;
  // "In a 16" is no count (quantity.ts): its number is the last word, a size if one has that number.
  if (at === undefined) return sizeByBareNumber(words, words.length - 1, product);
  const said = words.slice(at, at + 2);
  if (said.length < 2) return sizeByBareNumber(words, at, product);
  if (/^\d/.test(said[1]!)) return undefined;
  // "Two pairs of 5A", "dos bolsas pequeñas": a count said by what is counted stays a count.
  if (COUNTED.test(said[1]!)) return undefined;
  const sizes = product.sizes.filter((x) => /\d/.test(x.size));
  const options = [
    ...(sizes.length
      ? [{ name: ' size', values: sizes.map((x) => ({ value: x.size, inStock: x.inStock })) }]
      : []),
    ...(product.options ?? []),
  ];
  // "Ten pounds of it" where the weights are all in pounds: a measure of an option (perhaps one
  // sold out, so not listed), never a count of ten.
  const unit = /^\d+(?:\.\d+)?([a-z]+)$/.exec(optionTokens(said.join(' ')).join(' '))?.[1];
  const unitOf = (name: string, v: string) =>
    /^\d+(?:\.\d+)?([a-z]+)$/.exec(storedOptionTokens(name, v)[0] ?? '')?.[1];
  // "Two of the 2 m ones" says the count and the value: a number said once only.
  const once = words.filter((w) => w === said[0]).length === 1;
  if (
    unit &&
    // Packs and pieces count things: "3 pack" stays the existing readers' to judge.
    !['pack', 'pc', 'set'].includes(unit) &&
    once &&
    (product.options ?? []).some(
      (o) =>
        o.values.length > 0 &&
        o.values.every((v) => unitOf(o.name, v.value) && sameUnit(unitOf(o.name, v.value)!, unit)),
    )
  )
    return {};
  // Read against the values as they start: "12 cup" is "12 cup", "300 count" is "300-count".
  const named = (optionPhrase(said.join(' '), { options }) as { options?: Record<string, string> }).options;
  if (!named) return undefined;
  const starts = (v: string) => optionTokens(v)[0] === optionTokens(said[0]!)[0];
  const hit = Object.entries(named).find(([, v]) => starts(v));
  if (!hit) return undefined;
  return hit[0] === ' size' ? { size: hit[1] } : {};
}

/** Words that count units ("two pairs", "three bags", "dos juegos"), never a value's unit. */
const COUNTED =
  /^(pairs?|sets?|bags?|bottles?|boxes|box|units?|pieces?|items?|rolls?|tubes?|jars?|cans?|tins?|bundles?|single|pares|par|juegos?|bolsas?|botes?|botellas?|cajas?|unidades|unidad|piezas?|rollos?|tubos?|latas?|sueltos?|sueltas?)$/;

/** Words that put a size after them: "in a 56", "size 10", "en la 56", "talla 10". */
const SIZE_LEAD = new Set(['in', 'size', 'en', 'talla']);
const ARTICLES = new Set(['a', 'an', 'the', 'un', 'una', 'el', 'la']);

/**
 * "In a 56" at the end of what was said: the bare number is the size measured in the catalog's
 * unit ("56 cm", "10 mm") when exactly one size or option value is that number and a short unit, and a word that
 * puts a size after it comes before (so "I'll take 2" stays a count).
 */
function sizeByBareNumber(words: string[], at: number, product: ProductInfo): { size?: string } | undefined {
  const n = words[at];
  if (!n || !/^\d+(\.\d+)?$/.test(n)) return undefined;
  const before = ARTICLES.has(words[at - 1] ?? '') ? words[at - 2] : words[at - 1];
  if (!SIZE_LEAD.has(before ?? '')) return undefined;
  // Sizes may be an option ("Frame Size"): the value is then passed on as the size said.
  const values = [
    ...product.sizes.map((x) => x.size),
    ...(product.options ?? []).flatMap((o) => o.values.map((v) => v.value)),
  ];
  const hits = [...new Set(values.filter((v) => isNumberWithUnit(v, n)))];
  return hits.length === 1 ? { size: hits[0]! } : undefined;
}

export function withoutQuantityAt(slots: Understanding['slots']): Understanding['slots'] {
  const { quantityAt: _at, ...rest } = slots;
  return rest;
}

/** Words that keep a value already chosen ("keep the big size", "still the heavy ones", "la misma"). */
const KEEP: Record<Language, RegExp> = {
  en: /\b(keep|still|same|again)\b/,
  es: /\b(manten|mantener|sigue|siga|todavia|mismo|misma|mismos|mismas|igual)\b/,
};

/**
 * The option values said now ("the 88 keys one"), over those chosen before the engine asked
 * ("lined then" keeps Sheets 120 and replaces Ruling).
 */
export function chosenOptions(input: DecideInput, product: ProductInfo): Record<string, string> | undefined {
  const a = input.awaiting;
  const before = a?.what === 'variant' && a.productId === product.id ? (a.options ?? {}) : {};
  const asked = a?.what === 'variant' && a.productId === product.id ? asOptionList(a.values) : [];
  const known = [...asked, ...(product.options ?? []).filter((o) => !asked.some((x) => x.name === o.name))];
  const text = optionText(input.nlu);
  // The values asked about (or in stock instead) first; then every value of the product, so "the
  // small one" still reads the sizes when only one of them is in stock.
  // "Natural works, still left-handed": a value said of an option whose asked values lack it (the
  // in-stock list named only Right-Handed) is read from all the product's values, beside the rest.
  const fromAsked = known.length > 0 ? optionPhrase(text, { options: known }).options : undefined;
  const fromAll =
    asked.length > 0 && product.options?.length
      ? optionPhrase(text, { options: product.options }).options
      : undefined;
  const said: Record<string, string> = { ...fromAll, ...fromAsked };
  // An asked value read by one shared word ("left handed" → Right-Handed) gives way to a value of
  // the product said whole.
  const words = new Set(text.split(' '));
  const whole = (v: string) =>
    normalize(v)
      .split(' ')
      .every((w) => words.has(w));
  for (const [name, v] of Object.entries(fromAll ?? {}))
    if (said[name] !== v && whole(v) && !whole(said[name] ?? '')) said[name] = v;
  // "The pinkish one then, keep the big size", "still the heavy ones": a value kept from the choice
  // refused is that choice's, not the biggest of the values left in stock; one said whole wins.
  if (KEEP[input.nlu.language].test(text) && saysRelativeSize(text))
    for (const name of Object.keys(said)) if (before[name] && !whole(said[name]!)) said[name] = before[name]!;
  // "¿Qué aromas tenés?" names the option "Aroma", not its value "Sin aroma".
  for (const [name, v] of Object.entries(said)) if (saidOnlyByName(name, v, words)) delete said[name];
  const all = { ...before, ...said };
  return Object.keys(all).length > 0 ? all : undefined;
}

/** The value was read only through words of its option's own name ("aromas" → "Sin aroma"). */
function saidOnlyByName(name: string, value: string, words: Set<string>): boolean {
  const named = new Set(normalize(name).split(' ').map(stem));
  const hits = normalize(value)
    .split(' ')
    .filter((w) => [...words].some((x) => stem(x) === stem(w)));
  return hits.length > 0 && hits.every((w) => named.has(stem(w)));
}

/**
 * "In a medium" for a product whose sizes are an option ("Frame Size": S, M, L): the size said is
 * that option's value when the product has no size of its own by that name.
 */
export function sizeAsOption(
  chosen: Record<string, string> | undefined,
  product: ProductInfo,
  size: string | undefined,
): Record<string, string> | undefined {
  if (!size || product.sizes.some((x) => normalize(x.size) === normalize(size))) return chosen;
  const holders = (product.options ?? []).filter(
    (o) => chosen?.[o.name] === undefined && o.values.some((v) => normalize(v.value) === normalize(size)),
  );
  if (holders.length !== 1) return chosen;
  const o = holders[0]!;
  return { ...chosen, [o.name]: o.values.find((v) => normalize(v.value) === normalize(size))!.value };
}

/**
 * Options not chosen that the engine knows one value of, in stock ("Pack": search listed only
 * "Single"), get that value. When sold-out values are known too (get_product), the shopper is
 * asked and told which are sold out: a voltage or a fit is not the engine's to pick.
 */
export function withOnlyInStock(
  chosen: Record<string, string> | undefined,
  product: ProductInfo,
): Record<string, string> | undefined {
  const out = { ...chosen };
  for (const o of product.options ?? []) {
    if (out[o.name] !== undefined) continue;
    if (o.values.length === 1 && o.values[0]!.inStock) out[o.name] = o.values[0]!.value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A measured value said for a product with options that none of its known values matches
 * ("the cable in 20 ft" when 20 ft is sold out and so not listed): passed as free text, so the
 * shop refuses it with what is in stock instead of asking again. Figures of the name are not one.
 */
export function unlistedOption(
  input: DecideInput,
  product: ProductInfo,
  chosen: Record<string, string> | undefined,
): string | undefined {
  if (!product.options) return undefined;
  const taken = new Set([
    ...optionTokens(product.name),
    ...Object.values(chosen ?? {}).flatMap((v) => wholeFractions(optionTokens(v))),
    // A value said with its option's name reads as one token ("the dual pack" → "2pack").
    ...Object.entries(chosen ?? {}).flatMap(([name, v]) => optionTokens(`${v} ${name}`)),
    ...product.options.flatMap((o) =>
      o.values.flatMap((v) => wholeFractions(storedOptionTokens(o.name, v.value))),
    ),
    // Sizes and colours are values of the product too ("16 in" said for a size "16 in").
    ...product.sizes.flatMap((x) => wholeFractions(optionTokens(x.size))),
    ...product.colors.flatMap((x) => optionTokens(x.color)),
  ]);
  // "dos cuerdas" is the quantity, not a value.
  const quantity = input.nlu.slots.quantity;
  const text = optionText(input.nlu);
  // "The V60 in 256" when only 64GB and 128GB are listed: a bare number put after "in" at the
  // end names a value of an option measured in one unit, sold out or missing (the shop says which).
  const measured = product.options.some((o) => {
    const units = new Set(o.values.map((v) => /^\d+(?:\.\d+)?([a-z]+)$/.exec(optionKey(v.value))?.[1]));
    return units.size === 1 && !units.has(undefined);
  });
  const words = text.split(' ');
  const bare = words.at(-1) ?? '';
  const last = measured && /^\d+(\.\d+)?$/.test(bare) && VALUE_LEAD.has(words.at(-2) ?? '') ? [bare] : [];
  // "A pack of the .71s": a decimal said alone is a value of the option measured in one unit
  // with decimal values ("0.46 mm", "0.96 mm"), with that unit.
  const unit = decimalUnit(product);
  const decimals = unit
    ? words.filter((w) => /^\d+\.\d+$/.test(w) && !last.includes(w)).map((w) => `${w}${unit}`)
    : [];
  const said = decimalFractions(optionTokens(text));
  const free = [
    ...wholeFractions(said, true).filter((x) => /^\d+(\.\d+)?[a-z]+$/.test(x)),
    ...last,
    ...decimals,
  ].filter(
    (x) =>
      ![...taken].some((k) => sameOptionToken(x, k) || sameOptionToken(withoutInch(x), k)) &&
      Number.parseFloat(x) !== quantity,
  );
  return free.length > 0 ? free.join(' ') : undefined;
}

/**
 * One value's tokens with a fraction read whole: "1/4\"" reads as the tokens 1 and 4in, so a
 * listed quarter inch would otherwise lend the figure 1 to make "1 inch" a value it lists. The
 * numerator becomes "1/4in", the denominator goes. In what was said, only a denominator with its
 * unit ("a quarter inch") is one: "30 32" said is two figures.
 */
function wholeFractions(tokens: readonly string[], saidUnit = false): string[] {
  const isFraction = (a: string | undefined, b: string | undefined) => {
    const den = /^(2|4|8|16|32|64)([a-z]*)$/.exec(b ?? '');
    return !!den && (!saidUnit || den[2] !== '') && /^\d+$/.test(a ?? '') && Number(a) < Number(den[1]);
  };
  return tokens.flatMap((t, i) => {
    if (isFraction(t, tokens[i + 1])) return [`${t}/${tokens[i + 1]}`];
    return isFraction(tokens[i - 1], t) ? [] : [t];
  });
}

/** The one unit of the product's one option whose values are decimals with a unit ("0.46 mm"). */
function decimalUnit(product: ProductInfo): string | undefined {
  const units = (product.options ?? []).flatMap((o) => {
    const us = new Set(o.values.map((v) => /^\d+\.\d+([a-z]+)$/.exec(optionKey(v.value))?.[1]));
    return us.size === 1 && !us.has(undefined) ? [...us] : [];
  });
  return units.length === 1 ? units[0] : undefined;
}

/** Words that put an option value after them: "in 256", "en 256", "de 256". */
const VALUE_LEAD = new Set(['in', 'en', 'de']);

/** The text without the number read as the quantity: "three bars" must not pick the "3-pack". */
export function optionText(nlu: Pick<Understanding, 'text' | 'slots'>): string {
  const at = nlu.slots.quantityAt;
  if (at === undefined) return nlu.text;
  return nlu.text
    .split(' ')
    .filter((_, i) => i !== at)
    .join(' ');
}
