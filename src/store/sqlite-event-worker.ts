/**
 * Worker thread of SqliteWorkerEventWriter: its own better-sqlite3 connection to the store's
 * file (WAL lets it write beside the main connection; the busy timeout orders the two), one
 * transaction per batch, the reply sent only after the commit returned — with
 * synchronous=FULL, after the fsync.
 */
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import type { SqliteSettings } from './db.ts';
import type { EventRow } from './event-writer.ts';

export type WorkerRequest =
  | { id: number; op: 'maxSeq'; sessionId: string }
  | { id: number; op: 'write'; rows: EventRow[]; skipExisting: boolean }
  | { id: number; op: 'close' };

export type WorkerReply =
  | { id: number; ok: true; value?: number }
  | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('sqlite-event-worker.ts must run as a worker thread');
const settings = workerData as SqliteSettings;

const db = new SqliteDatabase(settings.path, { timeout: settings.busyTimeoutMs, fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma(`busy_timeout = ${settings.busyTimeoutMs}`);
db.pragma(`synchronous = ${settings.synchronous}`);
const maxSeq = db.prepare<[string], { max: number | null }>(
  'SELECT max(seq) AS max FROM conversation_events WHERE session_id = ?',
);
const columns = '(session_id, seq, type, payload, created_at) VALUES (?, ?, ?, ?, ?)';
const insert = db.prepare(`INSERT INTO conversation_events ${columns}`);
// The table's only key is (session_id, seq): on a retry a row that is there already was this one.
const insertMissing = db.prepare(`INSERT OR IGNORE INTO conversation_events ${columns}`);
const writeBatch = db.transaction((rows: EventRow[], skipExisting: boolean) => {
  const stmt = skipExisting ? insertMissing : insert;
  for (const r of rows) stmt.run(r.session_id, r.seq, r.type, r.payload, r.created_at);
});

port.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (req.op === 'close') {
      db.close();
      port.postMessage({ id: req.id, ok: true } satisfies WorkerReply);
      port.close();
      return;
    }
    if (req.op === 'maxSeq') reply = { id: req.id, ok: true, value: maxSeq.get(req.sessionId)?.max ?? 0 };
    else {
      writeBatch.immediate(req.rows, req.skipExisting);
      reply = { id: req.id, ok: true };
    }
  } catch (err) {
    reply = { id: req.id, ok: false, message: (err as Error).message };
  }
  port.postMessage(reply);
});
