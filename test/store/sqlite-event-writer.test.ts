import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/pipeline/clock.ts';
import { openDatabase, type Store } from '../../src/store/db.ts';
import type { EventRow, EventWriter } from '../../src/store/event-writer.ts';
import { eventWriterFor } from '../../src/store/event-writers.ts';
import { ConversationRecorder } from '../../src/store/recorder.ts';
import { EventWriterError, SqliteWorkerEventWriter } from '../../src/store/sqlite-event-writer.ts';

/** Counts the batches a writer is given. */
function counting(inner: EventWriter): EventWriter & { batches: number[] } {
  const batches: number[] = [];
  return {
    batches,
    maxSeq: (s) => inner.maxSeq(s),
    write: (rows: readonly EventRow[], skip: boolean) => {
      batches.push(rows.length);
      return inner.write(rows, skip);
    },
    close: () => inner.close(),
  };
}

/** Waits (in real time, bounded) for a condition driven by the writer thread. */
async function until(cond: () => boolean, maxMs = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > maxMs) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('conversation events written from the SQLite writer thread', () => {
  let dir: string;
  let path: string;
  let store: Store;
  /** A second connection, as another process would read the file. */
  let reader: SqliteDatabase.Database;
  const stored = (sessionId: string) =>
    reader
      .prepare('SELECT seq, payload FROM conversation_events WHERE session_id = ? ORDER BY seq')
      .all(sessionId) as { seq: number; payload: string }[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vs-evw-'));
    path = join(dir, 'shop.db');
    store = await openDatabase({ path });
    reader = new SqliteDatabase(path, { readonly: true });
  });
  afterEach(async () => {
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the writer a SQLite file gets', async () => {
    const writer = eventWriterFor(store);
    expect(writer).toBeInstanceOf(SqliteWorkerEventWriter);
    await writer.close();
  });

  it('acknowledges an event only once another connection can read it, in order per session, batching sessions together', async () => {
    const writer = counting(eventWriterFor(store));
    const rec = new ConversationRecorder(store.db, { writer });
    const seenAtAck: number[] = [];
    const appends: Promise<unknown>[] = [];
    for (let i = 1; i <= 20; i++) {
      for (const s of ['a', 'b', 'c']) {
        appends.push(
          rec.append(s, 'assistant_text', { i }).then((e) => {
            // Durable before acknowledged: the row is in the file when append resolves.
            if (stored(s).some((r) => r.seq === e.seq)) seenAtAck.push(e.seq);
          }),
        );
      }
    }
    await Promise.all(appends);
    expect(seenAtAck).toHaveLength(60);
    for (const s of ['a', 'b', 'c']) {
      const rows = stored(s);
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
      expect(rows.map((r) => (JSON.parse(r.payload) as { i: number }).i)).toEqual(
        Array.from({ length: 20 }, (_, k) => k + 1),
      );
    }
    // Appends made while a commit was in flight shared the next one.
    expect(writer.batches.reduce((a, b) => a + b, 0)).toBe(60);
    expect(writer.batches.length).toBeLessThan(60);
    await rec.close();
  });

  it('close() commits everything appended before it, then refuses more', async () => {
    const rec = new ConversationRecorder(store.db, { writer: eventWriterFor(store) });
    const acks = Array.from({ length: 50 }, (_, i) => rec.append('s', 'metrics', { i }));
    await rec.close();
    expect((await Promise.all(acks)).map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(stored('s')).toHaveLength(50);
    await expect(rec.append('s', 'metrics')).rejects.toThrow(/closed/);
  });

  it('close() holds the process open until the thread has exited (no exit 13 at shutdown)', () => {
    const child = spawnSync(
      process.execPath,
      [join(import.meta.dirname, 'event-writer-close-child.ts'), path],
      {
        env: { ...process.env, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(child.stderr).not.toMatch(/unsettled/);
    expect(child.stdout).toBe('closed\n');
    expect(child.status).toBe(0);
  });

  it('a failing commit surfaces as an error, is retried on the clock and loses nothing queued', async () => {
    const clock = new FakeClock();
    const writer = new SqliteWorkerEventWriter({ path, busyTimeoutMs: 0, synchronous: 'FULL' });
    const rec = new ConversationRecorder(store.db, { writer, clock, retryDelayMs: 100 });
    expect((await rec.append('s', 'user_transcript', { n: 0 })).seq).toBe(1);

    // Another connection holds the write lock: the writer's commit fails at once (busy timeout 0).
    const blocker = new SqliteDatabase(path);
    blocker.exec('BEGIN IMMEDIATE');
    await expect(writer.write([row('x', 1)], false)).rejects.toThrow(EventWriterError);
    await expect(writer.write([row('x', 1)], false)).rejects.toThrow(/locked|busy/i);

    const acked: number[] = [];
    const pending = [1, 2, 3].map((n) =>
      rec.append('s', 'assistant_text', { n }).then((e) => acked.push(e.seq)),
    );
    await until(() => clock.pendingTimers === 1); // the failed batch waits for its retry
    expect(acked).toEqual([]);
    expect(rec.buffered).toBe(3);

    blocker.exec('COMMIT');
    blocker.close();
    await clock.advance(100);
    await Promise.all(pending);
    expect(acked).toEqual([2, 3, 4]);
    expect(stored('s').map((r) => (JSON.parse(r.payload) as { n: number }).n)).toEqual([0, 1, 2, 3]);
    expect(stored('x')).toEqual([]);
    await rec.close();
  });

  it('a shop transaction that read before the writer thread committed still writes (no "database is locked")', async () => {
    // A short busy timeout for the thread: it waits behind the shop's transaction, then gives up
    // (the recorder would retry); the shop's own write must not be the one that fails.
    const writer = new SqliteWorkerEventWriter({ path, busyTimeoutMs: 300, synchronous: 'FULL' });
    await writer.maxSeq('warm'); // the thread is up
    let threadWrite = '';
    await store.db.transaction().execute(async (trx) => {
      await trx.selectFrom('meta').selectAll().execute(); // a read first, as an order confirmation does
      threadWrite = await writer.write([row('t', 1)], false).then(
        () => 'stored',
        (err: Error) => err.message,
      );
      await trx
        .insertInto('meta')
        .values({ key: 'written-after-read', value: 'yes', updated_at: new Date(0).toISOString() })
        .execute();
    });
    const meta = await store.db
      .selectFrom('meta')
      .selectAll()
      .where('key', '=', 'written-after-read')
      .execute();
    expect(meta).toHaveLength(1);
    expect(threadWrite).toMatch(/locked|busy/i);
    await writer.write([row('t', 1)], true); // the retry, once the shop's transaction is done
    expect(stored('t')).toHaveLength(1);
    await writer.close();
  });

  it('a retry skips rows whose commit landed before the failure was seen', async () => {
    const writer = new SqliteWorkerEventWriter({ path, busyTimeoutMs: 1000, synchronous: 'FULL' });
    await writer.write([row('r', 1), row('r', 2)], false);
    await expect(writer.write([row('r', 2)], false)).rejects.toThrow(/UNIQUE|constraint/i);
    await writer.write([row('r', 2), row('r', 3)], true);
    expect(stored('r').map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(await writer.maxSeq('r')).toBe(3);
    await writer.close();
    await expect(writer.write([row('r', 4)], false)).rejects.toThrow(/closed/);
  });
});

function row(sessionId: string, seq: number): EventRow {
  return {
    session_id: sessionId,
    seq,
    type: 'metrics',
    payload: '{}',
    created_at: new Date(0).toISOString(),
  };
}
