/**
 * Words for ranking: lower case, accents folded, English and Spanish function words left out
 * (a question's "do you", "¿puedo…?" must not match every passage). Used to build the indexed
 * text on SQLite, the query of both databases, and the coverage check that decides whether a
 * passage answers at all.
 */

const STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being am do does did ' +
    'done have has had having i me my mine we us our ours you your yours he she it its they them their this ' +
    'that these those there here what which who whom whose when where why how can could may might will would ' +
    'shall should must not no yes so than then too very just any some all each every much many more most ' +
    'get got go going about into over after before up down out off again also only own same such please ' +
    'tell know want like need let lets im ive id youre dont doesnt cant isnt arent wont ok okay hi hello ' +
    'el la los las un una unos unas lo le les de del al a ante con contra en entre hacia hasta para por ' +
    'segun sin sobre tras y o u e ni que quien quienes cual cuales cuando donde como cuanto cuanta cuantos ' +
    'cuantas es son era eran ser estar esta estan este esto estos estas ese esa esos esas eso hay ha han he ' +
    'has habeis me mi mis te tu tus se su sus nos nuestro nuestra vos vosotros os yo usted ustedes si no ' +
    'ya muy mas pero tambien puedo puede pueden podeis podria tengo tiene tienen teneis tenéis hago hace ' +
    'haceis hacen algun alguna algunos algunas hola vale porfa favor quiero quieres queria'
  ).split(/\s+/),
);

/** Lower case, accents folded, only letters, digits and the symbols figures use. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Every word of a text, folded (for the index). */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A word cut to its first five letters: a crude stem that serves English and Spanish alike
 * ("refund"/"refunded", "devolver"/"devoluciones", "instalar"/"instalación").
 */
export function stem(word: string): string {
  return /\d/.test(word) ? word : word.slice(0, STEM_LENGTH);
}
const STEM_LENGTH = 5;

/** The stems of a query that can pick a passage: no function words, no single letters. */
export function contentWords(query: string): string[] {
  return [
    ...new Set(
      words(query)
        .filter((w) => !STOP.has(w) && (w.length > 1 || /\d/.test(w)))
        .map(stem),
    ),
  ];
}

/** The text indexed for a chunk (SQLite FTS5): its document title, headings and text. */
export function indexedText(title: string, headings: readonly string[], text: string): string {
  return words([title, ...headings, text].join(' '))
    .map(stem)
    .join(' ');
}

/** Share of the query's content words a passage contains (0 when the query has none). */
export function coverage(query: readonly string[], passage: string): number {
  if (query.length === 0) return 0;
  const have = new Set(words(passage).map(stem));
  const found = query.filter((q) => have.has(q)).length;
  return found / query.length;
}
