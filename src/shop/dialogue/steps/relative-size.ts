/**
 * "Quiero el grande", "del gel, de los grandes": Spanish says big and small with the words of the
 * letter sizes, so "grande" reads as size L. Where nothing the search reaches comes in a size L
 * (bags by litres, gels by millilitres) the word only said "big": the search is made again without
 * the size, and what was shown stays to be ranked or picked from. A size said as a size ("talla L",
 * "la L") is kept.
 */
import { productsOf } from '../results.ts';
import { SIZE_WORDS } from '../words/lexicon.ts';
import { normalize } from '../words/text.ts';
import { type Action, call, type DecideInput } from './actions.ts';

/** Spanish relative size words and the letter size each reads as. */
const RELATIVE: Record<string, string> = {
  grande: 'L',
  grandes: 'L',
  pequeno: 'S',
  pequena: 'S',
  pequenos: 'S',
  pequenas: 'S',
  chico: 'S',
  chica: 'S',
  chicos: 'S',
  chicas: 'S',
  chiquito: 'S',
  chiquita: 'S',
};
/** Words that say a size is a size ("talla grande", "size large"). */
const SIZE_CUE = /^(talla|talle|tallas|talles|size|numero|tamano)$/;

export function saidAsRelative(user: string, size: string): boolean {
  const tokens = normalize(user).split(' ');
  return tokens.some(
    (w, i) =>
      RELATIVE[w] === size.toUpperCase() &&
      !SIZE_CUE.test(tokens[i - 1] ?? '') &&
      !!SIZE_WORDS[size.toUpperCase()],
  );
}

export function searchWithoutRelativeSize(input: DecideInput): Action | undefined {
  if (input.nlu.language !== 'es') return undefined;
  const done = input.current.calls;
  const last = done.at(-1);
  if (last?.name !== 'search_products' || last.error) return undefined;
  const size = last.input.size;
  if (typeof size !== 'string' || productsOf(last.output).length > 0) return undefined;
  if (!saidAsRelative(input.current.user, size)) return undefined;
  const { size: _dropped, ...rest } = last.input;
  if (Object.keys(rest).length === 0) return undefined;
  return call('search_products', rest);
}
