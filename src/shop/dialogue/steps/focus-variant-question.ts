/**
 * "Do you have the twelves?", "got it in a 9?" with one product in focus: a size or colour said
 * alone, asked with "do you have", is that product's variant asked of the stock check, not a new
 * search of the kind (which lists the product whether or not the size is in stock). English only.
 */
import type { Understanding } from '../understand/nlu.ts';
import { normalize, stem } from '../words/text.ts';
import type { DecideInput } from './actions.ts';

const ASKS_HAVE = /^(do|does|have|got|is there|are there|any)\b.*\b(have|got|carry|stock|there)\b|^got\b/;

export function asksFocusVariant(input: DecideInput, s: Understanding['slots'], intent: string): boolean {
  if (input.nlu.language !== 'en' || !['refine', 'search'].includes(intent)) return false;
  if (s.category || s.brand || s.productNames?.length || s.query || s.attributes?.length) return false;
  if (!s.size && !s.color) return false;
  if (!ASKS_HAVE.test(input.nlu.text)) return false;
  const focus = input.state.focus;
  const p = focus ? (input.state.known.get(focus.id) ?? focus) : undefined;
  if (!p) return false;
  // A search lists only the sizes in stock: a sized product is asked whatever size is said.
  return (!s.size || p.sizes.length > 0) && (!s.color || p.colors.length > 0);
}

/** "What sizes does it come in?", "which colours are there?": the values, not a yes / no of stock. */
const WHAT_VALUES = {
  en: /\b(what|which) (sizes|colou?rs|lengths|widths|weights|options)\b/,
  // "¿En qué colores viene?", "¿en qué pesos la tenés?", "¿qué talles quedan?", "¿de qué tamaños es?"
  es: /\b(que|cuales) (colores|tallas|talles|medidas|tamanos|pesos|numeros|opciones|formatos|versiones|largos|anchos|aromas|sabores|fragancias|olores|acabados|modelos|presentaciones|capacidades|materiales|estilos|disenos|grosores|longitudes|tonos|paquetes)\b/,
};

/** "¿Qué aromas tenés?" of a product whose option is "Aroma": the option named by its own name. */
function namesOwnOption(text: string, p: { options?: { name: string }[] } | undefined): boolean {
  const m = /\b(?:que|cuales|what|which) ([a-z]+)\b/.exec(text);
  if (!m || !p?.options?.length) return false;
  const asked = stem(m[1]!);
  return p.options.some((o) =>
    normalize(o.name)
      .split(' ')
      .some((w) => stem(w) === asked),
  );
}

/**
 * "¿Qué grosores tiene?", "¿qué configuraciones hay?": a word the vocabulary does not know becomes
 * the search query, yet it is the very word the values are asked by, not a product sought.
 */
function queryIsAskedWord(text: string, query: string): boolean {
  const m = /\b(?:que|cuales|what|which) ([a-z]+)\b/.exec(text);
  const words = normalize(query).split(' ').filter(Boolean);
  return !!m && words.length === 1 && stem(words[0]!) === stem(m[1]!);
}

export function asksFocusValues(input: DecideInput, s: Understanding['slots'], intent: string): boolean {
  // The product asked about: the one in focus, or one named ("¿y la de calle en qué colores viene?").
  const subject = !!input.state.focus || s.productNames?.length === 1;
  // Said without "it" ("¿en qué colores viene?") the request reads as a refinement of the list.
  const asked =
    intent === 'availability' ||
    (['refine', 'search'].includes(intent) &&
      !s.category &&
      !s.brand &&
      !s.attributes?.length &&
      (!s.query || queryIsAskedWord(input.nlu.text, s.query)));
  const focus = input.state.focus;
  const p = focus ? (input.state.known.get(focus.id) ?? focus) : undefined;
  const text = input.nlu.text;
  // "¿Qué dosis tiene?" reads as a spec question of the feature "dosis": of a product whose option
  // is "Dosis", its values are asked.
  if (intent === 'spec' && !s.size && !s.color && !s.productNames?.length && namesOwnOption(text, p))
    return true;
  return (
    asked &&
    !s.size &&
    !s.color &&
    subject &&
    (WHAT_VALUES[input.nlu.language].test(text) || namesOwnOption(text, p))
  );
}
