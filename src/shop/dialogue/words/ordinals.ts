/**
 * Positions in the list on screen ("the second one", "los dos primeros", "number 3") and
 * references to it ("the cheapest", "ese", "all of them"), told apart from ordinals that date
 * something ("the first day") or name a thing ("the eighth inch mesh", "el cuarto de baño").
 */
import type { Language } from '../../contract.ts';
import { ORDINALS, POSITION_WORDS, REFERENCES } from './lexicon.ts';
import type { Slots } from './slots.ts';
import { wordsMatch } from './text.ts';
import { UNIT_WORDS } from './units.ts';

/** Units of time and outings: an ordinal before one of them dates something, it picks nothing. */
const ORDINAL_TIME: Record<Language, RegExp> = {
  en: /^(days?|nights?|weeks?|weekends?|months?|years?|seasons?|trips?|outings?|lessons?|sessions?|races?|mornings?|evenings?|attempts?|tries|visits?)$/,
  es: /^(dias?|noches?|semanas?|fin|fines|mes|meses|anos?|temporadas?|salidas?|clases?|vez|veces|carreras?|mananas?|tardes?|intentos?|visitas?)$/,
};

export function extractOrdinals(
  tokens: string[],
  text: string,
  lang: Language,
  slots: Slots,
  taken: Set<number>,
): void {
  const table = ORDINALS[lang];
  const ords: number[] = [];
  const fuzzy = (t: string): number | undefined => {
    if (t.length < 5) return undefined;
    const k = Object.keys(table).find((o) => o.length >= 5 && wordsMatch(t, o));
    return k === undefined ? undefined : table[k];
  };
  tokens.forEach((t, i) => {
    if (taken.has(i)) return;
    // Misheard ordinals ("furst") only in an ordinal frame ("the furst one"), never "cuanto" → "cuarto".
    const framed = /^(the|el|la)$/.test(tokens[i - 1] ?? '') && /^(one|uno|una)$/.test(tokens[i + 1] ?? '');
    let v = table[t] ?? (framed ? fuzzy(t) : undefined);
    // "How long does the battery last": the verb, not the last item.
    if (v === -1 && t === 'last' && !/^(the|one|that|item|product)$/.test(tokens[i - 1] ?? '')) v = undefined;
    // "On second thought", "second hand", "first time": idioms, not a position in the list.
    if (/^(thoughts?|hand|time|thing|off|of all)$/.test(tokens[i + 1] ?? '') && /^(second|first)$/.test(t))
      v = undefined;
    // "He'd lose it on the first day", "el primer día", "la segunda semana": a point in time
    // (a unit of time or an outing after the ordinal), not a position in the list.
    if (ORDINAL_TIME[lang].test(tokens[i + 1] ?? '')) v = undefined;
    // "The eighth inch mesh": a fraction of a unit, not a position in the list.
    if (UNIT_WORDS[tokens[i + 1] ?? ''] && /^(eighth|quarter|sixteenth|cuarto|octavo)$/.test(t))
      v = undefined;
    // "El cuarto de invitados / de baño": a room (or a quarter), not the fourth of a list.
    if (t === 'cuarto' && tokens[i + 1] === 'de' && !/^(la|los|las|lista)$/.test(tokens[i + 2] ?? ''))
      v = undefined;
    // "A good first board", "my first tent", "su primera bici": a beginner's, not the first listed.
    if (
      v === 1 &&
      /^(a|an|my|your|his|her|their|our|good|great|decent|mi|tu|su|un|una|buen|buena)$/.test(
        tokens[i - 1] ?? '',
      )
    )
      v = undefined;
    // "Guárdame los X, primero las pelotas", "first the balls, then …": first as the order of things
    // to do, said before what comes first, not a position in the list ("el primero", "the first one").
    if (
      v === 1 &&
      /^(primero|first)$/.test(t) &&
      !/^(el|la|lo|los|las|del|al|the|that|this)$/.test(tokens[i - 1] ?? '') &&
      /^(el|la|los|las|lo|the|i|we|let|quiero|necesito|voy|vamos|me|hay)$/.test(tokens[i + 1] ?? '')
    )
      v = undefined;
    // "Park the devil sticks for later, balls first": first closing the request after what comes
    // first is the order of things to do, not the first of the list ("the first", "and first").
    if (
      v === 1 &&
      t === 'first' &&
      i === tokens.length - 1 &&
      /^\p{L}{3,}s$/u.test(tokens[i - 1] ?? '') &&
      !/^(ones|this|thus|is|was|has|its|his|yes)$/.test(tokens[i - 1] ?? '')
    )
      v = undefined;
    if (v !== undefined) {
      // "the first two" / "los dos primeros": the first N results.
      const after = Number(tokens[i + 1]);
      const n = after >= 2 && after <= 5 ? after : Number(tokens[i - 1]);
      if (v === 1 && n >= 2 && n <= 5) {
        for (let k = 1; k <= n; k++) ords.push(k);
        taken.add(n === after ? i + 1 : i - 1);
      } else ords.push(v);
      taken.add(i);
    }
  });
  const pos = new RegExp(POSITION_WORDS[lang].source, 'g');
  for (const m of text.matchAll(pos)) {
    // "The Kestrel filters, number 4": with a product named, "number 4" is one of its values.
    if (slots.productNames?.length && /^(number|no|numero)$/.test(m[1]!)) continue;
    const v = /^(one|uno|una)$/.test(m[2]!) ? 1 : Number(m[2]);
    if (v >= 1 && v <= 20) ords.push(v);
  }
  if (/\b(top|primeros|primeras) (\d)\b/.test(text)) {
    const n = Number(/\b(?:top|primeros|primeras) (\d)\b/.exec(text)![1]);
    for (let k = 1; k <= n; k++) ords.push(k);
  }
  if (ords.length) slots.ordinals = [...new Set(ords)];
  const r = REFERENCES[lang];
  if (r.cheapest.test(text)) slots.reference = 'cheapest';
  else if (r.priciest.test(text)) slots.reference = 'priciest';
  else if (r.anaphora.test(text)) slots.reference = 'anaphora';
  if (r.all.test(text) && !slots.ordinals)
    slots.reference = slots.reference === 'anaphora' || !slots.reference ? 'all' : slots.reference;
}
