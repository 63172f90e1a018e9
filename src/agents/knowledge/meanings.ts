/**
 * What a word can mean, offline, from WordNet: the synsets of its most frequent senses and the
 * synsets those point to nearby (direct hypernym, derivation, similar adjective, pertainym). Two
 * words that share one mean the same thing in some sense ("charge" and "cost", "gratuity" and
 * "tip", "sack" and "bag"), so a passage can answer a question that says it in other words.
 * Lookups are memoised per word and per text: a shop's knowledge base is a few hundred passages.
 */
import { lemmaCandidates } from '../../lang/lemmas.ts';
import { POSES, type Pos, WordNet } from '../../lang/wordnet.ts';
import { meaningfulWords } from './terms.ts';

/** Senses of a word that count, most frequent first, and how much each weighs. */
const SENSE_WEIGHTS = [1, 0.7, 0.5];
/** Weight of a synset reached through a pointer, by WordNet pointer symbol. */
const POINTER_WEIGHTS: Record<string, number> = {
  '@': 0.5,
  '~': 0.5,
  '+': 0.7,
  '&': 0.7,
  '\\': 0.7,
  '<': 0.7,
};
/** Texts whose meanings are remembered (a knowledge base's passages and recent questions). */
const TEXT_MEMO = 4096;

/**
 * A synset as one small integer (part of speech × 10⁸ + byte offset; WordNet's offsets are under
 * 10⁸): `related` runs for every concept and passage of a question, and integer keys look up
 * several times faster than `n01234567` strings.
 */
type SynsetKey = number;
type Features = Map<SynsetKey, number>;

const POS_CODES = new Map<string, number>();
function synsetKey(pos: string, offset: number): SynsetKey {
  let code = POS_CODES.get(pos);
  if (code === undefined) {
    code = POS_CODES.size;
    POS_CODES.set(pos, code);
  }
  return code * 1e8 + offset;
}

export class Meanings {
  readonly #wordnet: WordNet;
  readonly #words = new Map<string, Features>();
  readonly #texts = new Map<string, Features>();

  constructor(wordnet: WordNet = new WordNet()) {
    this.#wordnet = wordnet;
  }

  /** Reads WordNet's files now rather than on the first question. */
  warmUp(): void {
    this.#of('shop');
  }

  /**
   * How closely a text says what `word` means without saying the word: the strongest synset they
   * share, weighted by how frequent a sense and how near a link each side needed (1 for the most
   * frequent sense of both; 0 when they share none).
   */
  related(word: string, text: string): number {
    const mine = this.#of(word);
    if (mine.size === 0) return 0;
    const theirs = this.#ofText(text);
    let best = 0;
    for (const [synset, w] of mine) {
      const t = theirs.get(synset);
      if (t !== undefined) best = Math.max(best, w * t);
    }
    return best;
  }

  #ofText(text: string): Features {
    let f = this.#texts.get(text);
    if (f) return f;
    f = new Map();
    for (const word of meaningfulWords(text))
      for (const [synset, w] of this.#of(word)) if (w > (f.get(synset) ?? 0)) f.set(synset, w);
    if (this.#texts.size >= TEXT_MEMO) this.#texts.delete(this.#texts.keys().next().value!);
    this.#texts.set(text, f);
    return f;
  }

  #of(word: string): Features {
    let f = this.#words.get(word);
    if (f) return f;
    f = new Map();
    if (/^[a-z]{3,}$/.test(word)) {
      for (const pos of POSES) {
        this.#sensesOf(word, pos)
          .slice(0, SENSE_WEIGHTS.length)
          .forEach((offset, i) => {
            const weight = SENSE_WEIGHTS[i]!;
            const add = (key: SynsetKey, w: number) => {
              if (w > (f!.get(key) ?? 0)) f!.set(key, w);
            };
            add(synsetKey(pos, offset), weight);
            for (const p of this.#wordnet.synset(offset, pos).pointers) {
              const pw = POINTER_WEIGHTS[p.symbol];
              if (pw !== undefined) add(synsetKey(p.pos, p.offset), weight * pw);
            }
          });
      }
    }
    this.#words.set(word, f);
    return f;
  }

  #sensesOf(word: string, pos: Pos): number[] {
    for (const lemma of lemmaCandidates(word)) {
      const found = this.#wordnet.senses(lemma, pos);
      if (found.length > 0) return found;
    }
    return [];
  }
}
