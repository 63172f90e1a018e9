/**
 * Start-up: process start → listening and → `/readyz` 200 (database, demo catalog, Silero,
 * pocketsphinx with the catalog LM, TTS workers, LLM probe), `POST /start` → `bot-ready` for the
 * first session of a cold server and for a later one, and the first spoken turn's latency
 * after a cold start. Each run is a fresh server process with a fresh database.
 */
import os from 'node:os';
import { loadBenchEnv } from './e2e/config.ts';
import { benchUtterances, runDriver } from './e2e/harness.ts';
import { startServerProcess } from './e2e/server-process.ts';
import { type BenchOptions, type BenchTable, mean, percentile } from './table.ts';

export async function runStartupBench(opts: BenchOptions): Promise<BenchTable[]> {
  const env = loadBenchEnv();
  const runs = opts.quick ? 1 : env.BENCH_STARTUP_RUNS;
  const utterances = await benchUtterances(1);
  const listening: number[] = [];
  const ready: number[] = [];
  const coldConnect: number[] = [];
  const warmConnect: number[] = [];
  const firstTurn: number[] = [];
  let noReply = 0;
  const load = os.loadavg()[0] ?? 0;
  const plan = {
    utterances,
    durationMs: 60_000,
    staggerMs: 0,
    thinkMs: 0,
    replyTimeoutMs: 15_000,
    underrunToleranceMs: env.BENCH_UNDERRUN_TOLERANCE_MS,
    quietMs: 500,
    waitLastReply: !opts.quick,
  };
  for (let i = 0; i < runs; i++) {
    const server = await startServerProcess();
    try {
      listening.push(server.listeningMs);
      ready.push(server.readyMs);
      const cold = await runDriver({ ...plan, url: server.url, clients: 1, turnsPerClient: 1 }, 120_000);
      const conv = cold.conversations[0];
      if (conv) coldConnect.push(conv.connectMs);
      const turn = conv?.turns[0];
      if (turn?.latencyMs != null) firstTurn.push(turn.latencyMs);
      else noReply++;
      if (!opts.quick) {
        const warm = await runDriver({ ...plan, url: server.url, clients: 1, turnsPerClient: 0 }, 60_000);
        const w = warm.conversations[0]?.connectMs;
        if (w !== undefined && Number.isFinite(w)) warmConnect.push(w);
      }
    } finally {
      await server.stop();
    }
  }
  const row = (name: string, v: number[]) => [
    name,
    v.length,
    percentile(v, 50),
    mean(v),
    v.length ? Math.max(...v) : Number.NaN,
  ];
  return [
    {
      title: 'Start-up, offline stack (ms)',
      columns: ['measure', 'n', 'p50', 'mean', 'max'],
      rows: [
        row('process start → listening', listening),
        row('process start → /readyz 200', ready),
        row('POST /start → bot-ready (first session)', coldConnect),
        row('POST /start → bot-ready (later session)', warmConnect),
        row('first spoken turn after a cold start (last voiced sample → bot audio)', firstTurn),
      ],
      notes: [
        `Each run is a fresh server process with a fresh SQLite database and demo catalog; the pocketsphinx catalog LM comes from its cache (data/lm) after the first build.${noReply ? ` ${noReply} first turns got no reply.` : ''}`,
        `Load average at start: ${load.toFixed(2)} on ${os.cpus().length} cores${load > 1 ? ' — busy machine, numbers inflated' : ''}.`,
      ],
    },
  ];
}
