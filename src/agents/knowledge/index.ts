/**
 * The knowledge base: documents per knowledge base slug, imported from Markdown, HTML or text,
 * chunked under their headings and searched offline (issue 15). One object for the CLI, the admin
 * API, the search_knowledge tool and the offline dialogue engine.
 */
import type { Kysely } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { Database } from '../../store/schema.ts';
import { type KnowledgeConfig, loadKnowledgeConfig } from './config.ts';
import { createEmbedder, type Embedder } from './embeddings.ts';
import { Meanings } from './meanings.ts';
import type { ImportRequest, ImportResult, Passage, SearchRequest } from './model.ts';
import { KnowledgeRepository } from './repository.ts';
import { KnowledgeSearch } from './search.ts';
import { WordNeighbours } from './word-vectors/neighbours.ts';
import { loadWordTable, wordTableBuilt } from './word-vectors/table.ts';

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
  /** Spanish → English, for a second reading of Spanish questions (the shop's Apertium translator). */
  translate?: (spanish: string, signal?: AbortSignal) => Promise<string>;
  /** Overrides the configured WordNet meanings (one shared instance, or null: none). */
  meanings?: Meanings | null;
}

const log = childLogger({ component: 'knowledge' });

let neighbours: Promise<WordNeighbours | undefined> | undefined;
/** This process is building the table (none was built on this machine when it first asked). */
let neighboursBuilding = false;
/**
 * One word-vector table per process (read once, as the offline embedder reads it). Without it (the
 * package missing, no writable cache) the search goes on with WordNet alone, and says so once.
 * A table this machine has not built yet is built in the background while searches go on
 * without it: a shopper's question must not wait 15–20 s for it (`scripts/setup.sh` and the image
 * build it ahead, so this happens only on an install that skipped that step).
 */
function sharedNeighbours(): Promise<WordNeighbours | undefined> {
  if (!neighbours) {
    neighboursBuilding = !wordTableBuilt();
    if (neighboursBuilding)
      log.warn('building the word-vector table (15–20 s); knowledge search uses WordNet alone meanwhile');
    neighbours = loadWordTable().then(
      (t) => new WordNeighbours(t),
      (err: unknown) => {
        log.warn({ err }, 'knowledge search goes on without word-vector neighbours');
        return undefined;
      },
    );
    void neighbours.finally(() => {
      neighboursBuilding = false;
    });
  }
  return neighboursBuilding ? Promise.resolve(undefined) : neighbours;
}

let shared: Meanings | undefined;
/** One WordNet reader per process: its files (34 MB) are read once, on the first search. */
function sharedMeanings(): Meanings {
  shared ??= new Meanings();
  return shared;
}

export class KnowledgeBase {
  readonly config: KnowledgeConfig;
  readonly documents: KnowledgeRepository;
  private readonly searcher: KnowledgeSearch;
  readonly #meanings: Meanings | undefined;
  readonly #translate: KnowledgeBaseDeps['translate'];

  constructor(deps: KnowledgeBaseDeps) {
    this.config = { ...loadKnowledgeConfig({}), ...deps.config };
    const embedder = deps.embedder === null ? undefined : (deps.embedder ?? createEmbedder(this.config));
    this.documents = new KnowledgeRepository({
      db: deps.db,
      now: deps.now ?? (() => new Date()),
      maxDocumentBytes: this.config.KNOWLEDGE_MAX_DOCUMENT_BYTES,
      ...(embedder ? { embedder } : {}),
    });
    const meanings =
      deps.meanings === null
        ? undefined
        : (deps.meanings ?? (this.config.KNOWLEDGE_MEANINGS !== 'none' ? sharedMeanings() : undefined));
    this.#meanings = meanings;
    this.#translate = deps.translate;
    this.searcher = new KnowledgeSearch({
      db: deps.db,
      ...(meanings ? { meanings } : {}),
      ...(deps.translate ? { translate: deps.translate } : {}),
      minCoverage: this.config.KNOWLEDGE_MIN_COVERAGE,
      minSimilarity: this.config.KNOWLEDGE_MIN_SIMILARITY,
      ...(embedder ? { embedder } : {}),
      ...(this.config.KNOWLEDGE_MEANINGS === 'wordnet+vectors' ? { neighbours: sharedNeighbours } : {}),
    });
  }

  importDocument(
    req: ImportRequest,
    content: string | Uint8Array,
    signal?: AbortSignal,
  ): Promise<ImportResult> {
    return this.documents.importDocument(req, content, signal);
  }

  /**
   * Readies what the first question would otherwise wait for: WordNet's files (read once per
   * process) and the translator's pipeline. Failures are the first search's to report.
   */
  warmUp(): void {
    this.#meanings?.warmUp();
    if (this.config.KNOWLEDGE_MEANINGS === 'wordnet+vectors') void sharedNeighbours();
    this.#translate?.('hola').catch(() => undefined);
  }

  search(req: SearchRequest, signal?: AbortSignal): Promise<Passage[]> {
    return this.searcher.search(req, signal);
  }
}
