import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/pipeline/clock.ts';
import { openDatabase } from '../../src/store/db.ts';
import { ConversationRecorder, RecorderError } from '../../src/store/recorder.ts';
import { TEST_DIALECTS, useTestStore } from './databases.ts';

/** Makes every query fail while `down` is true, like a database that went away. */
function outage() {
  const state = { down: false, failures: 0 };
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      if (state.down) {
        state.failures++;
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      }
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
  return { state, plugin };
}

/** Waits (in real time, bounded) for a condition driven by real database I/O. */
async function until(cond: () => boolean, maxMs = 5000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > maxMs) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe.each(TEST_DIALECTS)('conversation recorder on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('appends in order with gap-free sequence numbers per session, and reads them back', async () => {
    const rec = new ConversationRecorder(t.store.db);
    const acks = await Promise.all([
      rec.append('s1', 'user_transcript', { text: 'hola' }),
      rec.append('s2', 'user_transcript', { text: 'hi' }),
      rec.append('s1', 'tool_call', { name: 'search_products', args: { query: 'zapatillas' } }),
      rec.append('s1', 'tool_result', { items: 3 }),
      rec.append('s1', 'assistant_text', { text: 'Tengo tres.' }),
    ]);
    expect(acks.map((a) => [a.sessionId, a.seq])).toEqual([
      ['s1', 1],
      ['s2', 1],
      ['s1', 2],
      ['s1', 3],
      ['s1', 4],
    ]);
    const events = await rec.listEvents('s1');
    expect(events.map((e) => e.type)).toEqual([
      'user_transcript',
      'tool_call',
      'tool_result',
      'assistant_text',
    ]);
    expect(events[1]!.payload).toEqual({ name: 'search_products', args: { query: 'zapatillas' } });
    expect(await rec.listEvents('s1', { afterSeq: 3 })).toHaveLength(1);

    // A new recorder (a restarted process) continues the sequence instead of colliding.
    const again = new ConversationRecorder(t.store.db);
    expect((await again.append('s1', 'interruption')).seq).toBe(5);
  });

  it('buffers through an outage in order, retries with backoff on the clock, loses nothing', async () => {
    const { state, plugin } = outage();
    const clock = new FakeClock();
    const rec = new ConversationRecorder(t.store.db.withPlugin(plugin), {
      clock,
      retryDelayMs: 100,
      maxRetryDelayMs: 1000,
    });
    expect((await rec.append('s1', 'user_transcript', { n: 0 })).seq).toBe(1);

    state.down = true;
    const acked: number[] = [];
    const pending = [1, 2, 3, 4].map((n) =>
      rec.append('s1', n % 2 ? 'assistant_text' : 'metrics', { n }).then((e) => acked.push(e.seq)),
    );
    // Each failed write schedules one retry timer on the fake clock; real I/O decides when.
    for (const [failures, backoff] of [
      [1, 100],
      [2, 200],
      [3, 400],
    ] as const) {
      await until(() => state.failures >= failures && clock.pendingTimers === 1);
      expect(acked).toEqual([]);
      expect(rec.buffered).toBe(4);
      if (failures < 3) await clock.advance(backoff);
    }
    state.down = false;
    await clock.advance(400);
    await Promise.all(pending);
    await rec.flush();
    expect(acked).toEqual([2, 3, 4, 5]);
    expect(rec.buffered).toBe(0);
    const events = await new ConversationRecorder(t.store.db).listEvents('s1');
    expect(events.map((e) => (e.payload as { n: number }).n)).toEqual([0, 1, 2, 3, 4]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('rejects what it cannot keep: unserialisable payloads, a full buffer, appends after close', async () => {
    const { state, plugin } = outage();
    const rec = new ConversationRecorder(t.store.db.withPlugin(plugin), {
      clock: new FakeClock(),
      maxBuffered: 2,
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(rec.append('s', 'error', cyclic)).rejects.toBeInstanceOf(RecorderError);
    state.down = true;
    void rec.append('s', 'metrics');
    void rec.append('s', 'metrics');
    await expect(rec.append('s', 'metrics')).rejects.toThrow(/buffer full/);
    const closed = new ConversationRecorder(t.store.db);
    await closed.close();
    await expect(closed.append('s', 'metrics')).rejects.toThrow(/closed/);
  });
});

describe('conversation recorder durability', () => {
  it.each([
    ['through the shared connection', 'main'],
    ['from the SQLite writer thread', 'worker'],
  ])(
    'a process killed with SIGKILL leaves every acknowledged event in the SQLite file (%s)',
    async (_, mode) => {
      const dir = mkdtempSync(join(tmpdir(), 'vs-rec-'));
      const path = join(dir, 'rec.db');
      try {
        const child = spawn(process.execPath, [join(import.meta.dirname, 'recorder-child.ts'), path, mode], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, LOG_LEVEL: 'silent' },
        });
        let out = '';
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += String(d);
        });
        const exited = new Promise<NodeJS.Signals | null>((resolve) =>
          child.on('exit', (_code, signal) => resolve(signal)),
        );
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (d) => {
            out += String(d);
            if ((out.match(/ack /g) ?? []).length >= 60) {
              child.kill('SIGKILL');
              resolve();
            }
          });
          child.on('exit', () => reject(new Error(`child exited before the kill: ${stderr}`)));
        });
        expect(await exited).toBe('SIGKILL');
        const acked = [...out.matchAll(/ack (\d+)\n/g)].map((m) => Number(m[1]));
        expect(acked.length).toBeGreaterThanOrEqual(60);

        const store = await openDatabase({ path });
        try {
          const events = await new ConversationRecorder(store.db).listEvents('s-kill');
          const stored = events.map((e) => e.seq);
          // Every acknowledged event survived, and the stored log has no holes.
          for (const seq of acked) expect(stored).toContain(seq);
          expect(stored).toEqual(stored.map((_, i) => i + 1));
        } finally {
          await store.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
