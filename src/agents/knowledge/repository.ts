/**
 * Documents in, chunks stored: parse, chunk and (when configured) embed first, then replace the
 * document's chunks and their full-text rows in one transaction. Same content → nothing written;
 * any failure before or inside the transaction leaves what was stored untouched.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { chunkSections } from './chunk.ts';
import type { Embedder } from './embeddings.ts';
import { KnowledgeError } from './errors.ts';
import {
  type DocumentKind,
  type DocumentSummary,
  type ImportRequest,
  type ImportResult,
  importRequest,
  kbSlug,
} from './model.ts';
import { decodeText, parseDocument } from './parse.ts';
import { indexedText } from './terms.ts';

export interface KnowledgeRepositoryDeps {
  db: Kysely<Database>;
  now: () => Date;
  maxDocumentBytes: number;
  embedder?: Embedder;
}

/** PostgreSQL text-search configuration of a document language. */
export const pgConfigOf = (language: string) => (language === 'es' ? 'spanish' : 'english');

export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export class KnowledgeRepository {
  private readonly deps: KnowledgeRepositoryDeps;
  constructor(deps: KnowledgeRepositoryDeps) {
    this.deps = deps;
  }

  async importDocument(
    request: ImportRequest,
    content: string | Uint8Array,
    signal?: AbortSignal,
  ): Promise<ImportResult> {
    const parsedReq = importRequest.safeParse(request);
    if (!parsedReq.success)
      throw new KnowledgeError(
        'bad_input',
        `Bad import request: ${parsedReq.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    const req = parsedReq.data;
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    if (bytes > this.deps.maxDocumentBytes)
      throw new KnowledgeError(
        'oversized',
        `"${req.source}" is ${bytes} bytes, over the ${this.deps.maxDocumentBytes}-byte limit (KNOWLEDGE_MAX_DOCUMENT_BYTES): split it`,
      );
    const text = decodeText(content, req.source);
    const hash = createHash('sha256')
      .update(
        JSON.stringify([
          req.kind,
          req.format,
          req.language,
          req.title ?? '',
          this.deps.embedder?.model ?? '',
        ]),
      )
      .update(text)
      .digest('hex');
    const { db } = this.deps;
    const existing = await db
      .selectFrom('knowledge_documents')
      .select(['id', 'content_hash', 'title', 'chunk_count'])
      .where('kb', '=', req.kb)
      .where('source', '=', req.source)
      .executeTakeFirst();
    if (existing?.content_hash === hash)
      return {
        status: 'unchanged',
        documentId: existing.id,
        title: existing.title,
        chunks: existing.chunk_count,
      };

    const parsed = parseDocument(text, req.format, req.source);
    const title = req.title ?? parsed.title;
    const chunks = chunkSections(parsed.sections);
    const vectors = this.deps.embedder
      ? await this.deps.embedder.embedMany(
          chunks.map((c) => [title, ...c.headings, c.text].join('\n')),
          signal,
        )
      : undefined;
    signal?.throwIfAborted();
    const now = this.deps.now().toISOString();
    const documentId = existing?.id ?? `kd_${randomUUID()}`;
    const pg = isPostgres(db);
    await db.transaction().execute(async (trx) => {
      if (existing) {
        await removeChunks(trx, documentId, pg);
        await trx
          .updateTable('knowledge_documents')
          .set({
            kind: req.kind,
            title,
            format: req.format,
            language: req.language,
            content_hash: hash,
            bytes,
            chunk_count: chunks.length,
            updated_at: now,
          })
          .where('id', '=', documentId)
          .execute();
      } else {
        await trx
          .insertInto('knowledge_documents')
          .values({
            id: documentId,
            kb: req.kb,
            source: req.source,
            kind: req.kind,
            title,
            format: req.format,
            language: req.language,
            content_hash: hash,
            bytes,
            chunk_count: chunks.length,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
      for (const c of chunks) {
        const id = `kc_${randomUUID()}`;
        const vector = vectors?.[c.ord];
        await trx
          .insertInto('knowledge_chunks')
          .values({
            id,
            document_id: documentId,
            kb: req.kb,
            ord: c.ord,
            heading_path: JSON.stringify(c.headings),
            text: c.text,
            language: req.language,
            embedding: vector ? JSON.stringify(vector) : null,
            embedding_model: vector ? this.deps.embedder!.model : null,
          })
          .execute();
        const terms = indexedText(title, c.headings, c.text);
        if (pg)
          await sql`UPDATE knowledge_chunks SET tsv = to_tsvector(${pgConfigOf(req.language)}::regconfig, ${[title, ...c.headings, c.text].join(' ')}) WHERE id = ${id}`.execute(
            trx,
          );
        else
          await sql`INSERT INTO knowledge_fts (terms, chunk_id, kb) VALUES (${terms}, ${id}, ${req.kb})`.execute(
            trx,
          );
      }
    });
    return { status: existing ? 'replaced' : 'created', documentId, title, chunks: chunks.length };
  }

  async list(kb: string): Promise<DocumentSummary[]> {
    const slug = checkSlug(kb);
    const rows = await this.deps.db
      .selectFrom('knowledge_documents')
      .selectAll()
      .where('kb', '=', slug)
      .orderBy('source')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kb: r.kb,
      source: r.source,
      kind: r.kind as DocumentKind,
      title: r.title,
      format: r.format as DocumentSummary['format'],
      language: r.language as DocumentSummary['language'],
      bytes: Number(r.bytes),
      chunks: Number(r.chunk_count),
      updatedAt: r.updated_at,
    }));
  }

  /** Removes a document and its chunks; false when it was not there. */
  async remove(kb: string, documentId: string): Promise<boolean> {
    const slug = checkSlug(kb);
    const pg = isPostgres(this.deps.db);
    return this.deps.db.transaction().execute(async (trx) => {
      const doc = await trx
        .selectFrom('knowledge_documents')
        .select('id')
        .where('kb', '=', slug)
        .where('id', '=', documentId)
        .executeTakeFirst();
      if (!doc) return false;
      await removeChunks(trx, doc.id, pg);
      await trx.deleteFrom('knowledge_documents').where('id', '=', doc.id).execute();
      return true;
    });
  }
}

async function removeChunks(trx: Transaction<Database>, documentId: string, pg: boolean): Promise<void> {
  if (!pg)
    await sql`DELETE FROM knowledge_fts WHERE chunk_id IN (SELECT id FROM knowledge_chunks WHERE document_id = ${documentId})`.execute(
      trx,
    );
  await trx.deleteFrom('knowledge_chunks').where('document_id', '=', documentId).execute();
}

export function checkSlug(kb: string): string {
  const r = kbSlug.safeParse(kb);
  if (!r.success)
    throw new KnowledgeError('bad_input', `Bad knowledge base id "${kb}": ${r.error.issues[0]?.message}`);
  return r.data;
}
