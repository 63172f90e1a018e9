/**
 * "Boots" shown, then "and a hood in medium": a refinement whose new words name nothing of what the
 * list shows asks for another kind of product, so the kind searched before is not kept (it would
 * find only boots, and the add would take a boot). Words the shown products do have ("only the
 * waterproof ones") still refine within the kind.
 */
import type { ProductInfo } from '../results.ts';
import { normalize, stem } from '../words/text.ts';

function mentions(p: ProductInfo, word: string): boolean {
  const text = normalize([p.name, p.category ?? '', ...(p.tags ?? []), p.summary ?? ''].join(' '));
  const said = stem(word);
  return text.split(' ').some((w) => stem(w) === said);
}

/** The new query words name something none of the shown products has. */
export function leavesShownKind(query: string | undefined, shown: ProductInfo[]): boolean {
  if (!query || shown.length === 0) return false;
  const words = normalize(query)
    .split(' ')
    .filter((w) => w.length > 2);
  return words.length > 0 && words.every((w) => !shown.some((p) => mentions(p, w)));
}
