/**
 * The knowledge base: documents per knowledge base slug, imported from Markdown, HTML or text,
 * chunked under their headings and searched offline (issue 15). One object for the CLI, the admin
 * API, the search_knowledge tool and the offline dialogue engine.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { type KnowledgeConfig, loadKnowledgeConfig } from './config.ts';
import { createEmbedder, type Embedder } from './embeddings.ts';
import type { ImportRequest, ImportResult, Passage, SearchRequest } from './model.ts';
import { KnowledgeRepository } from './repository.ts';
import { KnowledgeSearch } from './search.ts';

export { type KnowledgeConfig, knowledgeSection, loadKnowledgeConfig } from './config.ts';
export { aiSdkEmbedder, type Embedder } from './embeddings.ts';
export { KnowledgeError, type KnowledgeErrorCode } from './errors.ts';
export * from './model.ts';
export { formatOfFile } from './parse.ts';
export { askedPlace, holdsAnswer, type QuestionKind, questionKind } from './question-kind.ts';
export { concepts, strength } from './terms.ts';

/** Source of the configured policy text (SHOP_POLICY_TEXT) in the default knowledge base. */
export const CONFIG_POLICY_SOURCE = 'config:SHOP_POLICY_TEXT';

export interface KnowledgeBaseDeps {
  db: Kysely<Database>;
  config?: Partial<KnowledgeConfig>;
  now?: () => Date;
  /** Overrides the configured embedder (tests, or a provider built elsewhere); null: none. */
  embedder?: Embedder | null;
}

export class KnowledgeBase {
  readonly config: KnowledgeConfig;
  readonly documents: KnowledgeRepository;
  private readonly searcher: KnowledgeSearch;

  constructor(deps: KnowledgeBaseDeps) {
    this.config = { ...loadKnowledgeConfig({}), ...deps.config };
    const embedder = deps.embedder === null ? undefined : (deps.embedder ?? createEmbedder(this.config));
    this.documents = new KnowledgeRepository({
      db: deps.db,
      now: deps.now ?? (() => new Date()),
      maxDocumentBytes: this.config.KNOWLEDGE_MAX_DOCUMENT_BYTES,
      ...(embedder ? { embedder } : {}),
    });
    this.searcher = new KnowledgeSearch({
      db: deps.db,
      minCoverage: this.config.KNOWLEDGE_MIN_COVERAGE,
      minSimilarity: this.config.KNOWLEDGE_MIN_SIMILARITY,
      ...(embedder ? { embedder } : {}),
    });
  }

  importDocument(
    req: ImportRequest,
    content: string | Uint8Array,
    signal?: AbortSignal,
  ): Promise<ImportResult> {
    return this.documents.importDocument(req, content, signal);
  }

  search(req: SearchRequest, signal?: AbortSignal): Promise<Passage[]> {
    return this.searcher.search(req, signal);
  }
}
