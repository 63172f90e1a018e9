/**
 * A catalog's slice of WordNet: for every English word related to a word the catalog uses, the
 * catalog words it reaches and how ("couch" → sofa by synonymy, "washable" → wash by derivation,
 * "heavy" → lightweight as an opposite, "bag" → tote as its kind). Built once per catalog version
 * in a worker (worker.ts), so a request costs a map lookup.
 *
 * Precision first: only the most frequent senses of both words count (WordNet orders senses by
 * corpus frequency), multiword lemmas never key a slice (a shopper's single word is looked up),
 * and a hypernym only links a category noun to its direct parent.
 */
import { lemmaCandidates } from '../../../lang/lemmas.ts';
import { POSES, type Synset, type WordNet } from '../../../lang/wordnet.ts';

export const RELATIONS = ['syn', 'deriv', 'similar', 'hyper', 'hypo', 'ant'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Related {
  /** The catalog's own word, as its search text spells it. */
  word: string;
  rel: Relation;
  /** Which of the shopper's word's senses the link goes through (0: its most frequent). */
  sense: number;
}

export interface SliceOptions {
  /** How many of a catalog word's most frequent senses count. */
  senses: number;
  /**
   * How many of the shopper's word's senses count (undefined: any). The catalog fixes the
   * domain: in a garden shop "barrow" means its third sense, the wheelbarrow.
   */
  keySenses?: number;
  relations: readonly Relation[];
}

// Measured on the semantic bench's probe (probe.ts, 40 words ten catalogs lack): 2/2 senses
// without hyponyms found 11, 3/any with hyponyms 18 (2/any 15).
export const DEFAULT_SLICE_OPTIONS: SliceOptions = { senses: 3, relations: RELATIONS };

/** Shopper word (a WordNet lemma) → catalog words it reaches, strongest relation first. */
export type Slice = Map<string, Related[]>;

export interface SliceInput {
  /** Folded single words of the catalog (titles, descriptions, tags, categories, options). */
  words: readonly string[];
  /** Head nouns of the catalog's categories and product types: the only words hypernyms reach. */
  heads: readonly string[];
}

/** Pointer symbols a slice follows: derivation, pertainym, participle, similar, antonym, hypernym, hyponym. */
const USED = new Set(['+', '\\', '<', '&', '!', '@', '~']);
const STRENGTH: Record<Relation, number> = { syn: 0, deriv: 1, similar: 2, hyper: 3, hypo: 4, ant: 5 };
const single = (w: string) => /^[a-z]{2,}$/.test(w);

export function buildSlice(wn: WordNet, input: SliceInput, options = DEFAULT_SLICE_OPTIONS): Slice {
  const allowed = new Set(options.relations);
  const heads = new Set(input.heads);
  const own = new Set(input.words);
  const links = new Map<string, Map<string, Related>>();
  /** Links the shopper's word `key`, in its sense `via`, to the catalog's `word`. */
  const add = (key: string, word: string, rel: Relation, via: Synset) => {
    if (!allowed.has(rel) || !single(key) || key === word) return;
    let to = links.get(key);
    if (!to) {
      to = new Map();
      links.set(key, to);
    }
    const sense = Math.max(0, wn.senses(key, via.pos).indexOf(via.offset));
    const had = to.get(word);
    if (had === undefined || STRENGTH[rel] < STRENGTH[had.rel] || (rel === had.rel && sense < had.sense))
      to.set(word, { word, rel, sense });
  };
  // A link counts only through one of the key word's own frequent senses.
  const frequent = (lemma: string, s: Synset) =>
    wn
      .senses(lemma, s.pos)
      .slice(0, options.keySenses ?? Number.POSITIVE_INFINITY)
      .includes(s.offset);

  for (const token of own) {
    if (!single(token)) continue;
    for (const lemma of lemmaCandidates(token)) {
      if (own.has(lemma) && lemma !== token) continue; // the catalog's own form is read itself
      for (const pos of POSES) {
        const offsets = wn.senses(lemma, pos).slice(0, options.senses);
        offsets.forEach((offset, rank) => {
          const s = wn.synset(offset, pos);
          const self = s.words.indexOf(lemma) + 1;
          for (const w of s.words) if (w !== lemma && frequent(w, s)) add(w, token, 'syn', s);
          for (const p of s.pointers) {
            const lexical = p.source !== 0;
            if ((lexical && p.source !== self) || !USED.has(p.symbol)) continue;
            const t = wn.synset(p.offset, p.pos);
            const targets = lexical && p.target > 0 ? [t.words[p.target - 1]!] : t.words;
            if (p.symbol === '+' || p.symbol === '\\' || p.symbol === '<')
              for (const w of targets) add(w, token, 'deriv', t);
            else if (p.symbol === '&')
              for (const w of targets.filter((w) => frequent(w, t))) add(w, token, 'similar', t);
            else if (p.symbol === '!') for (const w of targets) add(w, token, 'ant', t);
            else if (p.symbol === '@' && pos === 'n' && rank === 0 && heads.has(token))
              for (const w of targets) add(w, token, 'hyper', t);
            else if (p.symbol === '~' && pos === 'n' && rank === 0 && heads.has(token))
              for (const w of targets) add(w, token, 'hypo', t);
          }
          // "Lightweight" is a satellite of "light", whose opposite is "heavy": an indirect antonym.
          if (s.type === 's')
            for (const head of s.pointers.filter((p) => p.symbol === '&')) {
              const h = wn.synset(head.offset, head.pos);
              for (const p of h.pointers)
                if (p.symbol === '!') {
                  const t = wn.synset(p.offset, p.pos);
                  add(t.words[p.target - 1] ?? t.words[0]!, token, 'ant', t);
                }
            }
        });
      }
    }
  }
  const slice: Slice = new Map();
  for (const [key, to] of links)
    slice.set(
      key,
      [...to.values()].sort(
        (a, b) => STRENGTH[a.rel] - STRENGTH[b.rel] || a.sense - b.sense || a.word.localeCompare(b.word),
      ),
    );
  return slice;
}

/** Catalog words a shopper's word reaches through the slice, by any of its dictionary forms. */
export function lookUp(slice: Slice, word: string): Related[] {
  const out: Related[] = [];
  const seen = new Set<string>();
  for (const lemma of lemmaCandidates(word))
    for (const r of slice.get(lemma) ?? [])
      if (!seen.has(r.word)) {
        seen.add(r.word);
        out.push(r);
      }
  return out;
}
