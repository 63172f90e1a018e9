/**
 * Matching what a shopper says ("talla mediana", "forty two", "azul") to stored variant sizes and
 * colours. Pure, so the rules are unit-tested without a database.
 */
import { normalizeSpokenId } from '../identity/normalize.ts';

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(size|talla|colou?r|in|en|de|the|el|la)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SIZE_WORDS: Record<string, string> = {
  'extra small': 'XS',
  'extra pequena': 'XS',
  small: 'S',
  pequena: 'S',
  pequeno: 'S',
  chica: 'S',
  medium: 'M',
  mediana: 'M',
  mediano: 'M',
  large: 'L',
  grande: 'L',
  'extra large': 'XL',
  'extra grande': 'XL',
  'double extra large': 'XXL',
  'doble extra grande': 'XXL',
  'one size': 'ONE SIZE',
  'talla unica': 'ONE SIZE',
  unica: 'ONE SIZE',
};

/**
 * The upper-case spellings a catalog may store one size under: "Small" and "S", "L" and
 * "Large", "Talla única" and "One Size"; another size only as said. A search filtering on the
 * size said must find a product whichever of them its variants use.
 */
export function sizeSpellings(size: string): string[] {
  const key = sizeKey(size);
  const words = Object.entries(SIZE_WORDS)
    .filter(([, k]) => k === key)
    .map(([w]) => w.toUpperCase());
  if (words.length === 0) return [size.toUpperCase()];
  return [...new Set([size.toUpperCase(), key, ...words])];
}

/** Canonical size key: "medium"/"mediana"/"m" → "M", "forty two"/"42" → "42", "10.5" stays "10.5". */
export function sizeKey(size: string): string {
  const f = fold(size);
  if (SIZE_WORDS[f]) return SIZE_WORDS[f];
  if (/^\d+([.,]\d+)?$/.test(f)) return f.replace(',', '.');
  const half = /^(.*)\s+(and a half|y media|y medio)$/.exec(f);
  if (half) return `${normalizeSpokenId(half[1]!)}.5`;
  return normalizeSpokenId(f) || f.toUpperCase();
}

const COLOR_WORDS: Record<string, string> = {
  negro: 'black',
  negra: 'black',
  blanco: 'white',
  blanca: 'white',
  azul: 'blue',
  'azul marino': 'navy',
  marino: 'navy',
  rojo: 'red',
  roja: 'red',
  verde: 'green',
  gris: 'grey',
  gray: 'grey',
  amarillo: 'yellow',
  amarilla: 'yellow',
  rosa: 'pink',
  naranja: 'orange',
  morado: 'purple',
  morada: 'purple',
  violeta: 'purple',
  marron: 'brown',
  // Brown in Mexico and much of Latin America.
  cafe: 'brown',
  beige: 'beige',
  plateado: 'silver',
  plata: 'silver',
  dorado: 'gold',
};

const SPANISH_COLORS: Record<string, string> = {
  black: 'negro',
  white: 'blanco',
  blue: 'azul',
  navy: 'azul marino',
  red: 'rojo',
  green: 'verde',
  grey: 'gris',
  yellow: 'amarillo',
  pink: 'rosa',
  orange: 'naranja',
  purple: 'morado',
  brown: 'marrón',
  beige: 'beige',
  silver: 'plateado',
  gold: 'dorado',
};

/** A stored colour as the shopper's language says it ("Blue" → "azul"); unknown colours unchanged. */
export function localizeColor(color: string, language: 'en' | 'es'): string {
  if (language === 'en') return color;
  return SPANISH_COLORS[colorKey(color)] ?? color;
}

/** Canonical colour key: accent/case-free, Spanish names mapped to English ("azul" → "blue"). */
export function colorKey(color: string): string {
  const f = fold(color);
  return COLOR_WORDS[f] ?? f;
}

/**
 * The size keys of a size label that joins the sizes one item fits ("King/California King" →
 * KING, CALIFORNIA KING; "S/M" → S, M); a plain label is its own one part.
 */
export function sizeParts(size: string): string[] {
  return size.split('/').map((x) => sizeKey(x));
}

export interface VariantLike {
  size: string | null;
  color: string | null;
}

/** Variants matching the optional size and colour the shopper named. */
export function matchVariants<V extends VariantLike>(
  variants: readonly V[],
  want: { size?: string | undefined; color?: string | undefined },
): V[] {
  const s = want.size ? sizeKey(want.size) : null;
  const c = want.color ? colorKey(want.color) : null;
  const colorOk = (v: V) => c === null || (v.color !== null && colorKey(v.color) === c);
  const exact = variants.filter(
    (v) => (s === null || (v.size !== null && sizeKey(v.size) === s)) && colorOk(v),
  );
  if (exact.length > 0 || s === null || variants.some((v) => v.size !== null && sizeKey(v.size) === s))
    return exact;
  // "King" for a product sold in "King/California King": the joined size that has it as a part.
  const joined = [
    ...new Set(
      variants.filter((v) => v.size?.includes('/') && sizeParts(v.size).includes(s)).map((v) => v.size),
    ),
  ];
  return joined.length === 1 ? variants.filter((v) => v.size === joined[0] && colorOk(v)) : [];
}
