/**
 * Words for ranking: lower case, accents folded, English and Spanish function words left out
 * (a question's "do you", "¿puedo…?" must not match every passage). Used to build the indexed
 * text on SQLite, the query of both databases, and the coverage check that decides whether a
 * passage answers at all.
 */
import { phrased, relatedWords } from './lexicon.ts';
import { placesIn, type Wider } from './places.ts';

const SPOKEN_NUMBERS =
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand ' +
  'dos tres cuatro cinco seis siete ocho nueve diez doce trece catorce quince dieciseis diecisiete ' +
  'dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento';

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
    'haceis hacen algun alguna algunos algunas hola vale porfa favor quiero quieres queria ' +
    // How a question is framed, not what it is about ("how long does it take", "cuánto tarda").
    'long take takes taking happen happens happened something anything someone thing things enough ' +
    'really still ever else way guys tarda tardan tardais algo alguien cosa ' +
    'actually gets getting become becomes somebody anybody anyone ' +
    // What a contraction leaves once its apostrophe splits it ("don't" → "don", "t").
    'don doesn didn isn aren wasn weren won wouldn couldn shouldn haven hasn ll ve re ' +
    // A number said aloud is the shopper's own figure ("my fifteen year old", "eighteen hundred
    // square feet"): no passage says it in words, so as a word it weighed most and pushed the
    // passage stating the limit ("16 or older") under the informed share. ("once" is English too.)
    SPOKEN_NUMBERS
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

/** The words of a text that can pick a passage, whole: no function words, no single letters. */
export function meaningfulWords(text: string): string[] {
  return words(text).filter((w) => !STOP.has(w) && (w.length > 1 || /\d/.test(w)));
}

/** The stems of a query that can pick a passage: no function words, no single letters. */
export function contentWords(query: string): string[] {
  return [...new Set(meaningfulWords(query).map(stem))];
}

/**
 * A word's matching key: a plural "s" dropped ("bags" is "bag", "cards" is "card"), then cut like
 * stem(). Compared on both sides (question and passage) when coverage is measured; the SQLite
 * index keeps stem() of the words as written, so a query asks for every form a key may have.
 */
export function key(word: string): string {
  return stem(singular(word));
}

function singular(word: string): string {
  if (/\d/.test(word) || word.length <= 3) return word;
  if (/(x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A Spanish verb said to the shop ("¿enviáis?", "¿me subís?", "instalar") is matched by its root
 * ("envi…", "sub…"), since the documents say it in another person ("enviamos", "subimos").
 */
function verbRoot(word: string): string | undefined {
  const m = /^(.{3,}?)(aremos|eremos|iremos|amos|emos|imos|ais|eis|is|ar|er|ir)$/.exec(word);
  return m && word.length >= 5 ? m[1] : undefined;
}

/** One thing a question asks about: its word, the word's group (lexicon.ts) and a verb root. */
export interface Concept {
  word: string;
  /** The word and its group's words, as written (PostgreSQL stems them itself). */
  words: string[];
  keys: Set<string>;
  prefixes: string[];
  /** Every form to ask the full-text index for (stems as the index holds them, and roots). */
  forms: string[];
  /** A named place's region, country and abroad words (places.ts), each said at its weight. */
  wider: Wider[];
}

/** What a question asks about, one concept per content word. */
export function concepts(query: string): Concept[] {
  const out: Concept[] = [];
  const seen = new Set<string>();
  const ws = words(phrased(fold(query)));
  const places = placesIn(ws);
  for (const [i, w] of ws.entries()) {
    if (STOP.has(w) || (w.length <= 1 && !/\d/.test(w))) continue;
    const k = key(w);
    if (seen.has(k)) continue;
    seen.add(k);
    const all = [w, ...relatedWords(w, key)];
    for (const x of all) seen.add(key(x));
    const root = /\d/.test(w) ? undefined : verbRoot(w);
    const forms = new Set<string>();
    const wider = places.get(i) ?? [];
    for (const x of [...all, ...wider.map((p) => p.word)])
      for (const f of [stem(x), stem(`${x}s`), key(x)]) forms.add(f);
    out.push({
      word: w,
      words: all,
      keys: new Set(all.map(key)),
      prefixes: root ? [root] : [],
      forms: [...forms],
      wider,
    });
  }
  return out;
}

/**
 * The concepts a text says (by key, or by a verb root opening one of its words); `ownWords`:
 * not by a place's region, country or abroad words (how rare a place is counts its name only).
 */
export function conceptsIn(list: readonly Concept[], text: string, ownWords = false): Concept[] {
  return list.filter((c) => strength(ownWords && c.wider.length ? { ...c, wider: [] } : c, text) > 0);
}

/** Texts read recently (a knowledge base's passages are read once per question and concept). */
const READ_MEMO = 4096;
const read = new Map<string, { ws: string[]; have: Set<string> }>();

function readText(text: string): { ws: string[]; have: Set<string> } {
  let r = read.get(text);
  if (!r) {
    const ws = words(phrased(fold(text)));
    r = { ws, have: new Set(ws.map(key)) };
    if (read.size >= READ_MEMO) read.delete(read.keys().next().value!);
    read.set(text, r);
  }
  return r;
}

/** Said in another word of its group: weaker evidence than the question's own word. */
const RELATED = 0.6;

/** How well a text says a concept: 1 in the question's own word (or root), less in a related one, else 0. */
export function strength(c: Concept, text: string): number {
  const { ws, have } = readText(text);
  // A word of the text with the same key that is a form of `word`, not another word (sameWord).
  const sayer = (word: string) => {
    const k = key(word);
    return have.has(k) && ws.some((w) => key(w) === k && sameWord(w, word));
  };
  if (sayer(c.word) || c.prefixes.some((p) => ws.some((w) => w.startsWith(p)))) return 1;
  if (c.words.some((x) => x !== c.word && sayer(x))) return RELATED;
  // A place said by its region, its country or, away from the shop's country, "abroad".
  return Math.max(0, ...c.wider.filter((p) => sayer(p.word)).map((p) => p.weight));
}

/**
 * Two long words sharing only their five-letter stem are different words ("discount" and
 * "Discover": a discount question answered by the cards page); sharing six letters, or a short
 * one, they are forms of one word ("refunded", "instalación"). Their group words still count.
 */
export function sameWord(a: string, b: string): boolean {
  if (a.length < 7 || b.length < 7) return true;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= 6;
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

/** `says` remembered per concept and text for one question (the concepts are that question's objects). */
export function memoSays(says: (c: Concept, text: string) => number): (c: Concept, text: string) => number {
  const memo = new Map<Concept, Map<string, number>>();
  return (c, text) => {
    let byText = memo.get(c);
    if (!byText) {
      byText = new Map();
      memo.set(c, byText);
    }
    let v = byText.get(text);
    if (v === undefined) {
      v = says(c, text);
      byText.set(text, v);
    }
    return v;
  };
}
