/**
 * Which remembered size fits a product: a size stated for its kind of product ("shoes" for
 * "Trail Runner", also through a family — a shoe size fits boots and sandals), else one stated
 * for everything, and only when the product offers it. One rule for the shop tool (LLMs) and
 * the offline engine. Pure.
 */
import { fold, forms, stem, tokenize } from '../catalog/text.ts';

/** Scope words that say nothing about what a size is for ("my usual size"). */
const EMPTY_SCOPE = new Set(['usual', 'normal', 'size', 'sizes', 'my', 'talla', 'tallas', 'mi', 'habitual']);

/** Kinds of product sized on one scale, in both languages. */
const SIZE_FAMILIES = [
  /^(?:shoe|footwear|sneaker|trainer|runner|boot|sandal|loafer|heel|slipper|cleat|zapato|zapatilla|calzado|bota|botin|sandalia|deportiva|tenis|chancla)$/,
];

export const scopeWords = (scope: string): string[] =>
  tokenize(fold(scope))
    .filter((w) => !EMPTY_SCOPE.has(w))
    .map(stem);

const inFamily = (family: RegExp, word: string) => forms(word).some((f) => family.test(f));

function sameKind(said: string[], about: string[]): boolean {
  const own = new Set(about);
  return (
    said.some((w) => own.has(w)) ||
    SIZE_FAMILIES.some((f) => said.some((w) => inFamily(f, w)) && about.some((w) => inFamily(f, w)))
  );
}

export function usualSize(
  prefs: readonly { kind: string; scope: string; value: string }[],
  product: { category?: string | undefined; name: string },
  offered: readonly string[],
): string | undefined {
  if (offered.length === 0) return undefined;
  const about = tokenize(fold(`${product.category ?? ''} ${product.name}`)).map(stem);
  const fits = (v: string) => offered.find((o) => fold(o) === fold(v));
  const sizes = prefs.filter((p) => p.kind === 'size');
  const scoped = sizes.find(
    (p) => scopeWords(p.scope).length > 0 && sameKind(scopeWords(p.scope), about) && fits(p.value),
  );
  const general = sizes.find((p) => scopeWords(p.scope).length === 0 && fits(p.value));
  const pick = scoped ?? general;
  return pick ? fits(pick.value) : undefined;
}
