/**
 * Background research: several searches for one shopper question, merged (reciprocal-rank fusion)
 * into a short comparative summary with products. Runs detached from the tool call that started
 * it, aborts on close(), and stores its result so get_research can return it later.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { Database } from '../../store/schema.ts';
import type { Language, ProductCard } from '../contract.ts';
import { ShopError } from '../errors.ts';
import { loadProducts, type ProductDetail, toProductCard } from '../products/details.ts';
import type { ProductQuery, ProductSearch } from '../products/search-port.ts';
import { researchSummary } from './summary.ts';

const log = childLogger({ component: 'shop.research' });

export type Summarizer = (
  query: string,
  products: readonly ProductDetail[],
  language: Language,
  signal: AbortSignal,
) => Promise<string>;

export interface ResearchServiceOptions {
  db: Kysely<Database>;
  search: ProductSearch;
  summarize?: Summarizer;
  now?: () => Date;
  timeoutMs?: number;
  maxProducts?: number;
}

export interface ResearchView {
  researchId: string;
  query: string;
  status: 'pending' | 'done' | 'failed';
  summary: string | null;
  items: ProductCard[];
  error: string | null;
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
  private readonly summarize: Summarizer;
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
    this.summarize = opts.summarize ?? (async (q, p, lang) => researchSummary(q, p, lang));
    this.now = opts.now ?? (() => new Date());
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.maxProducts = opts.maxProducts ?? 5;
  }

  /** Records the job and starts it; returns at once with the id to poll. */
  async start(
    userId: string,
    sessionId: string | null,
    language: Language,
    query: string,
    angles: readonly Omit<ProductQuery, 'language'>[] = [],
  ): Promise<{ researchId: string }> {
    const id = `rs_${randomUUID()}`;
    await this.db
      .insertInto('research_results')
      .values({ id, user_id: userId, session_id: sessionId, query, created_at: this.now().toISOString() })
      .execute();
    const controller = new AbortController();
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = AbortSignal.any([controller.signal, timeout]);
    const done = this.run(id, language, query, angles, signal)
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
    signal: AbortSignal,
  ): Promise<'done' | 'failed' | undefined> {
    try {
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
      const summary = await this.summarize(query, products, language, signal);
      signal.throwIfAborted();
      await this.db
        .updateTable('research_results')
        .set({
          status: 'done',
          summary,
          items: JSON.stringify(products.map((p) => p.id)),
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
      error: row.error,
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
