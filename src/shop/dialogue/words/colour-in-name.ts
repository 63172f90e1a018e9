/**
 * "Tinta negra", "a Black Diamond harness": a colour word that is part of the product's own name
 * names the product, it is not a colour to filter by (the product may have no colour option at
 * all, and the filter then leaves it out for another product that merely comes in black).
 */
import { normalize } from './text.ts';

// Spanish colour adjectives agree in gender and number ("negro", "negra", "negras"): compared
// without their ending.
const root = (w: string) => w.replace(/(?:os|as|es|o|a|s)$/, '');

export function colourInName(name: string, colour: string): boolean {
  const said = normalize(colour).split(' ').filter(Boolean).map(root);
  const own = new Set(normalize(name).split(' ').map(root));
  return said.length > 0 && said.every((w) => w.length > 2 && own.has(w));
}
