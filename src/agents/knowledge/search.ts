/**
 * Ranked passages for a question, offline: SQLite FTS5 (bm25) or PostgreSQL full-text (ts_rank
 * over a tsvector built with the document's English or Spanish configuration), then — when an
 * embedder is configured — fused with cosine similarity by reciprocal rank. A passage counts only
 * when it contains enough of the question's content words (or, with embeddings, is similar
 * enough): otherwise the search returns nothing and the assistant says it does not know.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { cosine, type Embedder } from './embeddings.ts';
import { KnowledgeError } from './errors.ts';
import { type DocumentKind, type Passage, type SearchRequest, searchRequest } from './model.ts';
import { askedPlace, holdsAnswer, questionKind } from './question-kind.ts';
import { isPostgres } from './repository.ts';
import { type Concept, concepts, conceptsIn, strength } from './terms.ts';

export interface KnowledgeSearchDeps {
  db: Kysely<Database>;
  minCoverage: number;
  minSimilarity: number;
  embedder?: Embedder;
}

/** How many full-text candidates are re-checked and fused. */
const CANDIDATES = 60;
/** Share of the question's rarity-weighted words a passage must say to answer it. */
const MIN_INFORMED = 0.3;
/** Ranking: what a passage's headings say of the question counts again, this much. */
const HEADING_WEIGHT = 0.25;
/** Ranking: a passage holding the kind of fact asked (a price for "how much") gains this much. */
const ANSWER_KIND_WEIGHT = 0.15;
/** Reciprocal-rank fusion constant (the usual 60). */
const RRF_K = 60;

interface Row {
  id: string;
  document_id: string;
  heading_path: string;
  text: string;
  title: string;
  source: string;
  kind: string;
  language: string;
  rank: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export class KnowledgeSearch {
  private readonly deps: KnowledgeSearchDeps;
  constructor(deps: KnowledgeSearchDeps) {
    this.deps = deps;
  }

  async search(request: SearchRequest, signal?: AbortSignal): Promise<Passage[]> {
    const parsed = searchRequest.safeParse(request);
    if (!parsed.success)
      throw new KnowledgeError('bad_query', parsed.error.issues.map((i) => i.message).join('; '));
    const { kb, query, limit } = parsed.data;
    const asked = concepts(query);
    const lexical = asked.length > 0 ? await this.fullText(kb, asked) : [];
    signal?.throwIfAborted();
    // A place asked by name that no passage names ("do you ship to Canada?"): nothing answers.
    const place = askedPlace(query);
    if (place) {
      const named = concepts(place);
      const somewhere = lexical.some(
        (r) => conceptsIn(named, [r.title, r.heading_path, r.text].join(' ')).length === named.length,
      );
      if (named.length > 0 && !somewhere) return [];
    }
    const kind = questionKind(query);
    const weight = await this.rarity(kb, asked, lexical);
    const byId = new Map<string, { row: Row; fused: number; similarity: number }>();
    lexical.forEach((row, i) => {
      byId.set(row.id, { row, fused: 1 / (RRF_K + i + 1), similarity: 0 });
    });
    if (this.deps.embedder) {
      const vector = await this.deps.embedder.embed(query, signal);
      const similar = await this.bySimilarity(kb, vector);
      similar.forEach(({ row, similarity }, i) => {
        const hit = byId.get(row.id);
        if (hit) {
          hit.fused += 1 / (RRF_K + i + 1);
          hit.similarity = similarity;
        } else byId.set(row.id, { row, fused: 1 / (RRF_K + i + 1), similarity });
      });
    }
    const passages: (Passage & { relevance: number })[] = [];
    for (const { row, fused, similarity } of byId.values()) {
      const headings = JSON.parse(row.heading_path) as string[];
      const whole = [row.title, ...headings, row.text].join(' ');
      const cov = asked.length === 0 ? 0 : conceptsIn(asked, whole).length / asked.length;
      // Weighted by rarity: "out of stock" outweighs "order", and a word no passage of the shop
      // says ("gift cards", "alquilar") weighs most, so a passage sharing only common words with
      // the question does not answer it.
      const share = (text: string) =>
        sum(asked.map((c) => weight(c) * strength(c, text))) / (sum(asked.map(weight)) || 1);
      const informed = share(whole);
      if ((cov < this.deps.minCoverage || informed < MIN_INFORMED) && similarity < this.deps.minSimilarity)
        continue;
      const relevance =
        informed +
        HEADING_WEIGHT * share(headings.join(' ')) +
        (holdsAnswer(kind, row.text) ? ANSWER_KIND_WEIGHT : 0);
      passages.push({
        relevance,
        chunkId: row.id,
        documentId: row.document_id,
        title: row.title,
        source: row.source,
        kind: row.kind as DocumentKind,
        headings,
        text: row.text,
        language: row.language === 'es' ? 'es' : 'en',
        score: fused,
        coverage: cov,
      });
    }
    // The passage that says more of what was asked first (in its headings too, and with the kind
    // of fact asked); the engines' rank breaks ties.
    return (
      passages
        // Ties fall back to the document and its order, never to random ids: the same question
        // gets the same answer on every import and database.
        .sort(
          (a, b) =>
            b.relevance - a.relevance ||
            b.score - a.score ||
            a.source.localeCompare(b.source) ||
            a.text.localeCompare(b.text),
        )
        .slice(0, limit)
        .map(({ relevance: _, ...p }) => p)
    );
  }

  private async fullText(kb: string, asked: readonly Concept[]): Promise<Row[]> {
    const { db } = this.deps;
    if (isPostgres(db)) {
      // Each word (and its group's words) stemmed by the chunk's own configuration; a Spanish
      // verb's root as a prefix; all joined with OR, ts_rank orders.
      const terms = new Set<string>();
      for (const c of asked) {
        for (const w of c.words) if (/^[a-z0-9]+$/.test(w)) terms.add(w);
        for (const p of c.prefixes) if (/^[a-z0-9]+$/.test(p)) terms.add(`${p}:*`);
      }
      const tsquery = [...terms].join(' | ');
      if (!tsquery) return [];
      const r = await sql<Row>`
        SELECT c.id, c.document_id, c.heading_path, c.text, c.language, d.title, d.source, d.kind,
               ts_rank(c.tsv, q.query) AS rank
        FROM knowledge_chunks c
        JOIN knowledge_documents d ON d.id = c.document_id
        CROSS JOIN LATERAL (SELECT to_tsquery(
          (CASE WHEN c.language = 'es' THEN 'spanish' ELSE 'english' END)::regconfig, ${tsquery}) AS query) q
        WHERE c.kb = ${kb} AND c.tsv @@ q.query
        ORDER BY rank DESC, d.source, c.ord
        LIMIT ${CANDIDATES}`.execute(db);
      return r.rows;
    }
    const match = asked
      .flatMap((c) => [...c.forms.map((f) => `"${f}"`), ...c.prefixes.map((p) => `"${p}"*`)])
      .join(' OR ');
    const r = await sql<Row>`
      SELECT c.id, c.document_id, c.heading_path, c.text, c.language, d.title, d.source, d.kind,
             bm25(knowledge_fts) AS rank
      FROM knowledge_fts f
      JOIN knowledge_chunks c ON c.id = f.chunk_id
      JOIN knowledge_documents d ON d.id = c.document_id
      WHERE knowledge_fts MATCH ${match} AND f.kb = ${kb}
      ORDER BY rank, d.source, c.ord
      LIMIT ${CANDIDATES}`.execute(db);
    return r.rows;
  }

  /**
   * How telling each concept of the question is in this knowledge base: log(N / passages saying
   * it), counted over the full-text candidates (every passage saying any of them, in a shop's
   * knowledge base of a few hundred passages).
   */
  private async rarity(
    kb: string,
    asked: readonly Concept[],
    rows: readonly Row[],
  ): Promise<(c: Concept) => number> {
    const total = await this.deps.db
      .selectFrom('knowledge_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kb', '=', kb)
      .executeTakeFirst();
    const n = Math.max(Number(total?.n ?? 0), rows.length, 1);
    const df = new Map<Concept, number>();
    for (const r of rows)
      for (const c of conceptsIn(asked, [r.title, r.heading_path, r.text].join(' ')))
        df.set(c, (df.get(c) ?? 0) + 1);
    return (c) => Math.log(1 + n / (1 + (df.get(c) ?? 0)));
  }

  private async bySimilarity(kb: string, vector: number[]): Promise<{ row: Row; similarity: number }[]> {
    const rows = await this.deps.db
      .selectFrom('knowledge_chunks as c')
      .innerJoin('knowledge_documents as d', 'd.id', 'c.document_id')
      .select([
        'c.id',
        'c.document_id',
        'c.heading_path',
        'c.text',
        'c.language',
        'c.embedding',
        'd.title',
        'd.source',
        'd.kind',
      ])
      .where('c.kb', '=', kb)
      .where('c.embedding_model', '=', this.deps.embedder!.model)
      .execute();
    return rows
      .map((r) => ({
        row: { ...r, rank: 0 } as Row,
        similarity: cosine(vector, JSON.parse(r.embedding ?? '[]') as number[]),
      }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, CANDIDATES);
  }
}
