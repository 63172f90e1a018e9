/**
 * The adjective of an English dimension question ("how long is the fish", "how wide is it", "how
 * tall is the field easel") asks for a figure; it is never a word of a product's name, even when
 * a title has it ("Long Sleeve Rash Guard", "Tall Boots"). Spanish asks with nouns ("qué largo").
 */
import type { Language } from '../../contract.ts';

const DIMENSION = /^(long|wide|tall|high|heavy|light|big|large|small|thick|deep|far|narrow|short)$/;

/** Positions of dimension adjectives right after "how". */
export function dimensionWordsAt(tokens: string[], lang: Language): number[] {
  if (lang !== 'en') return [];
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (i > 0 && tokens[i - 1] === 'how' && DIMENSION.test(t)) out.push(i);
  });
  return out;
}
