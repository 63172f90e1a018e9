/**
 * Colour families: the basic colour a shopper says ("green", "verde") and the fancier names
 * catalogs give their variants ("Moss", "Olive", "Forest"). A filter by a family word matches
 * every catalog colour of that family; a catalog's own colour name matches itself.
 */
import { fold } from './text.ts';

export const COLOR_FAMILY_WORDS: Record<string, string[]> = {
  black: ['black', 'negro', 'negra', 'jet', 'onyx', 'ebony', 'obsidian', 'midnight black', 'caviar'],
  white: ['white', 'blanco', 'blanca', 'ivory', 'snow', 'chalk', 'off white', 'pearl', 'marfil'],
  grey: [
    'grey',
    'gray',
    'gris',
    'charcoal',
    'graphite',
    'slate',
    'ash',
    'pewter',
    'smoke',
    'stone',
    'heather grey',
    'heather gray',
    'gunmetal',
    'carbon',
    'granite',
    'steel',
    'grafito',
    'pizarra',
  ],
  red: [
    'red',
    'rojo',
    'roja',
    'scarlet',
    'crimson',
    'burgundy',
    'maroon',
    'cherry',
    'brick',
    'wine',
    'ruby',
    'rust',
    'cardinal',
    'granate',
    'burdeos',
    'vino',
  ],
  blue: [
    'blue',
    'azul',
    'navy',
    'midnight',
    'cobalt',
    'sky',
    'azure',
    'indigo',
    'denim',
    'ocean',
    'sapphire',
    'teal',
    'turquoise',
    'aqua',
    'royal blue',
    'light blue',
    'sky blue',
    'marino',
    'celeste',
    'turquesa',
    'petrol',
    'glacier',
    'lake',
  ],
  green: [
    'green',
    'verde',
    'moss',
    'olive',
    'forest',
    'sage',
    'khaki',
    'lime',
    'mint',
    'emerald',
    'pine',
    'fern',
    'jade',
    'army',
    'juniper',
    'caqui',
    'oliva',
    'musgo',
  ],
  yellow: ['yellow', 'amarillo', 'amarilla', 'mustard', 'lemon', 'sun', 'sunflower', 'gold', 'mostaza'],
  orange: ['orange', 'naranja', 'tangerine', 'coral', 'amber', 'apricot', 'pumpkin', 'flame'],
  pink: ['pink', 'rosa', 'rosado', 'rosada', 'blush', 'fuchsia', 'magenta', 'salmon', 'rose'],
  purple: ['purple', 'morado', 'morada', 'violet', 'violeta', 'lilac', 'lila', 'lavender', 'plum', 'mauve'],
  brown: [
    'brown',
    'marron',
    'cafe',
    'tan',
    'chocolate',
    'camel',
    'coffee',
    'mocha',
    'walnut',
    'chestnut',
    'cognac',
    'tobacco',
    'earth',
    'bark',
    'espresso',
  ],
  beige: [
    'beige',
    'beis',
    'cream',
    'crema',
    'sand',
    'arena',
    'oat',
    'oatmeal',
    'natural',
    'linen',
    'bone',
    'taupe',
  ],
  silver: ['silver', 'plateado', 'plateada', 'plata', 'chrome', 'aluminium', 'aluminum'],
};

const familyOf = new Map<string, string>();
for (const [family, words] of Object.entries(COLOR_FAMILY_WORDS))
  for (const w of words) if (!familyOf.has(w)) familyOf.set(w, family);

/** The basic colour a name belongs to ("Moss" → "green", "Deep Slate" → "grey"), if any. */
export function colorFamily(color: string): string | undefined {
  const f = fold(color).trim().replace(/\s+/g, ' ');
  if (familyOf.has(f)) return familyOf.get(f);
  // "Deep Slate", "Forest Green": the last known word names the family.
  const words = f.split(' ');
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.replace(/s$/, '');
    if (familyOf.has(words[i]!)) return familyOf.get(words[i]!);
    if (familyOf.has(w)) return familyOf.get(w);
  }
  return undefined;
}

/** The parts of a two-tone catalog colour ("Black/Blue", "Navy & White", "Red + Black"). */
function colorParts(color: string): string[] {
  return color
    .split(/\s*(?:\/|&|\+|\band\b|\by\b)\s*/i)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * Every basic colour a catalog colour shows: one for "Moss", two for the two-tone "Black/Blue"
 * (a shopper asking for the blue seat covers means the black-and-blue ones).
 */
export function colorFamilies(color: string): string[] {
  const parts = colorParts(color);
  const out = (parts.length > 1 ? parts : [color]).map((p) => colorFamily(p));
  return [...new Set(out.filter((f): f is string => !!f))];
}

/**
 * Whether a stored variant colour satisfies what the shopper asked: the same name, or the asked
 * word is a family word and the stored colour (or one tone of a two-tone one) belongs to that family.
 */
export function colorSatisfies(stored: string, asked: string): boolean {
  const s = fold(stored).trim();
  const a = fold(asked).trim();
  if (s === a) return true;
  // Only a basic colour word stands for its family: "slate" asked is not "charcoal".
  const family = BASIC.get(a);
  return family !== undefined && colorFamilies(stored).includes(family);
}

/** Words that name a whole family ("green", "verde"), as opposed to one shade ("moss"). */
export const BASIC_COLOR_WORDS: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    black: 'black negro negra negros negras',
    white: 'white blanco blanca blancos blancas',
    grey: 'grey gray gris grises',
    red: 'red rojo roja rojos rojas',
    blue: 'blue azul azules',
    green: 'green verde verdes',
    yellow: 'yellow amarillo amarilla amarillos amarillas',
    orange: 'orange naranja naranjas',
    pink: 'pink rosa rosas rosado rosada',
    purple: 'purple morado morada violeta',
    brown: 'brown marron marrones',
    beige: 'beige beis',
    silver: 'silver plateado plateada plata',
  }).map(([family, words]) => [family, words.split(' ')]),
);
const BASIC = new Map<string, string>(
  Object.entries(BASIC_COLOR_WORDS).flatMap(([family, words]) =>
    words.map((w) => [w, family] as [string, string]),
  ),
);

/** The family a basic colour word names ("verdes" → "green"), or undefined for a shade or non-colour. */
export function basicColor(word: string): string | undefined {
  return BASIC.get(fold(word).trim());
}
