import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The knowledge base (issue 15): documents per knowledge base slug (not per profile, so the
 * knowledge code never depends on profiles), cut into chunks that keep their heading path. Each
 * database ranks chunks with its own full-text engine: an FTS5 table on SQLite (kept in step by
 * the repository inside the same transaction), a stored tsvector with a GIN index on PostgreSQL
 * (English or Spanish configuration by the document's language). Embeddings, when a provider is
 * configured, are a JSON array per chunk: cosine is computed in JS, which fits knowledge bases of
 * a shop's size on both databases without an extension.
 */
export const knowledge: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const pg = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('knowledge_documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kb', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('chunk_count', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('knowledge_documents_kb_source', ['kb', 'source'])
      .execute();
    await db.schema
      .createTable('knowledge_chunks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) =>
        c.notNull().references('knowledge_documents.id').onDelete('cascade'),
      )
      .addColumn('kb', 'text', (c) => c.notNull())
      .addColumn('ord', 'integer', (c) => c.notNull())
      .addColumn('heading_path', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('embedding', 'text')
      .addColumn('embedding_model', 'text')
      .execute();
    await db.schema
      .createIndex('knowledge_chunks_document_idx')
      .on('knowledge_chunks')
      .columns(['document_id', 'ord'])
      .execute();
    await db.schema.createIndex('knowledge_chunks_kb_idx').on('knowledge_chunks').column('kb').execute();
    if (pg) {
      await sql`ALTER TABLE knowledge_chunks ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector`.execute(
        db,
      );
      await sql`CREATE INDEX knowledge_chunks_tsv_idx ON knowledge_chunks USING GIN (tsv)`.execute(db);
    } else {
      // Diacritics folded so "envio" finds "envío"; chunk_id and kb ride along unindexed.
      await sql`CREATE VIRTUAL TABLE knowledge_fts USING fts5(
        terms, chunk_id UNINDEXED, kb UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
      )`.execute(db);
    }
  },
  async down(db: Kysely<unknown>): Promise<void> {
    const pg = db.getExecutor().adapter instanceof PostgresAdapter;
    if (!pg) await sql`DROP TABLE IF EXISTS knowledge_fts`.execute(db);
    await db.schema.dropTable('knowledge_chunks').execute();
    await db.schema.dropTable('knowledge_documents').execute();
  },
};
