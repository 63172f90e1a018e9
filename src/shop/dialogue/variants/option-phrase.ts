/**
 * The option values an utterance names for a product shown on screen ("add the 100 foot hose",
 * "el de 1000 piezas", "pack of 3"), as `add_to_cart` / `check_availability` take them:
 * `{ options: { Length: "100 ft" } }`. Values are compared with their units normalised
 * (catalog/option-values.ts); digits only, so pass the text after number words became digits.
 * Standalone so the engine can call it where it builds those tool calls.
 */
import { optionTokens, sameUnit, storedOptionTokens } from '../../catalog/option-values.ts';
import { englishForms, spanishName } from '../../catalog/retail-vocabulary.ts';
import { englishColorPhrases, englishColorWords } from '../../catalog/search-colors.ts';
import type { ProductCard } from '../../contract.ts';

const NUMERIC = /^(\d+(?:\.\d+)?)([a-z%]*)$/;

// Counts of things: "3 unidades" / "3 pieces" asks for the "3-pack".
const COUNTS = new Set(['pc', 'pack', 'set']);

/** One said token names one stored token: same number, a unit on one side only or both counts. */
export function sameOptionToken(said: string, stored: string): boolean {
  if (said === stored) return true;
  const a = NUMERIC.exec(said);
  const b = NUMERIC.exec(stored);
  if (!a || !b || a[1] !== b[1]) return false;
  return a[2] === '' || b[2] === '' || sameUnit(a[2]!, b[2]!) || (COUNTS.has(a[2]!) && COUNTS.has(b[2]!));
}

function runsAt(hay: string[], needle: string[]): number[] {
  const at: number[] = [];
  for (let i = 0; i + needle.length <= hay.length; i++)
    if (needle.every((n, k) => sameOptionToken(hay[i + k]!, n))) at.push(i);
  return at;
}

const runAt = (hay: string[], needle: string[]) => runsAt(hay, needle).length > 0;

/**
 * Positions of the said tokens a value of several tokens of one option covers ("5/8 in" is the
 * tokens 5 8in): another option's value never reads them ("the 6 inch with the 5/8 arbor" is not
 * also a Diameter of 8").
 */
function claimedRuns(said: string[], options: { name: string; values: string[][] }[]): Map<number, string> {
  const claimed = new Map<number, string>();
  for (const o of options)
    for (const tokens of o.values.filter((v) => v.length >= 2))
      for (const start of runsAt(said, tokens))
        for (let k = 0; k < tokens.length; k++) if (!claimed.has(start + k)) claimed.set(start + k, o.name);
  return claimed;
}

/**
 * English forms of a Spanish word by the suffixes both languages share from Latin: "funciones" →
 * "function", "posición" → "position", "conexión" → "connexion"/"connection". Only tried against
 * the product's own stored words, so a guess that is not an English word never matches anything.
 */
export function cognateForms(word: string): string[] {
  const m = /^([a-z]{2,})(cion|sion|xion)(es)?$/.exec(word);
  if (!m) return [];
  const stem = m[1]!;
  if (m[2] === 'cion') return [`${stem}tion`, `${stem}ction`];
  if (m[2] === 'sion') return [`${stem}sion`, `${stem}ssion`];
  return [`${stem}xion`, `${stem}ction`];
}

/**
 * Spanish words for English option values read as the catalog's words ("rayado" → "lined",
 * "punteado" → "dot grid" when the product has a "Dot Grid" value), through the retail vocabulary.
 */
function inCatalogWords(said: string[], product: Pick<ProductCard, 'options'>): string[] {
  const stored = new Set(
    (product.options ?? []).flatMap((o) => o.values.flatMap((v) => storedOptionTokens(o.name, v.value))),
  );
  const fits = (forms: string[]) =>
    forms.map((f) => optionTokens(f)).find((f) => f.length > 0 && f.every((w) => stored.has(w)));
  return said.flatMap((t) => {
    if (stored.has(t) || /^\d/.test(t)) return [t];
    // A value said the familiar way ("lefty", "righty" for "Left", "Right").
    const base = /^([a-z]{4,})(?:y|ie)$/.exec(t)?.[1];
    if (base && stored.has(base)) return [base];
    // The text may already carry the catalog's word for another sense of the Spanish one
    // ("tazas" read as the category "mugs" where the option says "8 cup"): its siblings count too.
    const sibling = /^[a-z]{3,}$/.test(t) ? spanishName(t).known?.[0] : undefined;
    return (
      fits(englishForms(t)) ??
      (sibling ? fits(englishForms(sibling)) : undefined) ??
      fits(cognateForms(t)) ?? [t]
    );
  });
}

/** Size words that pick the largest or smallest of a measured option ("the big one", "el pequeño"). */
const BIG =
  /^(big|bigger|biggest|large|larger|largest|grande|grandes|mayor|long|longer|longest|largo|larga|largos|largas|tall|taller|tallest|heavy|heavier|heaviest|pesado|pesada|pesados|pesadas|wide|wider|widest|ancho|ancha|anchos|anchas|thick|thicker|thickest|gordo|gorda|grueso|gruesa|gruesos|gruesas)$/;
// "Light" alone is a shade ("light blue"): only its comparative and superlative weigh.
const SMALL =
  /^(small|smaller|smallest|little|pequeno|pequena|pequenos|pequenas|chico|chica|chicos|chicas|menor|short|shorter|shortest|corto|corta|cortos|cortas|lightest|ligero|ligera|ligeros|ligeras|liviano|liviana|livianos|livianas|narrow|narrower|narrowest|estrecho|estrecha|estrechos|estrechas|thin|thinner|thinnest|delgado|delgada|fino|fina)$/;
/** Words of weight: with them the option weighed (g, kg, lb, oz) is the one ranked. */
const WEIGHT_WORDS =
  /^(heavy|heavier|heaviest|pesado|pesada|pesados|pesadas|lightest|ligero|ligera|ligeros|ligeras|liviano|liviana|livianos|livianas)$/;
const WEIGHT_UNIT = /^(g|gr|grams?|kg|kgs|kilos?|lb|lbs|pounds?|oz|ounces?)$/;
/** Words of thickness: with them only an option measured as a thickness is ranked (not "60 m" of rope). */
const THICK_WORDS =
  /^(thick|thicker|thickest|thin|thinner|thinnest|gordo|gorda|grueso|gruesa|gruesos|gruesas|fino|fina|delgado|delgada)$/;
const THICK_UNIT = /^(mm|millimet(er|re)s?|in|inch(es)?|ga|gauge)$/;
const THICK_NAME = /thick|grosor|espesor|gauge|calibre/i;

/** A word of relative size or weight ("the big size", "the heavy ones") is said. */
export const saysRelativeSize = (text: string): boolean =>
  text.split(' ').some((w) => BIG.test(w) || SMALL.test(w));

const singular = (w: string) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w);

/** Short words that are never what picks a value ("the one", "and"). */
const FILLER = new Set(
  'the one ones and for with not but any all its this that que una uno los las del con por para'.split(' '),
);

/** Size words for letter sizes written as option values ("in a medium" → "M"). */
const LETTER_SIZE: Record<string, string> = {
  small: 's',
  medium: 'm',
  large: 'l',
  pequeno: 's',
  pequena: 's',
  mediano: 'm',
  mediana: 'm',
  grande: 'l',
};

/**
 * "A box of the sachets" for "15 Sachets": a word said (not of the product's name) that only one
 * value of the option holds names that value.
 */
function valueByWord(said: string[], values: { value: string; tokens: string[] }[]): string | undefined {
  const words = said.filter((w) => /^[\p{L}]{3,}$/u.test(w) && !FILLER.has(w)).map(singular);
  const letters = said.flatMap((w) => (LETTER_SIZE[w] ? [LETTER_SIZE[w]] : []));
  // "White gold" for "14k White Gold" beside "14k Rose Gold": the value holding the most words said.
  // Figures count as words ("the 28-70" for "with 28-70mm Lens"), compared with their units.
  // Bare figures only: "the gallon jug" (1gal) is not the "1/4 in" of a thread size.
  const figures = said.filter((w) => /^\d+(\.\d+)?$/.test(w));
  const held = (v: { tokens: string[] }) =>
    v.tokens.filter(
      (t) => words.includes(singular(t)) || (/^\d/.test(t) && figures.some((f) => sameOptionToken(f, t))),
    ).length || (v.tokens.length === 1 && letters.includes(v.tokens[0]!) ? 1 : 0);
  const most = Math.max(0, ...values.map(held));
  const holders = most > 0 ? values.filter((v) => held(v) === most) : [];
  if (holders.length === 1) return holders[0]!.value;
  // "Un bote" of "Bote de 3" beside "Caja de 24 botes": the value the word heads is meant.
  const headed = holders.filter((v) => words.includes(singular(v.tokens[0] ?? '')));
  return headed.length === 1 ? headed[0]!.value : undefined;
}

/**
 * "The big one", "la más pesada", "the thicker one": the largest (or smallest) value of the one
 * option whose values are all measures (the weighed one, for words of weight).
 */
export function valueBySize(said: string[], options: OptionList): [string, string] | undefined {
  const big = said.some((w) => BIG.test(w));
  if (!big && !said.some((w) => SMALL.test(w))) return undefined;
  const measured = options.filter(
    (o) =>
      o.values.length >= 2 &&
      o.values.every((v) => /^\d/.test(optionTokens(v.value)[0] ?? '')) &&
      new Set(o.values.map((v) => NUMERIC.exec(optionTokens(v.value)[0]!)?.[2])).size === 1,
  );
  // "The heaviest" with a weight and a length among the options: the weight is ranked; "the
  // thickest" ranks a thickness only, never a rope's length.
  const unit = (o: OptionList[number]) => NUMERIC.exec(optionTokens(o.values[0]!.value)[0]!)?.[2] ?? '';
  const weighed = said.some((w) => WEIGHT_WORDS.test(w))
    ? measured.filter((o) => WEIGHT_UNIT.test(unit(o)))
    : said.some((w) => THICK_WORDS.test(w))
      ? measured.filter((o) => THICK_UNIT.test(unit(o)) || THICK_NAME.test(o.name))
      : measured;
  if (weighed.length !== 1) return undefined;
  const o = weighed[0]!;
  const amount = (v: string) => Number(NUMERIC.exec(optionTokens(v)[0]!)?.[1]);
  const sorted = [...o.values].sort((a, b) => amount(a.value) - amount(b.value));
  return [o.name, (big ? sorted.at(-1) : sorted[0])!.value];
}

type OptionList = NonNullable<ProductCard['options']>;

/**
 * "The big memory foam one": the largest (or smallest) of a product's sizes when they are all
 * measures ("17 x 24 in", "21 x 34 in"), as valueBySize does for an option. Words of the
 * product's own name never count ("Big Sur Tent").
 */
export function sizeBySpan(
  text: string,
  product: { name: string; sizes: { size: string; inStock: boolean }[] },
): string | undefined {
  if (product.sizes.length < 2) return undefined;
  const own = new Set(optionTokens(product.name));
  const said = optionTokens(text).filter((w) => !own.has(w));
  const values = product.sizes.map((x) => ({ value: x.size, inStock: x.inStock }));
  return valueBySize(said, [{ name: 'Size', values }])?.[1];
}

/**
 * A measured size said with its unit in other words ("the 16.9 ounce bottle" for "16.9 fl oz"),
 * read as a value of an option of the sizes; sold-out ones too, so the shop can refuse them.
 */
export function sizeByMeasure(
  text: string,
  product: { sizes: { size: string; inStock: boolean }[] },
): string | undefined {
  const measured = product.sizes.filter((x) => /^\d/.test(x.size));
  if (measured.length < 2) return undefined;
  const values = measured.map((x) => ({ value: x.size, inStock: x.inStock }));
  const hit = optionPhrase(text, { options: [{ name: 'size', values }] });
  return 'options' in hit ? hit.options.size : undefined;
}

/**
 * A measure said that falls inside one size written as a range ("he weighs 35 kilos" → "30-40
 * kg", "for a 4 year old" stays with the readers of ages): sold-out sizes too, so the shop can
 * refuse one. A figure with its unit only, so a count is never read as a size.
 */
export function sizeByRange(
  text: string,
  product: { sizes: { size: string; inStock: boolean }[] },
): string | undefined {
  const ranges = product.sizes.flatMap((x) => {
    const m = /^(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(x.size.trim());
    return m
      ? [
          {
            size: x.size,
            low: Number(m[1]),
            high: Number(m[2]),
            unit: optionTokens(`1 ${m[3]}`)[0]!.slice(1),
          },
        ]
      : [];
  });
  if (ranges.length < 2) return undefined;
  const said = optionTokens(text).flatMap((t) => {
    const m = NUMERIC.exec(t);
    return m?.[2] ? [{ value: Number(m[1]), unit: m[2] }] : [];
  });
  const hits = ranges.filter((r) =>
    said.some((x) => sameUnit(x.unit, r.unit) && x.value >= r.low && x.value <= r.high),
  );
  // "35" on the edge of "30-35" and "35-40": the range it starts, as a shop's size chart reads.
  const starts = hits.filter((r) => said.some((x) => x.value === r.low));
  if (hits.length === 2 && starts.length === 1) return starts[0]!.size;
  return hits.length === 1 ? hits[0]!.size : undefined;
}

const YES_VALUE = /^(yes|si|true)$/;
const NO_VALUE = /^(no|false)$/;
const NOT_WORD = /^(not|non|no|without|sin)$/;

/**
 * A yes/no option ("Polarized": Yes / No) named by its name: "polarized" is Yes, "not
 * polarized" / "non-polarized" / "sin polarizar" is No.
 */
function yesNoValue(said: string[], o: OptionList[number]): string | undefined {
  const yes = o.values.find((v) => YES_VALUE.test(optionTokens(v.value).join(' ')));
  const no = o.values.find((v) => NO_VALUE.test(optionTokens(v.value).join(' ')));
  if (!yes || !no || o.values.length !== 2) return undefined;
  const name = optionTokens(o.name).map(singular);
  const at = said.findIndex((_, i) =>
    name.every((w, k) => singular(said[i + k] ?? '').startsWith(w.slice(0, 6))),
  );
  if (at < 0) return undefined;
  return NOT_WORD.test(said[at - 1] ?? '') ? no.value : yes.value;
}

/**
 * A whole and a fraction said in words ("three and a quarter inch" → 3 1 4in) as the decimal a
 * catalog may write instead ("3.25 in"); catalogs that write "3-1/4" match the tokens as said.
 */
export function decimalFractions(said: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < said.length; i++) {
    const [a, b, c] = [said[i]!, said[i + 1] ?? '', said[i + 2] ?? ''];
    const den = /^(2|3|4|8|16)([a-z%]*)$/.exec(c);
    if (/^\d+$/.test(a) && /^\d+$/.test(b) && den && Number(b) < Number(den[1])) {
      const value = Number(a) + Number(b) / Number(den[1]);
      out.push(`${Number(value.toFixed(3))}${den[2]}`);
      i += 2;
    } else out.push(a);
  }
  return out;
}

/** Option name → the one value of it the text names; options named by several or no values are left out. */
export function optionPhrase(
  text: string,
  product: Pick<ProductCard, 'options'> & { name?: string },
): { options: Record<string, string> } | Record<string, never> {
  const literal = optionValuesSaid(text, product, (x) => x);
  if ('options' in literal) return literal;
  const decimal = optionValuesSaid(text, product, decimalFractions);
  if ('options' in decimal) return decimal;
  const bare: ReturnType<typeof optionPhrase> = optionValuesSaid(text, product, (said) =>
    decimalFractions(said).map(withoutInch),
  );
  if ('options' in bare) return bare;
  // A value that is a word the units reading turns into a count ("Dual" read as "2pack"): the words as said.
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => w && !/\d/.test(w));
  return optionValuesSaid(text, product, () => words);
}

/**
 * "The forty eight pack of lids", "the six box pack": a count said of a pack option whose values
 * are counts of things ("48 Lids", "6 Boxes" read as 48pack, 6pack): the one value of that count,
 * whatever noun the catalog counts in.
 */
function valueByCount(said: string[], values: { value: string; tokens: string[] }[]): string | undefined {
  const counted = values.filter((v) => /^\d+pack$/.test(v.tokens[0] ?? '') && said.includes(v.tokens[0]!));
  return counted.length === 1 ? counted[0]!.value : undefined;
}

/**
 * "Put one amber 60 in": "in" after a number is as often the preposition as inches. Read as a bare
 * number only after the reading with inches named nothing.
 */
export function withoutInch(token: string): string {
  return /^\d+(\.\d+)?in$/.test(token) ? token.slice(0, -2) : token;
}

function optionValuesSaid(
  text: string,
  product: Pick<ProductCard, 'options'> & { name?: string },
  reading: (said: string[]) => string[],
): { options: Record<string, string> } | Record<string, never> {
  const own = new Set(optionTokens(product.name ?? ''));
  // Spanish colour and finish words also as an English catalog writes them ("cromado" → "chrome").
  const tokens = englishColorWords(optionTokens(englishColorPhrases(text)));
  const allSaid = reading(inCatalogWords(tokens, product));
  const claimed = claimedRuns(
    allSaid,
    (product.options ?? []).map((o) => ({
      name: o.name,
      values: o.values.map((v) => storedOptionTokens(o.name, v.value)),
    })),
  );
  const free = allSaid.filter((w) => !own.has(w));
  const out: Record<string, string> = {};
  for (const o of product.options ?? []) {
    const values = o.values.map((v) => ({ value: v.value, tokens: storedOptionTokens(o.name, v.value) }));
    const said = allSaid.map((w, i) => (claimed.has(i) && claimed.get(i) !== o.name ? '' : w));
    // Longest values first: "Extra Light 10-47" before "Light 12-53"'s words.
    const hits = values
      .filter((v) => v.tokens.length > 0 && runAt(said, v.tokens))
      .sort((a, b) => b.tokens.length - a.tokens.length);
    const best = hits.filter((h) => h.tokens.length === hits[0]?.tokens.length);
    const yesNo = yesNoValue(said, o);
    if (yesNo) out[o.name] = yesNo;
    else if (best.length === 1) out[o.name] = best[0]!.value;
    else if (hits.length === 0) {
      const byWord = valueByWord(free, values) ?? valueByCount(free, values);
      if (byWord) out[o.name] = byWord;
    }
  }
  if (Object.keys(out).length === 0) {
    const bySize = valueBySize(free, product.options ?? []);
    if (bySize) out[bySize[0]] = bySize[1];
  }
  return Object.keys(out).length > 0 ? { options: out } : {};
}
