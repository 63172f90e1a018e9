/**
 * Option values as shoppers say them, normalised so "100 ml" = "100ml" = "100 millilitres",
 * "20V" = "20 volt", "50 ft" = "50 feet", "1000 pieces" = "1,000-piece" = "1000 piezas",
 * "3-pack" = "pack of 3". Pure; used by variant matching (add to cart, availability) and by
 * search, which indexes the same keys.
 */
import { fold } from './text.ts';

/** Spelling → canonical unit. Only read right after a number ("in" alone is a preposition). */
const UNITS: Record<string, string> = {};
function unit(canonical: string, spellings: string): void {
  for (const s of spellings.split(' ')) UNITS[s] = canonical;
}
unit('ml', 'ml mls milliliter milliliters millilitre millilitres mililitro mililitros');
unit('cl', 'cl centiliter centiliters centilitre centilitres centilitro centilitros');
unit('l', 'l lt ltr liter liters litre litres litro litros');
unit('floz', 'floz');
unit('oz', 'oz ounce ounces onza onzas');
unit('gal', 'gal gals gallon gallons galon galones');
unit('mg', 'mg milligram milligrams miligramo miligramos');
unit('g', 'g gr grs gram grams gramme grammes gramo gramos');
unit('kg', 'kg kgs kilo kilos kilogram kilograms kilogramo kilogramos');
unit('lb', 'lb lbs pound pounds libra libras');
unit('v', 'v volt volts voltio voltios');
unit('w', 'w watt watts vatio vatios');
unit('mah', 'mah');
unit('a', 'amp amps ampere amperes amperio amperios');
unit('ah', 'ah');
unit('ft', 'ft foot feet pie pies');
unit('in', 'in inch inches pulgada pulgadas');
unit('yd', 'yd yard yards yarda yardas');
unit('mm', 'mm millimeter millimeters millimetre millimetres milimetro milimetros');
unit('cm', 'cm centimeter centimeters centimetre centimetres centimetro centimetros');
unit('m', 'm meter meters metre metres metro metros');
unit('pc', 'pc pcs piece pieces pieza piezas pz pza pzas count ct unidad unidades ud uds');
unit('pack', 'pack packs pk pks paquete paquetes');
unit('set', 'set sets juego juegos');
unit('sheet', 'sheet sheets hoja hojas');
unit('page', 'page pages pagina paginas');
unit('string', 'string strings cuerda cuerdas');
unit('key', 'key keys tecla teclas');
unit('gb', 'gb gig gigs giga gigas gigabyte gigabytes');
unit('tb', 'tb tera teras terabyte terabytes');
unit('hz', 'hz hertz');
unit('pct', '% percent pct porcentaje');

/** Phrases rewritten before tokenising: multi-word units and "pack of 3" word orders. */
const PHRASES: [RegExp, string][] = [
  // Counts said as words of number before a count unit: "the twin pack" is the "2-pack".
  [/\b(?:single|individual)(?= (?:packs?|sets?)\b)/g, ' 1 '],
  [/\b(?:twin|double|dual)(?= (?:packs?|sets?)\b)/g, ' 2 '],
  [/\btriple(?= (?:packs?|sets?)\b)/g, ' 3 '],
  [/\bfl\.?\s*oz\b|\bfluid\s+ounces?\b|\bonzas?\s+liquidas?\b/g, ' floz '],
  [/\b(?:amp|ampere|amperio)s?[\s-]*(?:hours?|horas?)\b/g, ' ah '],
  [/\bmilliamp[\s-]*hours?\b|\bmiliamperios?[\s-]+horas?\b/g, ' mah '],
  // Fractions said in words ("a quarter inch", "three eighths", "un cuarto de pulgada", "media pulgada")
  [/\b(?:three|3|tres) (?:quarters?|cuartos)\b/g, ' 3/4 '],
  [
    /\b(?:an? |one |1 |un )?(?:quarter|cuarto)(?= (?:of an? |de )?(?:inch|inches|pulgadas?|gallons?|galon|galones|pounds?|libras?|mile|miles)\b)/g,
    ' 1/4 ',
  ],
  [
    /\b(?:an? |one |1 )?half(?: an?)?(?= (?:inch|inches|liters?|litres?|gallons?|pounds?|ounces?|foot|feet|meters?|metres?)\b)|\bmedi[oa](?= (?:pulgada|litro|galon|libra|metro|kilo)s?\b)/g,
    ' 1/2 ',
  ],
  [/\b(?:an? |one |1 |un )?(?:eighth|octavo)\b/g, ' 1/8 '],
  [/\b(\d+) (?:eighths|octavos)\b/g, ' $1/8 '],
  [/\b(?:an? |one |1 |un )?sixteenth\b/g, ' 1/16 '],
  [/\b(\d+) (?:sixteenths|dieciseisavos)\b/g, ' $1/16 '],
  // "1/4 de pulgada": the unit follows the number
  [/(\d) (?:of an? |de )(?=(?:inch|inches|pulgadas?|gallons?|galon|galones|pounds?|libras?)\b)/g, '$1 '],
  // "the one liter bottle": "one" right before a unit is the number
  [
    /\b(?:one|uno|una|un)(?= (?:liter|liters|litre|litres|litro|gallon|galon|pound|libra|ounce|onza|foot|pie|inch|pulgada|meter|metre|metro|kilo|kilogram|kilogramo|ah|amp hour|amp|volt|voltio|pack)\b)/g,
    '1',
  ],
  // "The pound bag", "a pound of coffee", "two pound bags" once the count is read: one of the unit.
  [/(?<!\d\s?)\b(pound|ounce|liter|litre|kilo|gallon|libra|onza|litro|galon)\b/g, ' 1 $1'],
  [/\bpor\s*ciento\b/g, ' % '],
  // "pack of 3", "paquete de 3", "set of 4", "caja de 12" → "3 pack"
  [
    /\b(pack|packs|paquete|paquetes|set|sets|juego|box|caja|bundle|lote)\s+(?:of|de)\s+(\d+(?:\.\d+)?)\b/g,
    ' $2 $1 ',
  ],
  // 6' (feet) and 12" (inches) marks right after a number
  [/(\d)\s*(?:'|’|′)/g, '$1 ft '],
  [/(\d)\s*(?:"|”|″)/g, '$1 in '],
];

const ALIASES: Record<string, string> = { box: 'pack', caja: 'pack', bundle: 'pack', lote: 'pack' };

/** A word that, right after a number, makes it a measure ("4 amp", "50 foot", "3 pack"), not a count. */
export function isUnitWord(word: string): boolean {
  return word in UNITS || word in ALIASES || /^(hours?|horas?|quarters?|eighths?|sixteenths?)$/.test(word);
}

function numberText(raw: string): string {
  const n = Number(raw);
  return Number.isFinite(n) ? String(n) : raw;
}

/**
 * Canonical tokens of an option value or of what a shopper said about one: folded words, and
 * number+unit pairs joined ("100ml", "20v", "1000pc", "3pack"). Thousands separators go
 * ("1,000" → 1000), decimal commas become points ("1,5 l" → "1.5l").
 */
export function optionTokens(text: string): string[] {
  // A capital "A" right after a number is the amp symbol ("1.5 A"); folded, it would read as the
  // article "a" and never meet the "1.5 amps" a shopper says.
  let s = fold(text.replace(/(\d)\s*A\b/g, '$1 amp'))
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
    .replace(/(\d),(\d)/g, '$1.$2');
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  const raw = s.match(/\d+(?:\.\d+)?|[\p{L}]+|%/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (/^\d/.test(t)) {
      // "3/8 de pulgada", "8 de milímetros": Spanish may put "de" between a number and its unit.
      const skip = raw[i + 1] === 'de' && raw[i + 2] !== undefined && UNITS[raw[i + 2]!] ? 1 : 0;
      const next = raw[i + 1 + skip];
      const u = next !== undefined ? (UNITS[next] ?? ALIASES[next]) : undefined;
      if (u) {
        out.push(`${numberText(t)}${u}`);
        i += 1 + skip;
      } else out.push(numberText(t));
      continue;
    }
    out.push(t);
  }
  return out;
}

/** One canonical string per value ("100ml", "pack 3" → "3pack"): equal keys mean the same value. */
export function optionKey(text: string): string {
  return optionTokens(text).join(' ');
}

/** The unit an option's name implies for bare numbers ("Pieces" → pc, "Voltage" → v). */
function nameUnit(name: string): string | undefined {
  const words = fold(name).match(/[\p{L}]+/gu) ?? [];
  for (const w of words) {
    const u = UNITS[w] ?? ALIASES[w];
    if (u) return u;
  }
  if (words.some((w) => /^volt/.test(w))) return 'v';
  if (words.some((w) => /^watt|^potencia$/.test(w))) return 'w';
  return undefined;
}

/**
 * Tokens of a stored value read with its option name: a bare "1000" under "Pieces" is "1000pc",
 * so "1000 pieces" finds it.
 */
export function storedOptionTokens(name: string, value: string): string[] {
  const tokens = optionTokens(value);
  const u = nameUnit(name);
  if (!u) return tokens;
  return tokens.map((t) => (/^\d+(\.\d+)?$/.test(t) ? `${t}${u}` : t));
}

const NUMERIC = /^(\d+(?:\.\d+)?)([a-z%]*)$/;

/**
 * Units a shopper uses for one another: "the 64 ounce" for a "64 fl oz" jug (nobody says "fluid"
 * aloud, and a liquid's ounces are fluid ounces).
 */
const KIN: Record<string, string> = { floz: 'oz' };

/** Two unit spellings (canonical, from optionTokens) that name the same measure. */
export function sameUnit(a: string, b: string): boolean {
  return (KIN[a] ?? a) === (KIN[b] ?? b);
}

function tokenMatches(said: string, stored: string): boolean {
  if (said === stored) return true;
  const a = NUMERIC.exec(said);
  const b = NUMERIC.exec(stored);
  // A number said without a unit ("the 1000") matches that number in any unit, and the other way round.
  return !!a && !!b && a[1] === b[1] && (a[2] === '' || b[2] === '' || sameUnit(a[2]!, b[2]!));
}

/** Whether `needle` appears in order, contiguously, in `hay`. */
function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((n, k) => tokenMatches(hay[i + k]!, n))) return true;
  }
  return false;
}

/** Words that add nothing to which value is meant ("the 50 ft one", "el de 100 ml"). */
const FILLER = new Set(['the', 'a', 'one', 'ones', 'el', 'la', 'los', 'las', 'de', 'del', 'uno', 'una']);

/**
 * How well what the shopper said names a stored value: 2 = the same value, 1 = the value is
 * inside what was said ("lavender scent" for "Lavender", "1000" for "1000 pieces"), 0 = no.
 */
export function optionValueScore(said: string, name: string, value: string): 0 | 1 | 2 {
  const want = optionTokens(said).filter((t) => !FILLER.has(t));
  // Filler words drop from both sides: "Bote de 3" said is the stored "Bote de 3".
  const have = storedOptionTokens(name, value).filter((t) => !FILLER.has(t));
  if (want.length === 0 || have.length === 0) return 0;
  if (want.length === have.length && want.every((t, i) => tokenMatches(t, have[i]!))) return 2;
  if (containsRun(want, have)) return 1;
  // Part of a longer value said with a word ("light" for "Light 12-53", "walnut" for "Dark Walnut").
  if (want.some((t) => /^[\p{L}]{3,}$/u.test(t)) && containsRun(have, want)) return 1;
  // A bare number or a number with its unit said about a value that also has words ("1000 Piece Jigsaw").
  const numbers = want.filter((t) => NUMERIC.test(t));
  if (numbers.length === want.length && numbers.every((n) => have.some((h) => tokenMatches(n, h)))) return 1;
  return 0;
}

/** Option name equality across spellings and languages given a translation of Spanish words. */
export function optionNameKey(name: string, toEnglish: (word: string) => string = (w) => w): string {
  return (fold(name).match(/[\p{L}\d]+/gu) ?? [])
    .map((w) => toEnglish(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}
