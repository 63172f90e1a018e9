/**
 * Candidate products as ranking reads them: each field's words in every form, parsed once per
 * catalog version (tokenising is the costliest part of ranking), how well a word matches them,
 * and whether a search's excluded words leave the product out.
 */
import type { Kysely } from 'kysely';
import type { Database, Product } from '../../store/schema.ts';
import type { SearchIndex } from './search-index.ts';
import { kindKeys } from './search-phrases.ts';
import { forms, inflections, tokenize } from './text.ts';

/** The columns of a product the SQL narrowing returns. */
export type Candidate = Pick<
  Product,
  'id' | 'handle' | 'title' | 'title_es' | 'brand' | 'category' | 'tags' | 'search_text'
>;

export interface Doc {
  title: Set<string>;
  brand: Set<string>;
  category: Set<string>;
  tags: Set<string>;
  /** Space-padded folded words of the whole product. */
  text: string;
  /**
   * Space-padded folded words of the description, in their order (phrases said in the prose);
   * read only when a search excludes a phrase, then kept with the rest.
   */
  prose?: string;
  /** Title, type and tags as padded phrase keys (search-phrases.ts). */
  kind: string[];
}

const expand = (text: string) => new Set(tokenize(text).flatMap(forms));

/** Parsed products per catalog version: tokenising is the costliest part of ranking. */
const docCache = new WeakMap<SearchIndex, Map<string, Doc>>();

/** The parsed products of one catalog version, for one search. */
export class CandidateDocs {
  readonly #index: SearchIndex;
  readonly #docs: Map<string, Doc>;
  readonly #categoryWords: Map<string, Set<string>>;

  constructor(index: SearchIndex) {
    this.#index = index;
    this.#categoryWords = new Map(
      index.categories.map((c) => [
        c.id,
        expand([c.id, c.name, c.name_es ?? '', ...(JSON.parse(c.synonyms) as string[])].join(' ')),
      ]),
    );
    let docs = docCache.get(index);
    if (!docs) {
      docs = new Map();
      docCache.set(index, docs);
    }
    this.#docs = docs;
  }

  /** The product's parsed fields, parsed again when its search text changed. */
  of(p: Candidate): Doc {
    let doc = this.#docs.get(p.id);
    if (!doc || doc.text !== p.search_text) {
      doc = {
        title: expand(`${p.title} ${p.title_es ?? ''}`),
        brand: expand(p.brand),
        category: this.#categoryWords.get(p.category) ?? expand(p.category),
        tags: expand((JSON.parse(p.tags) as string[]).join(' ')),
        text: p.search_text,
        kind: kindKeys({
          title: p.title,
          category: this.#index.categories.find((c) => c.id === p.category)?.name ?? p.category,
          tags: JSON.parse(p.tags) as string[],
        }),
      };
      this.#docs.set(p.id, doc);
    }
    return doc;
  }

  /** Fetches the descriptions of the products whose prose is not known yet (a phrase exclusion reads it). */
  async readProse(db: Kysely<Database>, products: readonly Candidate[]): Promise<void> {
    const unread = products.filter((p) => this.of(p).prose === undefined).map((p) => p.id);
    if (unread.length === 0) return;
    const rows = await db
      .selectFrom('products')
      .select(['id', 'description'])
      .where('id', 'in', unread)
      .execute();
    for (const r of rows) {
      const doc = this.#docs.get(r.id);
      if (doc) doc.prose = ` ${tokenize(r.description ?? '').join(' ')} `;
    }
  }
}

/**
 * Every excluded word is in the product's title, category or tags; or, for two words or more,
 * the product's text says them together ("nothing that needs an air pump" leaves out the filter
 * whose description says "needs an air pump"). One word alone never reaches the prose: "not the
 * bass ones" must not drop an amp whose description mentions a bass.
 */
export function excludedBy(doc: Doc, words: string[]): boolean {
  if (words.every((w) => forms(w).some((f) => doc.title.has(f) || doc.category.has(f) || doc.tags.has(f))))
    return true;
  return words.length >= 2 && (doc.prose ?? '').includes(` ${words.join(' ')} `);
}

/**
 * The product's title or description says a property or material, in any form of its word:
 * "smoky" reaches "smoked" and "smoke", "leather" "leathers" (a root of four letters or more,
 * a short ending after it). For "nothing smoky", "nothing made of leather". Said as absent it is
 * not said: "plastic-free", "no plastic", "without leather".
 */
export function saysProperty(doc: Doc, word: string): boolean {
  const root = word.replace(/(?:ies|es|ed|ing|y|s)$/, '');
  const base = root.length >= 4 ? root : word;
  const hit = (w: string) => w === word || (w.startsWith(base) && w.length - base.length <= 3);
  const prose = (doc.prose ?? '').split(' ');
  return (
    [...doc.title].some(hit) ||
    prose.some(
      (w, i) => hit(w) && prose[i + 1] !== 'free' && !/^(no|non|not|without|zero)$/.test(prose[i - 1] ?? ''),
    )
  );
}

/** How well `word` matches the product: title 3, brand or category 2.5, tags 1.5, anywhere else 1. */
export function fieldScore(doc: Doc, word: string): number {
  const wf = forms(word);
  const has = (set: Set<string>) => wf.some((f) => set.has(f));
  if (has(doc.title)) return 3;
  if (has(doc.brand) || has(doc.category)) return 2.5;
  if (has(doc.tags)) return 1.5;
  if (inflections(word).some((f) => doc.text.includes(` ${f} `))) return 1;
  return 0;
}
