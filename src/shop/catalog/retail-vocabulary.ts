/**
 * Spanish names for English category and option names, offline, from the built-in retail
 * vocabulary (retail-words.ts): phrase by phrase, longest first, with Spanish word order ("Gel
 * Pens" → "Bolígrafos de gel", "Acoustic Guitar Strings" → "Cuerdas de guitarra acústica") and
 * plural and gender agreement. A name with a word the vocabulary lacks gets no Spanish name
 * (half a translation would put wrong words in the shopper's ears); its known words are still
 * returned, for search. Pure.
 */
import { RETAIL_WORDS } from './retail-words.ts';
import { fold } from './text.ts';

interface Entry {
  es: string;
  adjective: boolean;
}

const EN = new Map<string, Entry>();
const ES_TO_EN = new Map<string, string>();
let longest = 1;

for (const line of RETAIL_WORDS.split('\n')) {
  if (line.startsWith('#')) continue;
  for (const item of line.split(';')) {
    const [en, es] = item.split('=').map((s) => s.trim());
    if (!en || !es) continue;
    const key = englishWords(en).join(' ');
    const adjective = es.endsWith('+');
    const spanish = adjective ? es.slice(0, -1) : es;
    if (!EN.has(key)) EN.set(key, { es: spanish, adjective });
    longest = Math.max(longest, key.split(' ').length);
    const esKey = fold(spanish);
    if (!ES_TO_EN.has(esKey)) ES_TO_EN.set(esKey, key);
  }
}

function englishWords(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

/** The word and its possible singulars ("batteries" → battery, "knives" → knife, "boxes" → box). */
function singulars(word: string): string[] {
  const out = [word];
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) return out;
  out.push(word.slice(0, -1));
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ves')) out.push(`${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`);
  return out;
}

interface Segment extends Entry {
  plural: boolean;
}

/** Longest known phrases over the words; null when a word is unknown (and the known ones). */
function segments(words: string[]): { segs: Segment[]; unknown: string[] } {
  const segs: Segment[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: { seg: Segment; n: number } | undefined;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !hit; n--) {
      const head = words.slice(i, i + n - 1);
      const last = words[i + n - 1]!;
      for (const form of singulars(last)) {
        const entry = EN.get([...head, form].join(' '));
        if (entry) {
          hit = { seg: { ...entry, plural: form !== last }, n };
          break;
        }
      }
    }
    if (hit) {
      segs.push(hit.seg);
      i += hit.n;
    } else {
      unknown.push(words[i]!);
      i++;
    }
  }
  return { segs, unknown };
}

const PREPOSITIONS = new Set(['de', 'del', 'para', 'con', 'sin', 'a', 'en']);

function stripLastAccent(word: string): string {
  return word.replace(/([áéíóú])([^aeiouáéíóú]*)$/, (_, v: string, rest: string) => fold(v) + rest);
}

/** Spanish plural of one word ("camión" → camiones, "lápiz" → lápices, "paraguas" → paraguas). */
export function pluralEs(word: string): string {
  if (/[aeiouáéóú]$/i.test(word)) return `${word}s`;
  if (/[íú]$/i.test(word)) return `${word}s`;
  if (/z$/i.test(word)) return `${word.slice(0, -1)}ces`;
  if (/s$|x$/i.test(word)) return /[áéíóú][^aeiouáéíóú]*$/.test(word) ? `${stripLastAccent(word)}es` : word;
  if (/[nlrdjy]$/i.test(word)) return `${/[áéíóú]n$/.test(word) ? stripLastAccent(word) : word}es`;
  return `${word}s`;
}

/** Plural of a Spanish phrase: the words before its first preposition ("saco de dormir" → sacos de dormir). */
function pluralPhrase(phrase: string): string {
  const words = phrase.split(' ');
  let inHead = true;
  return words
    .map((w) => {
      if (PREPOSITIONS.has(w)) inHead = false;
      return inHead ? pluralEs(w) : w;
    })
    .join(' ');
}

function feminine(phrase: string): boolean {
  const head = phrase.split(' ')[0]!;
  return /a$|ión$|dad$|tud$|umbre$/.test(head) && !/ma$/.test(head);
}

function agree(adjective: string, fem: boolean, plural: boolean): string {
  if (adjective.includes(' ')) return adjective; // "de madera" does not agree
  const form = fem && /o$/.test(adjective) ? `${adjective.slice(0, -1)}a` : adjective;
  return plural ? pluralEs(form) : form;
}

/** Spanish of one run of segments, built right to left: the last noun heads it. */
function compose(segs: Segment[]): string | null {
  let h = segs.length - 1;
  while (h >= 0 && segs[h]!.adjective) h--;
  if (h < 0) return null;
  const head = segs[h]!;
  const plural = head.plural;
  let out = plural ? pluralPhrase(head.es) : head.es;
  const fem = feminine(head.es);
  let i = h - 1;
  const adjectives: string[] = [];
  while (i >= 0 && segs[i]!.adjective) adjectives.unshift(agree(segs[i--]!.es, fem, plural));
  // Trailing adjectives ("Pens, Black"?) are rare; they agree too.
  for (const s of segs.slice(h + 1)) adjectives.push(agree(s.es, fem, plural));
  if (adjectives.length > 0) out = `${out} ${adjectives.join(' ')}`;
  if (i >= 0) {
    const complement = compose(segs.slice(0, i + 1));
    if (!complement) return null;
    out = `${out} de ${complement}`;
  }
  return out;
}

export interface SpanishName {
  /** The whole name in Spanish, or null when a word is not in the vocabulary. */
  name: string | null;
  /** Spanish words for the parts the vocabulary knows (search synonyms when `name` is null). */
  known: string[];
}

/** Spanish for an English category or option name ("Watering Cans" → "Regaderas"). */
export function spanishName(english: string): SpanishName {
  const parts = english
    .split(/\s*(?:&|\+|\/|,|\band\b)\s*/i)
    .map((p) => englishWords(p).filter((w) => !/^\d+$/.test(w)))
    .filter((w) => w.length > 0);
  const translated: string[] = [];
  const known: string[] = [];
  let complete = parts.length > 0;
  for (const words of parts) {
    const { segs, unknown } = segments(words);
    for (const s of segs) known.push(s.plural ? pluralPhrase(s.es) : s.es);
    const es = unknown.length === 0 ? compose(segs) : null;
    if (es === null) complete = false;
    else translated.push(es);
  }
  const joined = translated.join(' y ');
  return {
    name: complete && joined ? joined.charAt(0).toUpperCase() + joined.slice(1) : null,
    known: [...new Set(known)],
  };
}

/** The English of a Spanish retail word or phrase ("piezas" → "piece", "longitud" → "length"). */
export function englishOfSpanish(spanish: string): string | undefined {
  const key = fold(spanish).trim();
  const direct = ES_TO_EN.get(key);
  if (direct) return direct;
  if (key.endsWith('es')) {
    const hit = ES_TO_EN.get(key.slice(0, -2));
    if (hit) return hit;
  }
  return key.endsWith('s') ? ES_TO_EN.get(key.slice(0, -1)) : undefined;
}

/** How many English entries the vocabulary has (documentation and a coverage test). */
export function vocabularySize(): number {
  return EN.size;
}
