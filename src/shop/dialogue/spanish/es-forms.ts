/**
 * Spanish forms of counts and packs said the other way round from English, normalised before the
 * Spanish parse and the translation read them: "el pack de cuatro" is the "four-pack" (an option
 * value such as "4-pack"), never four of something; "dos packs de seis" is "two six-packs". Without
 * this the number after "de" read as a quantity, and an add put four units in the cart.
 * Works on normalised tokens (text.ts tokenize: lowercase, no accents). Pure.
 */
import { wordValue } from '../words/numbers.ts';

/** Nouns of a pack of several units, as Spanish shoppers say them; English keeps "pack". */
const PACK: Record<string, string> = {
  pack: 'pack',
  packs: 'packs',
  paquete: 'pack',
  paquetes: 'packs',
  lote: 'pack',
  lotes: 'packs',
  estuche: 'pack',
  estuches: 'packs',
};

/** Words that may follow the number and only repeat what a pack counts ("de 6 unidades"). */
const UNITS = new Set(['unidades', 'piezas', 'uds']);

/**
 * "pack de 4" / "paquete de cuatro (unidades)" → "4 pack"; "packs de seis" → "6 packs". A count
 * said before ("dos packs de seis") stays where it is, so it is still read as the quantity.
 */
export function spanishCountForms(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const noun = PACK[tokens[i]!];
    const n = noun && tokens[i + 1] === 'de' ? wordValue(tokens[i + 2] ?? '', 'es') : undefined;
    if (noun && n !== undefined && Number.isInteger(n) && n > 1) {
      out.push(String(n), noun);
      i += UNITS.has(tokens[i + 3] ?? '') ? 3 : 2;
      continue;
    }
    out.push(tokens[i]!);
  }
  return out;
}
