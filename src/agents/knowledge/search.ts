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
import { isPostgres } from './repository.ts';
import { contentWords, coverage, fold, stem } from './terms.ts';

export interface KnowledgeSearchDeps {
  db: Kysely<Database>;
  minCoverage: number;
  minSimilarity: number;
  embedder?: Embedder;
}

/** How many full-text candidates are re-checked and fused. */
const CANDIDATES = 30;
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
  rank: number;
}

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
    const terms = contentWords(query);
    const lexical = terms.length > 0 ? await this.fullText(kb, query, terms) : [];
    signal?.throwIfAborted();
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
    const passages: Passage[] = [];
    for (const { row, fused, similarity } of byId.values()) {
      const headings = JSON.parse(row.heading_path) as string[];
      const cov = coverage(terms, [row.title, ...headings, row.text].join(' '));
      if (cov < this.deps.minCoverage && similarity < this.deps.minSimilarity) continue;
      passages.push({
        chunkId: row.id,
        documentId: row.document_id,
        title: row.title,
        source: row.source,
        kind: row.kind as DocumentKind,
        headings,
        text: row.text,
        score: fused,
        coverage: cov,
      });
    }
    // The passage that says more of what was asked first; the engines' rank breaks ties.
    return passages.sort((a, b) => b.coverage - a.coverage || b.score - a.score).slice(0, limit);
  }

  private async fullText(kb: string, query: string, terms: string[]): Promise<Row[]> {
    const { db } = this.deps;
    if (isPostgres(db)) {
      // Each word stemmed by the chunk's own configuration; words joined with OR, ts_rank orders.
      const words = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) =>
        terms.includes(stem(fold(w))),
      );
      const tsquery = [...new Set(words)].join(' | ');
      if (!tsquery) return [];
      const r = await sql<Row>`
        SELECT c.id, c.document_id, c.heading_path, c.text, d.title, d.source, d.kind,
               ts_rank(c.tsv, q.query) AS rank
        FROM knowledge_chunks c
        JOIN knowledge_documents d ON d.id = c.document_id
        CROSS JOIN LATERAL (SELECT to_tsquery(
          (CASE WHEN c.language = 'es' THEN 'spanish' ELSE 'english' END)::regconfig, ${tsquery}) AS query) q
        WHERE c.kb = ${kb} AND c.tsv @@ q.query
        ORDER BY rank DESC, c.id
        LIMIT ${CANDIDATES}`.execute(db);
      return r.rows;
    }
    const match = terms.map((t) => `"${t}"`).join(' OR ');
    const r = await sql<Row>`
      SELECT c.id, c.document_id, c.heading_path, c.text, d.title, d.source, d.kind,
             bm25(knowledge_fts) AS rank
      FROM knowledge_fts f
      JOIN knowledge_chunks c ON c.id = f.chunk_id
      JOIN knowledge_documents d ON d.id = c.document_id
      WHERE knowledge_fts MATCH ${match} AND f.kb = ${kb}
      ORDER BY rank, c.id
      LIMIT ${CANDIDATES}`.execute(db);
    return r.rows;
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
