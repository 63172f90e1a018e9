/**
 * Variant options as a catalog names them ("Length" → "50 ft", "Pieces" → "1000"): stored
 * generically on every variant (`variants.options`, a JSON object in the catalog's own order),
 * with the first size-like and colour-like option also kept in the `size` / `color` columns that
 * size and colour matching, filters and cards have always used. Pure.
 */

/** Option name → value, in the order the catalog lists the options. */
export type VariantOptions = Record<string, string>;

const SIZE_WORD = /^(size|sizes|talla|tallas|taille|gr(ö|oe)(ss|ß)e|tamaño|tamano)$/i;
/**
 * "Size", "Shoe Size", "US Size", "Talla (EU)": what a shopper wears. "Nib Size", "Bit Size" or
 * "Cup Size" of a mug name another option, kept as its own.
 */
const WORN =
  /^(shoe|shoes|clothing|clothes|apparel|garment|shirt|dress|pant|pants|jeans|waist|glove|gloves|hat|ring|boot|boots|sock|socks|kids|kid|youth|adult|mens|men|womens|women|unisex|us|uk|eu|fr|it|intl|international|calzado|ropa)$/i;

function isSizeName(name: string): boolean {
  const words = name
    .normalize('NFC')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]s\b/g, 's')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const at = words.findIndex((w) => SIZE_WORD.test(w));
  if (at < 0) return false;
  const others = words.filter((w, i) => i !== at && !SIZE_WORD.test(w) && !/^(de|del|the|of)$/i.test(w));
  return others.every((w) => WORN.test(w));
}
// "Shade" and "Hue" (micas, paints, make-up) name colours too; "Tint" does not (a visor's "Dark Smoke").
const COLOR_OPTION = /colou?r|farbe|couleur|cor\b|^(shade|shades|hue|hues|tono|tonos|matiz)$/i;

/** Shopify's placeholder for a product without options. */
export const DEFAULT_OPTION_VALUE = 'Default Title';

export function optionRole(name: string): 'size' | 'color' | null {
  if (isSizeName(name)) return 'size';
  if (COLOR_OPTION.test(name)) return 'color';
  return null;
}

export interface SplitOptions {
  size: string | null;
  color: string | null;
  /** The options that are neither the size nor the colour, in order. */
  extras: VariantOptions;
}

/**
 * The first size-like option is the size, the first colour-like one the colour; everything else
 * (a second "Cup Size" included) is an extra option. Import and read use this same rule, so the
 * columns and the JSON never disagree.
 */
export function splitOptions(options: VariantOptions): SplitOptions {
  let size: string | null = null;
  let color: string | null = null;
  const extras: VariantOptions = {};
  for (const [name, value] of Object.entries(options)) {
    const role = optionRole(name);
    if (role === 'size' && size === null) size = value;
    else if (role === 'color' && color === null) color = value;
    else extras[name] = value;
  }
  return { size, color, extras };
}

/** The stored JSON read back; anything unreadable is no options (never a crash on old rows). */
export function parseStoredOptions(json: string | null | undefined): VariantOptions {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: VariantOptions = {};
    for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
    return out;
  } catch {
    return {};
  }
}

/** Extra (non size/colour) options of a stored variant. */
export function extraOptions(json: string | null | undefined): VariantOptions {
  return splitOptions(parseStoredOptions(json)).extras;
}

/** "Length 50 ft, Pieces 1000": how a variant's extra options read in a sentence. */
export function describeOptions(options: VariantOptions): string {
  return Object.entries(options)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
}

/** Every option name of a product with its distinct values, in first-seen order. */
export function optionValues(variants: readonly { options: VariantOptions }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const v of variants) {
    for (const [name, value] of Object.entries(v.options)) {
      const list = out.get(name) ?? [];
      if (!list.includes(value)) list.push(value);
      out.set(name, list);
    }
  }
  return out;
}
