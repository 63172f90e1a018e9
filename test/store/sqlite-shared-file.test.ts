/**
 * One SQLite file shared by several processes (one process per core): a transaction takes the
 * write lock when it begins, so one that reads before it writes cannot be refused at its first
 * write because another connection committed in between (SQLITE_BUSY_SNAPSHOT, which SQLite
 * returns at once, without waiting). Two connections in one process lock like two processes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStoreEnv } from '../../src/store/config.ts';
import { openDatabase, type Store } from '../../src/store/db.ts';

const now = new Date().toISOString();
const stores: Store[] = [];
let dir: string | undefined;

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('SQLite shared by processes', () => {
  it('a read-then-write transaction commits while another connection tries to write', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vs-sqlite-shared-'));
    const file = path.join(dir, 'shop.db');
    const a = await openDatabase({ config: loadStoreEnv({ DATABASE_PATH: file }) });
    stores.push(a);
    // The other writer gives up quickly: its wait blocks this one thread, where `a` must go on.
    const b = await openDatabase({
      config: loadStoreEnv({ DATABASE_PATH: file, DATABASE_BUSY_TIMEOUT_MS: '20' }),
      migrate: false,
    });
    stores.push(b);
    const product = (id: string) => ({ id, handle: id, title: id, created_at: now, updated_at: now });

    let otherWrite: unknown;
    await a.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('products').select('id').execute();
      expect(before).toEqual([]);
      // Another process writes between this transaction's read and its write…
      otherWrite = await b.db
        .insertInto('products')
        .values(product('from-b'))
        .execute()
        .then(
          () => 'committed',
          (err: unknown) => (err as { code?: string }).code,
        );
      // …and this transaction's write still goes through.
      await trx.insertInto('products').values(product('from-a')).execute();
    });
    // The other writer waited for the lock (and, with its short timeout, was told it is busy)
    // instead of slipping a commit under this transaction's read.
    expect(otherWrite).toBe('SQLITE_BUSY');
    await b.db.insertInto('products').values(product('from-b')).execute();
    const ids = (await a.db.selectFrom('products').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).toEqual(['from-a', 'from-b']);
  });
});
