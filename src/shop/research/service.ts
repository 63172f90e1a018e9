/**
 * Background research: several catalog searches for one shopper question, merged (reciprocal-rank
 * fusion), the candidates compared on their own data (price, stock, options in stock, figures and
 * the asked-for words their text states), the shop's documents and, when configured, a web or
 * product-search provider consulted, and a short summary written (template, or an LLM when one is
 * configured; the template when the LLM fails). Runs detached from the tool call that started it,
 * aborts on close(), and stores its result per shopper so get_research and the history show it.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { Database, ResearchResultsTable } from '../../store/schema.ts';
import type { Language, ProductCard } from '../contract.ts';
import { ShopError } from '../errors.ts';
import { loadProducts, toProductCard } from '../products/details.ts';
import type { ProductQuery, ProductSearch } from '../products/search-port.ts';
import { compareCandidates } from './compare.ts';
import { researchSummary } from './summary.ts';
import type {
  KnowledgeLookup,
  ResearchInput,
  ResearchPassage,
  Summarizer,
  WebFinding,
  WebSearch,
} from './types.ts';

const log = childLogger({ component: 'shop.research' });

export type { Summarizer } from './types.ts';

export interface ResearchServiceOptions {
  db: Kysely<Database>;
  search: ProductSearch;
  summarize?: Summarizer;
  knowledge?: KnowledgeLookup;
  web?: WebSearch;
  now?: () => Date;
  timeoutMs?: number;
  maxProducts?: number;
}

/** Where a summary's facts came from besides the catalog, stored with the result. */
export interface ResearchSources {
  passages: ResearchPassage[];
  web: WebFinding[];
  /** Set when a source failed (the job went on without it). */
  problems: string[];
}

const NO_SOURCES: ResearchSources = { passages: [], web: [], problems: [] };

export interface ResearchView {
  researchId: string;
  query: string;
  status: 'pending' | 'done' | 'failed';
  summary: string | null;
  items: ProductCard[];
  sources: ResearchSources;
  error: string | null;
  createdAt: string;
}

/** A research job that finished (done or failed, never cancelled): who asked, in which session. */
export interface ResearchFinished {
  researchId: string;
  userId: string;
  sessionId: string | null;
  language: Language;
  status: 'done' | 'failed';
}

export class ResearchService {
  private readonly db: Kysely<Database>;
  private readonly search: ProductSearch;
  private summarize: Summarizer;
  private readonly knowledge: KnowledgeLookup | undefined;
  private readonly web: WebSearch | undefined;
  private readonly now: () => Date;
  private readonly timeoutMs: number;
  private readonly maxProducts: number;
  private readonly listeners = new Set<(e: ResearchFinished) => void>();
  private readonly running = new Map<
    string,
    { controller: AbortController; done: Promise<void>; sessionId: string | null }
  >();

  constructor(opts: ResearchServiceOptions) {
    this.db = opts.db;
    this.search = opts.search;
    this.summarize = opts.summarize ?? (async (input) => researchSummary(input));
    this.knowledge = opts.knowledge;
    this.web = opts.web;
    this.now = opts.now ?? (() => new Date());
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.maxProducts = opts.maxProducts ?? 5;
  }

  /**
   * Writes summaries with `summarize` from now on, falling back to the template when it fails
   * (the composition root sets the LLM summariser once the model exists).
   */
  useSummarizer(summarize: Summarizer): void {
    this.summarize = async (input, signal) => {
      try {
        const text = (await summarize(input, signal)).trim();
        if (text) return text;
        log.warn({ query: input.query }, 'research summariser returned nothing; using the template');
      } catch (err) {
        if (signal.aborted) throw err;
        log.warn({ err, query: input.query }, 'research summariser failed; using the template');
      }
      return researchSummary(input);
    };
  }

  /** Records the job and starts it; returns at once with the id to poll. */
  async start(
    userId: string,
    sessionId: string | null,
    language: Language,
    query: string,
    angles: readonly Omit<ProductQuery, 'language'>[] = [],
    opts: { kb?: string } = {},
  ): Promise<{ researchId: string }> {
    const id = `rs_${randomUUID()}`;
    await this.db
      .insertInto('research_results')
      .values({ id, user_id: userId, session_id: sessionId, query, created_at: this.now().toISOString() })
      .execute();
    const controller = new AbortController();
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = AbortSignal.any([controller.signal, timeout]);
    const done = this.run(id, language, query, angles, opts.kb, signal)
      .then((status) => {
        if (status) this.emit({ researchId: id, userId, sessionId, language, status });
      })
      .finally(() => this.running.delete(id));
    this.running.set(id, { controller, done, sessionId });
    return { researchId: id };
  }

  private async run(
    id: string,
    language: Language,
    query: string,
    angles: readonly Omit<ProductQuery, 'language'>[],
    kb: string | undefined,
    signal: AbortSignal,
  ): Promise<'done' | 'failed' | undefined> {
    try {
      // The documents and the web are asked while the catalog is searched; either may fail alone.
      const sources = this.gatherSources(query, language, kb, signal);
      // If the catalog search throws first (an abort), nothing awaits `sources`; its rejection is
      // the same abort and must not surface as an unhandled one.
      sources.catch(() => {});
      const queries: ProductQuery[] = [
        { text: query, language, limit: 10 },
        { text: query, language, inStock: true, limit: 10 },
        ...angles.slice(0, 4).map((a) => ({ ...a, language, limit: 10 })),
      ];
      const ranked = await Promise.all(queries.map((q) => this.search(q, signal)));
      signal.throwIfAborted();
      const score = new Map<string, number>();
      for (const ids of ranked) {
        for (const [rank, pid] of ids.entries()) score.set(pid, (score.get(pid) ?? 0) + 1 / (60 + rank));
      }
      const best = [...score]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, this.maxProducts);
      const products = await loadProducts(
        this.db,
        best.map(([pid]) => pid),
        language,
      );
      const candidates = compareCandidates(query, products);
      const found = await sources;
      signal.throwIfAborted();
      const input: ResearchInput = { query, language, candidates, passages: found.passages, web: found.web };
      const summary = await this.summarize(input, signal);
      signal.throwIfAborted();
      await this.db
        .updateTable('research_results')
        .set({
          status: 'done',
          summary,
          items: JSON.stringify(candidates.map((c) => c.product.id)),
          sources: JSON.stringify(found),
          completed_at: this.now().toISOString(),
        })
        .where('id', '=', id)
        .execute();
      return 'done';
    } catch (err) {
      const cancelled = signal.aborted;
      log.warn({ err, researchId: id, cancelled }, 'research failed');
      await this.db
        .updateTable('research_results')
        .set({
          status: 'failed',
          error: cancelled ? 'cancelled' : err instanceof Error ? err.message : String(err),
          completed_at: this.now().toISOString(),
        })
        .where('id', '=', id)
        .execute()
        .catch((e: unknown) => log.error({ err: e, researchId: id }, 'could not record research failure'));
      return cancelled ? undefined : 'failed';
    }
  }

  private async gatherSources(
    query: string,
    language: Language,
    kb: string | undefined,
    signal: AbortSignal,
  ): Promise<ResearchSources> {
    const problems: string[] = [];
    const ask = async <T>(what: string, run: (() => Promise<T[]>) | undefined): Promise<T[]> => {
      if (!run) return [];
      try {
        return await run();
      } catch (err) {
        if (signal.aborted) throw err;
        log.warn({ err, query }, `research: ${what} failed; going on without it`);
        problems.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
        return [];
      }
    };
    const [passages, web] = await Promise.all([
      ask('documents', this.knowledge && (() => this.knowledge!(query, language, kb, signal))),
      ask(`web search (${this.web?.name})`, this.web && (() => this.web!.search(query, language, signal))),
    ]);
    return { passages: passages.slice(0, 2), web: web.slice(0, 3), problems };
  }

  /** The shopper's research, newest first (the history view). */
  async list(userId: string, language: Language, limit = 20): Promise<ResearchView[]> {
    const rows = await this.db
      .selectFrom('research_results')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return Promise.all(rows.map((row) => this.view(row, language)));
  }

  /**
   * Called when a job finishes, after its result is stored (a session pushes it to the screen).
   * Returns the function that stops listening.
   */
  onFinished(listener: (e: ResearchFinished) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: ResearchFinished): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        log.error({ err, researchId: e.researchId }, 'research listener failed');
      }
    }
  }

  /** Resolves when the job has finished (tests, graceful shutdown). */
  async settled(researchId: string): Promise<void> {
    await this.running.get(researchId)?.done;
  }

  async get(userId: string, researchId: string, language: Language): Promise<ResearchView> {
    const row = await this.db
      .selectFrom('research_results')
      .selectAll()
      .where('id', '=', researchId)
      .executeTakeFirst();
    // Another shopper's research is answered exactly like an unknown one: no existence oracle.
    if (!row || row.user_id !== userId) throw new ShopError('not_found', `No research "${researchId}".`);
    return this.view(row, language);
  }

  private async view(row: Selectable<ResearchResultsTable>, language: Language): Promise<ResearchView> {
    let ids: string[] = [];
    try {
      const parsed: unknown = JSON.parse(row.items);
      if (Array.isArray(parsed)) ids = parsed.filter((x): x is string => typeof x === 'string');
    } catch {
      ids = [];
    }
    // Cards are re-read now: prices and stock said later must be today's, not the research run's.
    const items = (await loadProducts(this.db, ids, language)).map(toProductCard);
    return {
      researchId: row.id,
      query: row.query,
      status: row.status,
      summary: row.summary,
      items,
      sources: parseSources(row.sources),
      error: row.error,
      createdAt: row.created_at,
    };
  }

  /** Aborts the session's running jobs (the call ended) and waits for them to record their state. */
  async endSession(sessionId: string): Promise<void> {
    await this.abortWhere((j) => j.sessionId === sessionId);
  }

  /** Aborts every running job (shutdown). */
  async close(): Promise<void> {
    await this.abortWhere(() => true);
  }

  private async abortWhere(pick: (job: { sessionId: string | null }) => boolean): Promise<void> {
    const jobs = [...this.running.values()].filter(pick);
    for (const j of jobs) j.controller.abort(new ShopError('cancelled', 'research cancelled at shutdown'));
    await Promise.all(jobs.map((j) => j.done));
  }
}

function parseSources(json: string): ResearchSources {
  try {
    const v = JSON.parse(json) as Partial<ResearchSources> | null;
    return {
      passages: Array.isArray(v?.passages) ? v.passages : [],
      web: Array.isArray(v?.web) ? v.web : [],
      problems: Array.isArray(v?.problems) ? v.problems : [],
    };
  } catch {
    return NO_SOURCES;
  }
}
