/**
 * Turn latency as a user hears it: the server runs as its own process (as `start` does), a
 * separate client process streams synthesized utterances in several voices at real time and
 * measures last voiced sample sent → first bot audio frame received. The server's own
 * per-turn breakdown (debug stream) splits it into silence window, STT, LLM, TTS and the rest.
 */
import os from 'node:os';
import { paramsFromEnv } from '../audio/vad/config.ts';
import { loadBenchEnv } from './e2e/config.ts';
import type { ConversationResult } from './e2e/conversation.ts';
import { DebugWatch, type TurnLatencyEvent } from './e2e/debug-watch.ts';
import { benchUtterances, runDriver, summarizeLatency, underrunsOf } from './e2e/harness.ts';
import { startServerProcess } from './e2e/server-process.ts';
import { type BenchOptions, type BenchTable, percentile } from './table.ts';

export async function runTurnLatencyBench(opts: BenchOptions): Promise<BenchTable[]> {
  const env = loadBenchEnv();
  const turns = opts.quick ? 1 : env.BENCH_LATENCY_TURNS;
  const stopMs = paramsFromEnv(process.env).stopSecs * 1000;
  const load = os.loadavg()[0] ?? 0;
  const utterances = await benchUtterances(turns);
  const server = await startServerProcess(
    env.BENCH_CPU_PROFILE_DIR ? { cpuProfDir: env.BENCH_CPU_PROFILE_DIR } : {},
  );
  let run: Awaited<ReturnType<typeof runDriver>>;
  let watch: DebugWatch | undefined;
  try {
    watch = await DebugWatch.connect(server.url, server.adminToken);
    run = await runDriver(
      {
        url: server.url,
        clients: 1,
        utterances,
        turnsPerClient: turns,
        durationMs: 60 * 60_000,
        staggerMs: 0,
        thinkMs: 400,
        replyTimeoutMs: 10_000,
        underrunToleranceMs: env.BENCH_UNDERRUN_TOLERANCE_MS,
        quietMs: 700,
        waitLastReply: !opts.quick,
      },
      turns * 30_000 + 60_000,
    );
    // Let the last turn's debug events arrive.
    await new Promise((r) => setTimeout(r, 200));
  } finally {
    watch?.close();
    await server.stop();
  }
  return [latencyTable(run.conversations, watch.turns, stopMs, load), voiceTable(run.conversations)];
}

function latencyTable(
  conversations: ConversationResult[],
  serverTurns: TurnLatencyEvent[],
  stopMs: number,
  load: number,
): BenchTable {
  const client = summarizeLatency(conversations);
  const ids = new Set(conversations.map((c) => c.sessionId));
  const server = serverTurns.filter((t) => ids.has(t.sessionId));
  const replied = conversations
    .flatMap((c) => c.turns)
    .flatMap((t) => (t.latencyMs === null ? [] : [t.latencyMs]));
  const stage = (pick: (t: TurnLatencyEvent) => number | undefined) =>
    server.flatMap((t) => {
      const v = pick(t);
      return v === undefined ? [] : [v];
    });
  // Client and server clocks differ; durations do not: what the server did not see is
  // transport both ways plus the VAD's error in placing the end of speech.
  const paired = server.length === replied.length;
  const rest = paired ? replied.map((ms, i) => ms - (server[i]?.voiceToVoiceMs ?? 0)) : [];
  const row = (name: string, values: number[], target = '', met = '') => [
    name,
    values.length,
    percentile(values, 50),
    percentile(values, 95),
    values.length ? Math.max(...values) : Number.NaN,
    target,
    met,
  ];
  const p50Target = stopMs + 150;
  const p95Target = stopMs + 300;
  const verdict = `p50 ${client.p50 <= p50Target ? 'met' : 'missed'}, p95 ${client.p95 <= p95Target ? 'met' : 'missed'}`;
  const out = underrunsOf(conversations);
  return {
    title: 'Turn latency, offline stack (last voiced sample sent → first bot audio received)',
    columns: ['measure (ms)', 'n', 'p50', 'p95', 'max', 'target', 'verdict'],
    rows: [
      row('voice-to-voice at the client', replied, `p50 ≤ ${p50Target}, p95 ≤ ${p95Target}`, verdict),
      row(
        'server: silence window (VAD stop)',
        stage((t) => t.vadStopMs),
      ),
      row(
        'server: STT final',
        stage((t) => t.sttFinalMs),
      ),
      row(
        'server: LLM response start',
        stage((t) => t.llmStartMs),
      ),
      row(
        'server: TTS first audio',
        stage((t) => t.ttsStartMs),
      ),
      row(
        'server: bot started speaking',
        stage((t) => t.voiceToVoiceMs),
      ),
      row('transport + VAD placement (client − server)', rest),
    ],
    notes: [
      `${client.n} turns answered, ${client.noReply} without a reply; ${new Set(conversations.flatMap((c) => c.turns.map((t) => t.voice))).size} voices; ${out.underruns} output underruns (max gap ${out.maxGapMs.toFixed(0)} ms).`,
      `Server stages are cumulative from the moment the user stopped (VAD stop − ${stopMs} ms window): STT final includes the window; LLM start includes the turn detector's wait.`,
      paired
        ? 'Transport row: client latency minus the server’s own voice-to-voice, paired turn by turn.'
        : `Transport row omitted: ${server.length} server turn events for ${replied.length} answered turns.`,
      `Load average at start: ${load.toFixed(2)} on ${os.cpus().length} cores${load > 1 ? ' — the machine was busy, numbers are inflated' : ''}.`,
    ],
  };
}

function voiceTable(conversations: ConversationResult[]): BenchTable {
  const turns = conversations.flatMap((c) => c.turns);
  const voices = [...new Set(turns.map((t) => t.voice))];
  return {
    title: 'Turn latency by voice (ms)',
    columns: ['voice', 'turns', 'p50', 'p95', 'max', 'no reply'],
    rows: voices.map((voice) => {
      const mine = turns.filter((t) => t.voice === voice);
      const values = mine.flatMap((t) => (t.latencyMs === null ? [] : [t.latencyMs]));
      return [
        voice,
        mine.length,
        percentile(values, 50),
        percentile(values, 95),
        values.length ? Math.max(...values) : Number.NaN,
        mine.length - values.length,
      ];
    }),
  };
}
