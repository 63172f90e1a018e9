/**
 * The senses Spanish words have in a shopper's question to a shop, put in English before the
 * question is machine-translated for the English pages (search.ts). A general dictionary gives
 * their commonest sense elsewhere: Apertium reads "vaqueros" (jeans) as "cowboys", "papelito" (the
 * shop's slip) as "confetti", "cita" (appointment) as "date", "el bajo" of trousers (the hem) as
 * "the low", "¿cuánto sale?" (how much is it) as "how much exits". The English word passes through
 * Apertium untranslated (an unknown word). Pure; the knowledge-side twin of the dialogue's
 * shop-senses.ts (agents never import the dialogue).
 */
import { fold } from './terms.ts';

/** Folded Spanish word → its English in a shop. */
const WORDS = new Map<string, string>([
  ['vaqueros', 'jeans'],
  ['vaquero', 'jeans'],
  ['tejanos', 'jeans'],
  ['bolso', 'handbag'],
  ['bolsos', 'handbags'],
  ['papelito', 'ticket'],
  ['resguardo', 'ticket'],
  ['comprobante', 'receipt'],
  ['cita', 'appointment'],
  ['citas', 'appointments'],
  ['probador', 'fitting room'],
  ['probadores', 'fitting rooms'],
]);

/** Words after which "bajo"/"bajos" is a noun (the hem), not "low" or "under". */
const HEM_BEFORE = new Set(['el', 'los', 'un', 'del', 'al', 'mi', 'su']);

/** "¿Cuánto sale / salen …?": what it costs. */
const COSTS = /\b(cu[aá]nto) (sale|salen|saldr[ií]a)\b/giu;

/** The question with its shop-sense words said in English, everything else untouched. */
export function withShopSenses(spanish: string): string {
  const tokens = spanish.replace(COSTS, '$1 cuesta').split(/(\s+)/);
  let previous = '';
  return tokens
    .map((token) => {
      if (/^\s+$/.test(token) || token === '') return token;
      const m = /^([¿¡"'(]*)([\p{L}]+)([^\p{L}]*)$/u.exec(token);
      if (!m) {
        previous = '';
        return token;
      }
      const [, open, word, close] = m as unknown as [string, string, string, string];
      const w = fold(word);
      const english =
        WORDS.get(w) ?? ((w === 'bajo' || w === 'bajos') && HEM_BEFORE.has(previous) ? 'hem' : undefined);
      previous = close ? '' : w;
      return english ? `${open}${english}${close}` : token;
    })
    .join('');
}
