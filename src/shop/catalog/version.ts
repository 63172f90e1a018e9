/**
 * The catalog version: a counter in `meta` bumped by every catalog write (import, demo seed), so
 * anything derived from the catalog (the STT language model, the search dictionary) knows when to
 * rebuild. In-process listeners hear about it at once; other processes poll `getCatalogVersion`.
 */
import { EventEmitter } from 'node:events';
import type { Kysely } from 'kysely';
import type { Clock } from '../../pipeline/clock.ts';
import type { Database } from '../../store/schema.ts';

const KEY = 'catalog_version';
const emitter = new EventEmitter();
emitter.setMaxListeners(0);

export async function getCatalogVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', KEY).executeTakeFirst();
  return row ? Number(row.value) : 0;
}

/** Increments the version inside the caller's transaction; returns the new value. */
export async function bumpCatalogVersion(trx: Kysely<Database>): Promise<number> {
  const next = (await getCatalogVersion(trx)) + 1;
  const now = new Date().toISOString();
  await trx
    .insertInto('meta')
    .values({ key: KEY, value: String(next), updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(next), updated_at: now }))
    .execute();
  return next;
}

export interface CatalogChange {
  version: number;
  reason: string;
}

/** Call after the transaction that bumped the version has committed. */
export function notifyCatalogChanged(change: CatalogChange): void {
  emitter.emit('change', change);
}

/** Listens for catalog changes made by this process; returns an unsubscribe function. */
export function onCatalogChange(listener: (change: CatalogChange) => void): () => void {
  emitter.on('change', listener);
  return () => emitter.off('change', listener);
}

/**
 * Polls the stored version (changes made by other processes, e.g. `voice-shopper catalog import`
 * while the server runs) and calls `listener` when it moves. Stops when `signal` aborts.
 */
export function watchCatalogVersion(
  db: Kysely<Database>,
  opts: { clock: Clock; intervalMs?: number; signal: AbortSignal },
  listener: (change: CatalogChange) => void,
): void {
  const interval = opts.intervalMs ?? 5000;
  let last: number | undefined;
  const tick = async () => {
    while (!opts.signal.aborted) {
      try {
        const v = await getCatalogVersion(db);
        if (last !== undefined && v !== last) listener({ version: v, reason: 'external' });
        last = v;
      } catch {
        // The database may be briefly unavailable; the next poll retries.
      }
      try {
        await opts.clock.sleep(interval, opts.signal);
      } catch {
        return;
      }
    }
  };
  void tick();
}
