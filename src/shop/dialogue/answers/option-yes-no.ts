/**
 * A yes/no question whose thing asked is one of the product's own option values ("tengo el pie
 * ancho, ¿me valdrían?" → Width: Wide; "is it in a size 4?"; "¿la hay en Smoke?"): answered from
 * the variants, not from the description, which rarely repeats them. A value out of stock says so.
 * Words match a value when every word of the value is among them (so "blue" alone is not "Mirror
 * Blue"); one-letter and stop words never do.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { normalize } from '../words/text.ts';

interface Named {
  option: string;
  value: string;
  inStock: boolean;
}

function valuesOf(p: ProductInfo): Named[] {
  return [
    ...p.sizes.map((s) => ({ option: 'size', value: s.size, inStock: s.inStock })),
    ...p.colors.map((c) => ({ option: 'color', value: c.color, inStock: c.inStock })),
    ...(p.options ?? []).flatMap((o) =>
      o.values.map((v) => ({ option: o.name, value: v.value, inStock: v.inStock })),
    ),
  ];
}

/** The option value the words name, if exactly one value (or one value's spellings) is named. */
export function valueAsked(p: ProductInfo, words: string[]): Named | undefined {
  const said = new Set(words.map((w) => normalize(w)).filter((w) => w.length > 1));
  const hits = valuesOf(p).filter((v) => {
    const tokens = normalize(v.value).split(' ').filter(Boolean);
    return tokens.length > 0 && tokens.every((t) => said.has(t)) && tokens.join('').length > 1;
  });
  // The longest value named wins ("mirror blue" over "blue"); two different ones are no answer.
  const best = hits.sort((a, b) => b.value.length - a.value.length)[0];
  if (!best) return undefined;
  return hits.every((h) => h.value === best.value || best.value.includes(h.value)) ? best : undefined;
}

export function answerFromOptions(p: ProductInfo, words: string[], lang: Language): string | undefined {
  const v = valueAsked(p, words);
  if (!v) return undefined;
  const which =
    v.option === 'size' ? (lang === 'es' ? 'talla ' : 'size ') : v.option === 'color' ? '' : `${v.option} `;
  if (v.inStock)
    return lang === 'es'
      ? `Sí: ${p.name} viene en ${which}${v.value}.`
      : `Yes: ${p.name} comes in ${which}${v.value}.`;
  return lang === 'es'
    ? `${p.name} viene en ${which}${v.value}, pero ahora está agotado.`
    : `${p.name} comes in ${which}${v.value}, but it is sold out right now.`;
}
