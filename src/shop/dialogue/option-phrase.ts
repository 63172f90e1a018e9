/**
 * The option values an utterance names for a product shown on screen ("add the 100 foot hose",
 * "el de 1000 piezas", "pack of 3"), as `add_to_cart` / `check_availability` take them:
 * `{ options: { Length: "100 ft" } }`. Values are compared with their units normalised
 * (catalog/option-values.ts); digits only, so pass the text after number words became digits.
 * Standalone so the engine can call it where it builds those tool calls.
 */
import { optionTokens, storedOptionTokens } from '../catalog/option-values.ts';
import { englishForms } from '../catalog/retail-vocabulary.ts';
import type { ProductCard } from '../contract.ts';

const NUMERIC = /^(\d+(?:\.\d+)?)([a-z%]*)$/;

// Counts of things: "3 unidades" / "3 pieces" asks for the "3-pack".
const COUNTS = new Set(['pc', 'pack', 'set']);

/** One said token names one stored token: same number, a unit on one side only or both counts. */
export function sameOptionToken(said: string, stored: string): boolean {
  if (said === stored) return true;
  const a = NUMERIC.exec(said);
  const b = NUMERIC.exec(stored);
  if (!a || !b || a[1] !== b[1]) return false;
  return a[2] === '' || b[2] === '' || (COUNTS.has(a[2]!) && COUNTS.has(b[2]!));
}

function runAt(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++)
    if (needle.every((n, k) => sameOptionToken(hay[i + k]!, n))) return true;
  return false;
}

/**
 * Spanish words for English option values read as the catalog's words ("rayado" → "lined",
 * "punteado" → "dot grid" when the product has a "Dot Grid" value), through the retail vocabulary.
 */
function inCatalogWords(said: string[], product: Pick<ProductCard, 'options'>): string[] {
  const stored = new Set(
    (product.options ?? []).flatMap((o) => o.values.flatMap((v) => storedOptionTokens(o.name, v.value))),
  );
  return said.flatMap((t) => {
    if (stored.has(t) || /^\d/.test(t)) return [t];
    const en = englishForms(t)
      .map((f) => optionTokens(f))
      .find((f) => f.length > 0 && f.every((w) => stored.has(w)));
    return en ?? [t];
  });
}

/** Option name → the one value of it the text names; options named by several or no values are left out. */
export function optionPhrase(
  text: string,
  product: Pick<ProductCard, 'options'>,
): { options: Record<string, string> } | Record<string, never> {
  const said = inCatalogWords(optionTokens(text), product);
  const out: Record<string, string> = {};
  for (const o of product.options ?? []) {
    // Longest values first: "Extra Light 10-47" before "Light 12-53"'s words.
    const hits = o.values
      .map((v) => ({ value: v.value, tokens: storedOptionTokens(o.name, v.value) }))
      .filter((v) => v.tokens.length > 0 && runAt(said, v.tokens))
      .sort((a, b) => b.tokens.length - a.tokens.length);
    const best = hits.filter((h) => h.tokens.length === hits[0]?.tokens.length);
    if (best.length === 1) out[o.name] = best[0]!.value;
  }
  return Object.keys(out).length > 0 ? { options: out } : {};
}
