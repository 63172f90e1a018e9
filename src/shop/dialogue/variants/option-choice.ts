/**
 * Choosing a variant by options other than size and colour (Volume, Pack, Voltage, Keys…): the
 * options a product card or get_product lists, the question that names an option and its values
 * in the shopper's language, and what a refused add_to_cart says is needed or in stock instead.
 * The shop's refusals are English instructions for a model; the engine speaks from their data.
 */
import { spanishName } from '../../catalog/retail-vocabulary.ts';
import type { Language } from '../../contract.ts';

export type OptionList = { name: string; values: { value: string; inStock: boolean }[] }[] & {
  /** Search lists only the values in stock: a sold-out value said is not among them. */
  partial?: true;
};

import { normalize } from '../words/text.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * The options of a product result: get_product lists every value with its stock, search results
 * only the values in stock (optionsInStock).
 */
export function optionsOf(v: Obj): OptionList | undefined {
  if (Array.isArray(v.variants)) {
    // get_product: every variant with its options and stock.
    const byName = new Map<string, Map<string, boolean>>();
    for (const x of v.variants) {
      if (!isObj(x) || !isObj(x.options)) continue;
      const ok = typeof x.stock !== 'number' || x.stock > 0;
      for (const [name, value] of Object.entries(x.options)) {
        if (typeof value !== 'string') continue;
        const values = byName.get(name) ?? new Map<string, boolean>();
        values.set(value, (values.get(value) ?? false) || ok);
        byName.set(name, values);
      }
    }
    if (byName.size > 0)
      return [...byName].map(([name, vs]) => ({
        name,
        values: [...vs].map(([value, inStock]) => ({ value, inStock })),
      }));
  }
  if (isObj(v.optionsInStock)) {
    const out = Object.entries(v.optionsInStock)
      .map(([name, vs]) => ({ name, values: strings(vs).map((value) => ({ value, inStock: true })) }))
      .filter((o) => o.values.length > 0);
    return out.length > 0 ? Object.assign(out, { partial: true as const }) : undefined;
  }
  if (!Array.isArray(v.options)) return undefined;
  const out: OptionList = [];
  for (const o of v.options) {
    if (!isObj(o) || typeof o.name !== 'string' || !Array.isArray(o.values)) continue;
    const values = o.values
      .filter(isObj)
      .filter((x): x is Obj & { value: string } => typeof x.value === 'string')
      .map((x) => ({ value: x.value, inStock: x.inStock !== false }));
    if (values.length > 0) out.push({ name: o.name, values });
  }
  return out.length > 0 ? out : undefined;
}

// Option names the retail vocabulary reads in another sense ("sheets" of a bed) or lacks.
const OPTION_ES: Record<string, string> = {
  sheets: 'hojas',
  pages: 'páginas',
  keys: 'teclas',
  connector: 'conector',
  pack: 'paquete',
  pieces: 'piezas',
  scent: 'aroma',
  shade: 'tono',
  finish: 'acabado',
  'nib size': 'plumín',
  strings: 'cuerdas',
};

/** "voltage" / "voltaje": an option's name as the shopper's language says it. */
export function optionWord(name: string, lang: Language): string {
  const en = name.toLowerCase();
  if (lang === 'en') return en;
  return OPTION_ES[en] ?? spanishName(en).name?.toLowerCase() ?? en;
}

/** The open options with every value (a question's), as a list optionPhrase can read answers against. */
export function asOptionList(values: Record<string, string[]> | undefined): OptionList {
  return Object.entries(values ?? {}).map(([name, vs]) => ({
    name,
    values: vs.map((value) => ({ value, inStock: true })),
  }));
}

const or = (xs: string[], lang: Language) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${lang === 'es' ? 'o' : 'or'} ${xs.at(-1)}`;

/** "Which voltage: 120V or 230V?" / "¿Qué voltaje: 120V o 230V?", one clause per open option. */
export function askOptions(open: [string, string[]][], lang: Language): string {
  return open
    .map(([name, values]) =>
      lang === 'es'
        ? `¿Qué ${optionWord(name, lang)}: ${or(values, lang)}?`
        : `Which ${optionWord(name, lang)}: ${or(values, lang)}?`,
    )
    .join(' ');
}

/**
 * A value chosen that no variant in stock has ("150 g" when every colour of it is sold out): the
 * add is refused by the shop with what is in stock, rather than asking the options still open
 * (a colour asked of a weight that cannot be bought leads nowhere).
 */
export function choosesSoldOutValue(
  chosen: Record<string, string> | undefined,
  known: OptionList | undefined,
): boolean {
  if (!chosen || !known) return false;
  return Object.entries(chosen).some(
    ([name, value]) =>
      known.find((o) => o.name === name)?.values.find((x) => x.value === value)?.inStock === false,
  );
}

/**
 * Search lists only the values in stock; "in WF6" or "in 150 grams" shaped like a listed value
 * ("WF4", "165 g") but not among them is likely a sold-out value, so the product's every value is
 * read before a colour or size is asked of it. Digits stand for any figure, a unit for any word
 * it starts ("g" → "grams").
 */
export function saysUnlistedShapedValue(text: string, known: OptionList | undefined): boolean {
  if (!known?.partial) return false;
  const said = normalize(text);
  return known.some((o) => {
    const listed = new Set(o.values.map((v) => normalize(v.value)));
    const shapes = new Set(
      [...listed]
        .filter((v) => /\d/.test(v))
        .map((v) =>
          v
            .split(' ')
            .map((w) =>
              /^\d+(\.\d+)?$/.test(w)
                ? String.raw`\d+(?:\.\d+)?`
                : /^[a-z]+$/.test(w)
                  ? `${w}\\w*`
                  : w.replace(/\d+(\.\d+)?/g, String.raw`\d+(?:\.\d+)?`),
            )
            .join(' '),
        ),
    );
    return [...shapes].some((shape) =>
      [...said.matchAll(new RegExp(`\\b${shape}\\b`, 'g'))].some(
        (m) => !listed.has(m[0]) && !isListedFigure(m[0], listed),
      ),
    );
  });
}

/** "165 grams" said for the listed "165 g": the same figure with its unit spelled out. */
function isListedFigure(said: string, listed: Set<string>): boolean {
  const figure = said.split(' ')[0]!;
  return [...listed].some((v) => v.split(' ')[0] === figure && v.includes(' ') === said.includes(' '));
}

/** "voltaje 120V; conector Angled": in-stock values per option, for a sold-out refusal. */
export function listOptions(values: [string, string[]][], lang: Language): string {
  return values.map(([name, vs]) => `${optionWord(name, lang)} ${or(vs, lang)}`).join('; ');
}

export interface Refusal {
  code: 'variant_required' | 'out_of_stock' | 'not_found';
  /** Options still to choose (variant_required) or in stock instead (out_of_stock). */
  options: [string, string[]][];
  sizes: string[];
  colors: string[];
}

/** What a refused add names by option, when the shop's error carries it. */
export function refusalOf(output: unknown): Refusal | undefined {
  const e = isObj(output) && isObj(output.error) ? output.error : undefined;
  const code = e?.code;
  if (!e || (code !== 'variant_required' && code !== 'out_of_stock' && code !== 'not_found'))
    return undefined;
  const d = isObj(e.details) ? e.details : {};
  const src = code === 'out_of_stock' ? (isObj(d.inStock) ? d.inStock : undefined) : d;
  if (!src) return undefined;
  const options = isObj(src.options)
    ? Object.entries(src.options)
        .map(([k, v]): [string, string[]] => [k, strings(v)])
        .filter(([, v]) => v.length > 0)
    : [];
  return { code, options, sizes: strings(src.sizes), colors: strings(src.colors) };
}

/**
 * Values the product's results say are sold out are said so ("230V (sold out)"): marked sold
 * out, or missing from an option that search listed by its in-stock values only.
 */
export function markSoldOut(
  open: [string, string[]][],
  known: OptionList | undefined,
  lang: Language,
): [string, string[]][] {
  const mark = lang === 'es' ? ' (agotado)' : ' (sold out)';
  return open.map(([name, values]) => {
    const o = known?.find((x) => x.name === name);
    const sold = (v: string) => !!o && o.values.find((x) => x.value === v)?.inStock !== true;
    return [name, values.map((v) => (sold(v) ? `${v}${mark}` : v))];
  });
}

/**
 * What to say when add_to_cart refused for an option: the question naming the options still
 * open, or the sold-out variant with the option values in stock instead. Undefined when the
 * refusal is only about size/colour (the size/colour replies handle those).
 */
export function optionRefusalText(
  r: Refusal,
  name: string,
  said: Record<string, string>,
  known: OptionList | undefined,
  lang: Language,
): string | undefined {
  if (r.options.length === 0) return undefined;
  if (r.code === 'not_found') {
    const list = listOptions(
      [
        ...(r.sizes.length > 0 ? [[lang === 'es' ? 'Talla' : 'Size', r.sizes] as [string, string[]]] : []),
        ...(r.colors.length > 0
          ? [[lang === 'es' ? 'Color' : 'Colour', r.colors] as [string, string[]]]
          : []),
        ...r.options,
      ],
      lang,
    );
    return lang === 'es'
      ? `Lo siento, ${name} no viene así. Hay: ${list}. ¿Cuál prefieres?`
      : `Sorry, ${name} doesn't come that way. It comes in: ${list}. Which one would you like?`;
  }
  if (r.code === 'variant_required') {
    const parts: string[] = [];
    if (r.sizes.length > 1)
      parts.push(lang === 'es' ? `¿Qué talla: ${or(r.sizes, lang)}?` : `Which size: ${or(r.sizes, lang)}?`);
    if (r.colors.length > 1)
      parts.push(
        lang === 'es' ? `¿Qué color: ${or(r.colors, lang)}?` : `Which colour: ${or(r.colors, lang)}?`,
      );
    parts.push(askOptions(markSoldOut(r.options, known, lang), lang));
    return `${lang === 'es' ? `Vale, ${name}.` : `Sure, the ${name}.`} ${parts.join(' ')}`;
  }
  const what = Object.values(said);
  const label = `${name}${what.length > 0 ? ` (${what.join(', ')})` : ''}`;
  // Every way to get it: other colours in the asked options too ("SUV / Crossover" in tan is sold
  // out: black SUV liners, or tan ones for a sedan).
  const list = listOptions(
    [
      ...(r.sizes.length > 0 ? [[lang === 'es' ? 'talla' : 'size', r.sizes] as [string, string[]]] : []),
      ...(r.colors.length > 0 ? [[lang === 'es' ? 'color' : 'colour', r.colors] as [string, string[]]] : []),
      ...r.options,
    ],
    lang,
  );
  return lang === 'es'
    ? `Lo siento, ${label} está agotado. Disponibles: ${list}. ¿Cuál prefieres?`
    : `Sorry, ${label} is sold out. In stock: ${list}. Which one would you like?`;
}
