/** Picks the conversation recorder's writer for a store. */
import type { Store } from './db.ts';
import { type EventWriter, KyselyEventWriter } from './event-writer.ts';
import { SqliteWorkerEventWriter } from './sqlite-event-writer.ts';

/** A worker thread for a SQLite file (its commits off the event loop), the shared connection otherwise. */
export function eventWriterFor(store: Store): EventWriter {
  if (store.dialect === 'sqlite' && store.sqlite && store.sqlite.path !== ':memory:')
    return new SqliteWorkerEventWriter(store.sqlite);
  return new KyselyEventWriter(store.db);
}
