/**
 * Choosing variants by their other options ("the 100 ft one", {Pieces: "1000"}, "20 voltios"):
 * names matched across spellings and English/Spanish, values with unit normalisation
 * (catalog/option-values.ts). Pure, unit-tested without a database.
 */
import { optionNameKey, optionValueScore } from '../catalog/option-values.ts';
import { optionValues, type VariantOptions } from '../catalog/options.ts';
import { englishOf } from '../catalog/retail-vocabulary.ts';

export interface OptionWish {
  /** Option name → value as the shopper said them ({"Length": "100 ft"}). */
  options?: Record<string, string> | undefined;
  /** An option value said on its own ("100 ml", "20V", "pack of 3"), for whichever option has it. */
  option?: string | undefined;
}

export interface OptionMatch<V> {
  variants: V[];
  /** What was said that no option value of the product matches. */
  unmatched: string[];
}

const nameKey = (name: string) => optionNameKey(name, (w) => englishOf(w)?.split(' ').pop() ?? w);

/** The product's option name a shopper's name stands for ("longitud" → "Length"), if any. */
function resolveName(names: string[], said: string): string | undefined {
  const want = nameKey(said);
  return names.find((n) => nameKey(n) === want);
}

/** The values of one option that best fit what was said (exact beats contained), or none. */
function bestValues(name: string, values: string[], said: string): string[] {
  const scored = values.map((v) => ({ v, s: optionValueScore(said, name, v) }));
  const top = Math.max(0, ...scored.map((x) => x.s));
  return top === 0 ? [] : scored.filter((x) => x.s === top).map((x) => x.v);
}

/**
 * Variants whose extra options fit the wish. A named option narrows that option; a value said
 * without a name narrows every option it fits. Whatever fits nothing is reported in `unmatched`
 * (and narrows nothing), so the caller can say what the product does come in.
 */
export function matchOptions<V extends { options: VariantOptions }>(
  variants: readonly V[],
  wish: OptionWish,
): OptionMatch<V> {
  const values = optionValues(variants);
  const names = [...values.keys()];
  const unmatched: string[] = [];
  const wanted = new Map<string, Set<string>>();
  const narrow = (name: string, vals: string[]) => {
    const prev = wanted.get(name);
    wanted.set(name, new Set(prev ? vals.filter((v) => prev.has(v)) : vals));
  };
  const freeText: string[] = wish.option ? [wish.option] : [];
  for (const [saidName, said] of Object.entries(wish.options ?? {})) {
    const name = resolveName(names, saidName);
    if (!name) {
      freeText.push(said);
      continue;
    }
    const vals = bestValues(name, values.get(name)!, said);
    if (vals.length === 0) unmatched.push(`${saidName} ${said}`);
    else narrow(name, vals);
  }
  for (const said of freeText) {
    let hit = false;
    for (const name of names) {
      const vals = bestValues(name, values.get(name)!, said);
      if (vals.length > 0) {
        hit = true;
        narrow(name, vals);
      }
    }
    if (!hit) unmatched.push(said);
  }
  const out = variants.filter((v) =>
    [...wanted].every(([name, vals]) => v.options[name] !== undefined && vals.has(v.options[name]!)),
  );
  return { variants: out, unmatched };
}

/** "Length 50 ft, 100 ft; Pieces 500, 1000": the options a product comes in, for a message. */
export function describeOptionValues(variants: readonly { options: VariantOptions }[]): string {
  return [...optionValues(variants)].map(([name, vals]) => `${name} ${vals.join(', ')}`).join('; ');
}

/**
 * In-stock values of each option among the variants equal to `variant` on everything else
 * (the 500 and 1500 pieces of the same puzzle when the 1000 is sold out).
 */
export function optionAlternatives<V extends { id: string; options: VariantOptions; stock: number }>(
  variants: readonly V[],
  variant: V,
  quantity: number,
  same: (a: V, b: V) => boolean,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(variant.options)) {
    const vals = variants
      .filter(
        (v) =>
          v.id !== variant.id &&
          v.stock >= quantity &&
          same(v, variant) &&
          Object.entries(variant.options).every(([n, x]) => n === name || v.options[n] === x),
      )
      .map((v) => v.options[name])
      .filter((x): x is string => x !== undefined && x !== variant.options[name]);
    if (vals.length > 0) out[name] = [...new Set(vals)];
  }
  return out;
}
