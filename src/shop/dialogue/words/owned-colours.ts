/**
 * "My whites are a disgrace too": a colour said in the plural after a possessive names the clothes
 * of that colour the shopper owns (cricket whites, the kids' greys), not a colour asked for, so
 * the colour reader skips it and a search is not narrowed to white products.
 */
import { basicColor } from '../../catalog/search-colors.ts';

export function ownedColourNouns(tokens: readonly string[]): number[] {
  return tokens.flatMap((t, i) =>
    /^(my|our|his|her|their|your)$/.test(tokens[i - 1] ?? '') &&
    /^[a-z]{3,}s$/.test(t) &&
    basicColor(t.slice(0, -1))
      ? [i]
      : [],
  );
}
