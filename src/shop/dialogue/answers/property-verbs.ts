/**
 * Verbs, adjectives and everyday words shoppers use to ask what a product does, in Spanish, with the English an
 * owner writes in the product's text ("¿flota?" / "It floats", "¿se puede regular?" / "not
 * adjustable", "¿se hunde?" / "floating"). The retail vocabulary names things, not what they do,
 * and its entries also steer search; these only read a question against a product's own text.
 * Also the opposites that say the same fact the other way round ("will it sink" / "it floats").
 * Pure.
 */
import { stem } from '../words/text.ts';

/** A Spanish word (folded, any ending of the verb or adjective) → the English words for it. */
const ES_VERBS: [RegExp, string[]][] = [
  [/^flot(a|an|ar|ara|aria|e|en)$/, ['float']],
  [/^hund(e|en|ir|ira|iria|a|an)$/, ['sink']],
  [/^(regul|ajust)(a|an|ar|arse|arlo|arla|able|ables)$/, ['adjust', 'adjustable']],
  [/^(sec[oa]s?|secar|seca)$/, ['dry']],
  [/^(mojad[oa]s?|mojar|moja|mojan)$/, ['wet']],
  [
    /^(quit|desmont|sac|retir)(a|an|ar|arle|arlo|arla|arse|able|ables)$/,
    ['remove', 'removable', 'detachable'],
  ],
  [/^(revis|comprob|verific)(a|an|ar|arlo|arla|arse)$/, ['check', 'test', 'tested']],
  [/^(pleg|dobl)(a|an|ar|arlo|arla|arse|able|ables)$/, ['fold', 'folding']],
  [/^(encog|achic)(e|en|er|erse|a|an|ar|arse)$/, ['shrink']],
  [/^(oxid)(a|an|ar|arse|e|en)$/, ['rust']],
  [/^(cabe|caben|entra|entran)$/, ['fit', 'fits']],
  [/^(gir|rot)(a|an|ar|arse)$/, ['turn', 'rotate']],
  [/^(carg)(a|an|ar|arlo|arla)$/, ['charge']],
  [/^(reutiliz|reus)(a|an|ar|arlo|arla|arlos|arlas|able|ables)$/, ['reuse', 'reusable']],
  [/^(apag|desactiv|desconect)(a|an|ar|arlo|arla|arse)$/, ['off', 'switch', 'switched']],
  [/^(enjuag|aclar)(a|an|ar|arlo|arla)$/, ['rinse']],
  [/^(us|utiliz)(a|an|ar|arlo|arla|arse)$/, ['use']],
];

/**
 * Everyday words of a shopper's question the retail vocabulary (names of things) lacks, folded
 * Spanish → the English a product text says them with ("¿me guío por la edad para elegir la
 * talla?" / "Choose the size by the child's weight, not their age").
 */
const ES_WORDS: Record<string, string[]> = {
  edad: ['age'],
  edades: ['age', 'ages'],
  elegir: ['choose', 'pick'],
  escoger: ['choose', 'pick'],
  frio: ['cold'],
  fria: ['cold'],
  frios: ['cold'],
  frias: ['cold'],
  caliente: ['hot'],
  calientes: ['hot'],
  pelar: ['peel', 'peeling'],
  pelarlos: ['peel', 'peeling'],
  pelarlas: ['peel', 'peeling'],
  piel: ['skin', 'skins'],
  pieles: ['skin', 'skins'],
  semilla: ['seed', 'seeds'],
  semillas: ['seed', 'seeds'],
  viento: ['wind', 'airs'],
  ruido: ['noise', 'quiet'],
  ruidoso: ['noisy', 'quiet'],
  ruidosa: ['noisy', 'quiet'],
  lluvia: ['rain'],
  sol: ['sun', 'uv'],
  miel: ['honey'],
  azucar: ['sugar'],
  sal: ['salt'],
  agua: ['water'],
  calor: ['heat'],
  peso: ['weight'],
  freno: ['brake'],
  frenos: ['brake', 'brakes'],
  lavadora: ['machine', 'washable', 'washing'],
  suavizante: ['softener'],
  alfombra: ['carpet', 'rug'],
  alfombras: ['carpet', 'rug'],
};

/** English words a Spanish question word asks about in an English product text. */
export function propertyEnglish(word: string): string[] {
  const said = ES_WORDS[word];
  if (said) return said;
  for (const [re, english] of ES_VERBS) if (re.test(word)) return english;
  return [];
}

/** Pairs that say one fact two ways: "will it sink?" is answered by "it floats". */
const OPPOSITES: [string, string][] = [
  ['sink', 'float'],
  ['leak', 'watertight'],
  ['rust', 'rustproof'],
  ['shrink', 'preshrunk'],
];

const base = (w: string) => stem(w).replace(/(ing|ed)$/, '');

/** Whether a written word says the opposite of an asked one (either way round, any ending). */
export function saysOpposite(asked: string, written: string): boolean {
  const a = base(asked);
  const w = base(written);
  return OPPOSITES.some(([x, y]) => (a === x && w === y) || (a === y && w === x));
}
