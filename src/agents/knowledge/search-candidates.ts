/**
 * Where a search's candidate passages come from: the full-text engine (SQLite FTS5 bm25 or
 * PostgreSQL ts_rank over a tsvector in the document's language), every passage of a knowledge
 * base (read once per version of its documents, for meanings the full text cannot match), and the
 * passages closest to the question's embedding. Gathering only: scoring is search-scoring.ts's.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { cosine } from './embeddings.ts';
import { isPostgres } from './repository.ts';
import type { Concept } from './terms.ts';

/** How many full-text candidates are re-checked and fused. */
const CANDIDATES = 60;
/** Passages re-read for meanings when the full text finds too few (a shop's base is hundreds). */
const MEANING_CANDIDATES = 2000;

/** One candidate passage with its document, as the engines return it. */
export interface Row {
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

export class PassageStore {
  private readonly db: Kysely<Database>;
  private readonly chunkCache = new Map<string, { version: string; rows: readonly Row[] }>();
  constructor(db: Kysely<Database>) {
    this.db = db;
  }

  /** A knowledge base's passages with their document, as both readers beside the full text need them. */
  private chunksOf(kb: string) {
    return this.db
      .selectFrom('knowledge_chunks as c')
      .innerJoin('knowledge_documents as d', 'd.id', 'c.document_id')
      .select([
        'c.id',
        'c.document_id',
        'c.heading_path',
        'c.text',
        'c.language',
        'd.title',
        'd.source',
        'd.kind',
      ])
      .where('c.kb', '=', kb);
  }

  /** How many passages the knowledge base holds. */
  async count(kb: string): Promise<number> {
    const total = await this.db
      .selectFrom('knowledge_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kb', '=', kb)
      .executeTakeFirst();
    return Number(total?.n ?? 0);
  }

  /** The knowledge base's passages the full text did not find, to be read for meanings. */
  async others(kb: string, found: readonly Row[]): Promise<Row[]> {
    const seen = new Set(found.map((r) => r.id));
    return (await this.allChunks(kb)).filter((r) => !seen.has(r.id));
  }

  /**
   * Every passage of a knowledge base (up to MEANING_CANDIDATES), read once per version of its
   * documents: reading them all on every question cost more than the search itself. The version
   * is the documents' ids, content hashes and update times, so an import or removal by any process is seen at once.
   */
  private async allChunks(kb: string): Promise<readonly Row[]> {
    const docs = await this.db
      .selectFrom('knowledge_documents')
      .select(['id', 'content_hash', 'updated_at'])
      .where('kb', '=', kb)
      .orderBy('id')
      .execute();
    const version = docs.map((d) => `${d.id}@${d.content_hash}@${d.updated_at}`).join(',');
    const cached = this.chunkCache.get(kb);
    if (cached?.version === version) return cached.rows;
    const rows = (
      await this.chunksOf(kb).orderBy('d.source').orderBy('c.ord').limit(MEANING_CANDIDATES).execute()
    ).map((r) => ({ ...r, rank: 0 }));
    this.chunkCache.set(kb, { version, rows });
    return rows;
  }

  /** The passages the full-text engine matches with any form of the question's concepts, best first. */
  async fullText(kb: string, asked: readonly Concept[]): Promise<Row[]> {
    const { db } = this;
    if (isPostgres(db)) {
      // Each word (and its group's words) stemmed by the chunk's own configuration; a Spanish
      // verb's root as a prefix; all joined with OR, ts_rank orders.
      const terms = new Set<string>();
      for (const c of asked) {
        for (const w of [...c.words, ...c.wider.map((p) => p.word)]) if (/^[a-z0-9]+$/.test(w)) terms.add(w);
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

  /** The passages whose stored embedding (of `model`) is closest to `vector`, closest first. */
  async bySimilarity(
    kb: string,
    model: string,
    vector: number[],
  ): Promise<{ row: Row; similarity: number }[]> {
    const rows = await this.chunksOf(kb)
      .select('c.embedding')
      .where('c.embedding_model', '=', model)
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
