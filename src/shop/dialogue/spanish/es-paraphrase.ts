/**
 * Spanish says some requests in words the Spanish patterns do not list, though they mean one the
 * patterns know; this module rewrites them to that form before the Spanish parse reads them:
 * - a price asked as what the shop asks or charges for the thing ("¿cuánto pedís por la X?",
 *   "¿cuánto me cobras por el Y?") → "cuánto cuesta la X", as "what are you asking for" is
 *   "how much is"; so are "¿a cuánto sale la X?" and "¿cuánto sale?" ("cuánto sale todo" sums the cart);
 * - "talle", the size in the Río de la Plata ("en talle M") → "talla";
 * - a decimal written with the Spanish comma ("de 1,25 pulgadas", "los de 4,75") → with the point
 *   catalogs write ("1.25"); three digits after the comma are thousands in much of Latin America
 *   ("1,250 pesos") and stay as they are;
 * - a half said after its unit ("diez pulgadas y media", "dos galones y medio") → after the number
 *   ("diez y media pulgadas"), the order the number reader joins into 10.5;
 * - adding said as summing ("sumale una batería", "súmeme dos", "y sumá el casco": Río de la Plata
 *   and much of Latin America) → "agrega…", in the same address and with the same pronouns; "la
 *   suma" (the total) stays;
 * - putting in said as throwing in ("échame tres de esas", "échalo al carrito", "écheme la
 *   grande": Mexico and Spain) → "ponme…"; only with a pronoun attached ("echa un vistazo" stays);
 * - "dame ese", "dámelo", "denme esa": giving the shopper the one pointed at → "ponme …", which
 *   adds it ("dame el precio", "dame más detalles" stay);
 * - "dame la talla grande", "deme el de media pulgada", "démelo de cinco años": a thing named
 *   with its article or a pronoun, handed over → "ponme …" ("dame el precio", "dame las
 *   opciones" stay);
 * - a choice said as settling for it ("me apaño con el 3000", "me conformo con la M", "me arreglo
 *   con ese") → "me quedo con …", as "the 3000 will do" is a choice in English.
 * - what a shop carries said as what it handles ("¿qué máquinas maneja?", "¿manejan tijeras de
 *   entresacar?": Mexico, Colombia, Central America) → "tienes", never how a thing is handled
 *   ("¿cómo se maneja?");
 * Works on the utterance as said (accents and punctuation kept, so a question stays one). Pure.
 */
import { wordValue } from '../words/numbers.ts';

/** The shop asking or charging for something ("por el X", "por enviarlo"): its price is asked. */
const ASKS_FOR =
  /\b(cu[aá]nto)( me| nos)? (ped[ií]s|piden|pides|pide|pedir[ií]as|pedir[ií]an|cobr[aá]is|cobran|cobras|cobra|cobrar[ií]as|cobrar[ií]an)( de m[aá]s| extra| aparte)? por /giu;

/** Settling for one: "me apaño / arreglo / conformo con" (the patterns know "me quedo con"). */
const SETTLES =
  /\b(me|nos) (apa[nñ]o|apa[nñ]amos|apa[nñ]ar[eé]|arreglo|arreglamos|arreglar[eé]|conformo|conformamos|conformar[eé]) con (?=(el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|uno|una|\d)\b)/giu;

/** "¿A cuánto sale / está la X?": the price of one thing ("cuánto sale todo" sums the cart instead). */
const AT_HOW_MUCH = /\ba (cu[aá]nto) (sale|est[aá]|va)\b(?! (todo|el total)\b)/giu;
const AT_HOW_MUCH_PLURAL = /\ba (cu[aá]nto) (salen|est[aá]n|van)\b/giu;
/** "¿Cuánto sale?", "¿cuánto me salen?": what it costs, in the Río de la Plata and much of Latin America. */
const HOW_MUCH_COMES_TO = /\b(cu[aá]nto)( me| nos)? sale\b(?! (todo|el total)\b)/giu;
/** "Talle" is the size in Argentina and Uruguay ("en talle M"); "de talle alto" is a waist line, not a size. */
const TALLE = /\btalle(s?)\b(?! (alto|bajo|largo|corto)\b)/giu;

/** "1,25" and "4,75": a Spanish decimal comma between digits, at most two decimals. */
const DECIMAL_COMMA = /\b(\d+),(\d{1,2})\b(?!,?\d)/g;

/** "Diez pulgadas y media": a number, a unit word, then the half. */
const HALF_AFTER_UNIT =
  /\b(\p{L}+|\d+) (pulgadas?|galon(?:es)?|gal[oó]n|libras?|onzas?|litros?|kilos?|kilogramos?|metros?|pies?|cent[ií]metros?|mil[ií]metros?|horas?|a[nñ]os?|tazas?) y (medio|media)\b/giu;

/** Words before a bare unit ("el de kilo y medio", "un metro y medio"): one of the unit. */
const BEFORE_ONE_UNIT = /^(el|la|los|las|de|del|un|una|uno|en|con|y|a|al)$/i;

/**
 * "Dos kilos y medio" → "2.5 kilos", "el de kilo y medio" → "el de 1.5 kilo": the figure the
 * catalog writes ("2.5 kg"); a word that is no number keeps the older reorder ("diez y media
 * pulgadas" is read further on).
 */
function halfAfterUnit(_m: string, before: string, unit: string, half: string): string {
  const bare = before.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const n = wordValue(bare, 'es');
  if (n !== undefined && n > 0 && Number.isInteger(n)) return `${n + 0.5} ${unit}`;
  if (BEFORE_ONE_UNIT.test(bare) && !/s$/i.test(unit)) return `${before} 1.5 ${unit}`;
  return `${before} y ${half} ${unit}`;
}

/** "Sumale", "súmeme", "súmalo": sumar with a pronoun attached is always the request. */
const SUM_WITH_PRONOUN = /\bs[uú]m(a|á|e|en|ad)((?:me|le|les|nos)?(?:lo|la|los|las)?)(?!\p{L})/giu;
/** "Sumá una batería", "y suma dos", "dale, sumá esa": bare, only opening a clause and before what is added. */
const SUM_BARE =
  /(^|[,.;¿¡]\s*|\b(?:y|tambi[eé]n|pues) )s[uú]m(a|á|e|en|ad)(?= (?:un|una|unos|unas|dos|tres|cuatro|cinco|otr[oa]s?|el|la|los|las|es[eao]s?|est[eao]s?)\b)/giu;
const agregar = (ending: string) => `agreg${/^e/i.test(ending) ? 'u' : ''}${ending}`;

/** "Échame", "échalo", "écheme", "échenmelas": echar with a pronoun attached puts the thing in. */
const THROW_IN = /(?<!\p{L})[eé]ch(?:a|e|en|ad)(me|nos)?(lo|la|los|las)?(?!\p{L})/giu;
const putIn = (m: string, me?: string, it?: string) =>
  me || it ? `pon${me ? 'me' : ''}${it?.toLowerCase() ?? ''}` : m;

/** "Dame ese", "dámela", "deme esos": the thing pointed at, alone, is handed over (added). */
const GIVE_POINTED =
  /\b(?:d[aá]me|d[eé]me|d[eé]nme|dadme|d[aá]nos)(los|las|lo|la)?(?:\s+(ese|esa|esos|esas|este|esta|estos|estas|eso|esto))?(?=\s*(?:[,.;!?]|$|tambi[eé]n\b|de ah[ií]\b|porfa\b|por favor\b))/giu;

/**
 * "Dame la talla grande", "deme el de media pulgada": handing over a thing named by its article is
 * ordering it; what is handed over as information ("dame el precio", "dame unas opciones") stays.
 */
const GIVE_NAMED_IT = /\b(?:d[aá]me|d[eé]me|d[eé]nme|dadme)(lo|la|los|las)(?!\p{L})/giu;
const GIVE_NAMED =
  /\b(?:d[aá]me|d[eé]me|d[eé]nme|dadme)(?= (?:el|la|los|las) )(?! (?:el|la|los|las) (?:precio|precios|total|detalle|detalles|informaci[oó]n|opci[oó]n|opciones|lista|enlace|link|nombre|medida|medidas|referencia|direcci[oó]n|tel[eé]fono|n[uú]mero de pedido|estado|c[oó]digo)\b)/giu;

/** "¿Manejan …?" opening a question, or "¿qué / cuáles X manejan?": the shop's stock is asked. */
const CARRIES_FIRST = /(^|¿\s*|[,.]\s*)manej(?:a|an|as|ás|áis|aís)(?= \p{L})/giu;
const CARRIES_AFTER =
  /\b(qu[eé]|cu[aá]les?) ((?:\p{L}+ ){1,6}?)(?:me |nos )?manej(?:a|an|as|ás|áis)\b(?! (?:bien|mal|con|el|la|los|las)\b)/giu;

/**
 * "Ocupo tinta", "¿ocupa pilas?": Mexico's "ocupar" is needing (never occupying, in a shop); read
 * as a word of its own it became the need the results were ranked by.
 */
const NEEDS = /(^|¿\s*|[,.]\s*|\b(?:yo|nosotros|que) )ocup(o|as|a|amos|an)(?= (?!de\b)\p{L})/giu;

export function standardPhrasing(utterance: string): string {
  return utterance
    .replace(NEEDS, (_m, before: string, ending: string) => `${before}necesit${ending.toLowerCase()}`)
    .replace(CARRIES_FIRST, '$1tienes')
    .replace(CARRIES_AFTER, (_m, which: string, thing: string) => `${which} ${thing}tienes`)
    .replace(ASKS_FOR, (_m, cuanto: string, _me, _verb, extra?: string) =>
      extra ? `${cuanto} cuesta de más ` : `${cuanto} cuesta `,
    )
    .replace(AT_HOW_MUCH, (_m, cuanto: string) => `${cuanto} cuesta`)
    .replace(AT_HOW_MUCH_PLURAL, (_m, cuanto: string) => `${cuanto} cuestan`)
    .replace(HOW_MUCH_COMES_TO, (_m, cuanto: string) => `${cuanto} cuesta`)
    .replace(TALLE, (_m, plural: string) => `talla${plural}`)
    .replace(DECIMAL_COMMA, '$1.$2')
    .replace(HALF_AFTER_UNIT, halfAfterUnit)
    .replace(SETTLES, 'me quedo con ')
    .replace(THROW_IN, putIn)
    .replace(SUM_WITH_PRONOUN, (m, ending: string, pronouns: string) =>
      pronouns ? `${agregar(ending)}${pronouns}` : m,
    )
    .replace(GIVE_POINTED, (m, clitic?: string, pointed?: string) =>
      clitic || pointed ? `ponme${clitic ?? ''}${pointed ? ` ${pointed}` : ''}` : m,
    )
    .replace(SUM_BARE, (_m, before: string, ending: string) => `${before}${agregar(ending)}`)
    .replace(GIVE_NAMED, 'ponme')
    .replace(GIVE_NAMED_IT, (_m, clitic: string) => `ponme${clitic.toLowerCase()}`);
}
