/**
 * Turn latency as a user hears it: the server runs as its own process (as `start` does), a
 * separate client process streams synthesized utterances in several voices at real time and
 * measures last voiced sample sent → first bot audio frame received. The server's own
 * per-turn breakdown (debug stream) splits it into silence window, STT, LLM, TTS and the rest.
 * The utterances (e2e/turn-utterances.ts) are complete requests opening on short verbs and
 * requests with a mid-sentence pause, so the same run reports first-word recall, needless
 * turn waits and false cut-offs (e2e/speech-in.ts).
 */
import os from 'node:os';
import { paramsFromEnv } from '../audio/vad/config.ts';
import { loadBenchEnv } from './e2e/config.ts';
import type { ConversationResult } from './e2e/conversation.ts';
import { DebugWatch, type TurnLatencyEvent } from './e2e/debug-watch.ts';
import type { LoopLag } from './e2e/driver.ts';
import { runDriver, serverLoopLag, summarizeLatency, underrunsOf } from './e2e/harness.ts';
import { summarizeProfiles } from './e2e/profile-summary.ts';
import { startServerProcess } from './e2e/server-process.ts';
import { type ScoredTurn, scoreTurns, speechInTable } from './e2e/speech-in.ts';
import { TURN_SETS, turnBenchUtterances } from './e2e/turn-utterances.ts';
import { type BenchOptions, type BenchTable, percentile } from './table.ts';

export async function runTurnLatencyBench(opts: BenchOptions): Promise<BenchTable[]> {
  const env = loadBenchEnv();
  const sessions = opts.quick ? 1 : env.BENCH_LATENCY_SESSIONS;
  const stopMs = paramsFromEnv(process.env).stopSecs * 1000;
  const load = os.loadavg()[0] ?? 0;
  const set = TURN_SETS[env.BENCH_TURN_SET];
  const all = await turnBenchUtterances(env.BENCH_LATENCY_TURNS, set);
  // Smoke runs: one complete request and one paused one.
  const utterances = opts.quick ? [all[0]!, all.find((u) => u.kind === 'paused') ?? all[1]!] : all;
  const turns = utterances.length;
  const server = await startServerProcess({
    ...(env.BENCH_CPU_PROFILE_DIR ? { cpuProfDir: env.BENCH_CPU_PROFILE_DIR } : {}),
    ...(set.catalog ? { env: { CATALOG: set.catalog, CATALOG_CURRENCY: 'USD' } } : {}),
  });
  let run: Awaited<ReturnType<typeof runDriver>>;
  let watch: DebugWatch | undefined;
  let lag: LoopLag = { p99Ms: Number.NaN, maxMs: Number.NaN };
  try {
    watch = await DebugWatch.connect(server.url, server.adminToken);
    await serverLoopLag(server.url); // resets the server's event-loop delay histogram
    run = await runDriver(
      {
        url: server.url,
        clients: sessions,
        utterances,
        turnsPerClient: Math.ceil(turns / sessions),
        durationMs: 60 * 60_000,
        // Offset the conversations by about half a turn so their turns rarely overlap.
        staggerMs: 4000,
        // Each conversation speaks its own share of the list.
        offsetStep: Math.ceil(turns / sessions),
        thinkMs: 400,
        replyTimeoutMs: 10_000,
        underrunToleranceMs: env.BENCH_UNDERRUN_TOLERANCE_MS,
        quietMs: 700,
        waitLastReply: !opts.quick,
      },
      Math.ceil(turns / sessions) * 40_000 + 60_000,
    );
    // Let the last turn's debug events arrive.
    await new Promise((r) => setTimeout(r, 200));
    lag = await serverLoopLag(server.url);
  } finally {
    watch?.close();
    await server.stop();
  }
  const scored = scoreTurns(run.conversations, utterances, (id) => watch?.turnEndsOf(id) ?? []);
  const table = latencyTable(run.conversations, watch, stopMs, load, scored);
  table.notes?.push(
    `Event-loop delay p99/max: server ${lag.p99Ms.toFixed(0)}/${lag.maxMs.toFixed(0)} ms, client process ${run.driverLoopLag.p99Ms.toFixed(0)}/${run.driverLoopLag.maxMs.toFixed(0)} ms (a stall on either side shows up as a bot audio gap).`,
  );
  const profile = env.BENCH_CPU_PROFILE_DIR
    ? await summarizeProfiles(
        env.BENCH_CPU_PROFILE_DIR,
        server.pid,
        'Server CPU profile during the turn-latency run',
      )
    : undefined;
  return [
    summaryTable(scored, stopMs, load, env.BENCH_TURN_SET),
    table,
    speechInTable(scored),
    voiceTable(run.conversations),
    ...(profile ? [profile] : []),
  ];
}

function latencyTable(
  conversations: ConversationResult[],
  watch: DebugWatch,
  stopMs: number,
  load: number,
  scored: ScoredTurn[],
): BenchTable {
  const client = summarizeLatency(conversations);
  const ids = new Set(conversations.map((c) => c.sessionId));
  const server = watch.turns.filter((t) => ids.has(t.sessionId));
  const replied = conversations
    .flatMap((c) => c.turns)
    .flatMap((t) => (t.latencyMs === null ? [] : [t.latencyMs]));
  const stage = (pick: (t: TurnLatencyEvent) => number | undefined) =>
    server.flatMap((t) => {
      const v = pick(t);
      return v === undefined || !Number.isFinite(v) ? [] : [v];
    });
  const diff = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a - b;
  // Client and server clocks differ; durations do not. What the server did not see is the
  // transport both ways plus the VAD's error in placing the end of speech. Paired per session.
  const rest: number[] = [];
  // Paired through the turn ends the client saw (robust to turns without a reply).
  const withoutTurnWait = scored.flatMap((t) =>
    t.latencyMs === null || t.waitMs === undefined ? [] : [t.latencyMs - t.waitMs],
  );
  let unpaired = 0;
  for (const c of conversations) {
    const mine = watch.turnsOf(c.sessionId ?? '');
    const answered = c.turns.flatMap((t) => (t.latencyMs === null ? [] : [t.latencyMs]));
    if (mine.length !== answered.length) {
      unpaired += answered.length;
      continue;
    }
    rest.push(...answered.map((ms, i) => ms - (mine[i]?.voiceToVoiceMs ?? 0)));
  }
  const ttfb = (name: string) =>
    watch.ttfb.filter((t) => ids.has(t.sessionId) && t.stage === name).map((t) => t.valueMs);
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
        'voice-to-voice less the turn detector wait (≈ TURN_STRATEGY=vad)',
        withoutTurnWait,
        `p50 ≤ ${p50Target}, p95 ≤ ${p95Target}`,
        `p50 ${percentile(withoutTurnWait, 50) <= p50Target ? 'met' : 'missed'}, p95 ${percentile(withoutTurnWait, 95) <= p95Target ? 'met' : 'missed'}`,
      ),
      row(
        '1 silence window (VAD stop)',
        stage((t) => t.vadStopMs),
      ),
      row(
        '2 turn detector wait after VAD stop',
        stage((t) => t.turnWaitMs),
      ),
      row(
        '3 STT final after end of turn',
        stage((t) => t.sttFinalizeMs),
      ),
      row(
        '4 LLM response start after transcript',
        stage((t) => diff(t.llmStartMs, t.sttFinalMs)),
      ),
      row(
        '5 TTS first audio after LLM start',
        stage((t) => diff(t.ttsStartMs, t.llmStartMs)),
      ),
      row(
        '6 output: TTS audio → bot started speaking',
        stage((t) => diff(t.voiceToVoiceMs, t.ttsStartMs)),
      ),
      row(
        'server total (user stopped → bot speaking)',
        stage((t) => t.voiceToVoiceMs),
      ),
      row('transport + VAD placement (client − server)', rest),
      row('STT TTFB metric (end of turn → final)', ttfb('stt')),
      row('LLM TTFB metric (first text)', ttfb('llm')),
      row('TTS TTFB metric (first text → first audio)', ttfb('tts')),
    ],
    notes: [
      turnWaitShare(scored),
      `${client.n} turns answered, ${client.noReply} without a reply, ${conversations.length} conversation(s), ${new Set(conversations.flatMap((c) => c.turns.map((t) => t.voice))).size} voices; ${out.underruns} output underruns (gap > chunk + tolerance while the bot speaks; max gap ${out.maxGapMs.toFixed(0)} ms, longest silence a player would make ${out.maxSilenceMs.toFixed(0)} ms, over ${out.speakingSeconds.toFixed(0)} s of bot speech).`,
      `Rows 1–6 are the server's stages (debug stream), each from the end of the previous one; the user is taken to have stopped ${stopMs} ms (VAD stop window) before the VAD said so.`,
      unpaired
        ? `Transport row leaves out ${unpaired} turns whose session's server events did not pair one to one.`
        : 'Transport row: client latency minus the server’s own voice-to-voice, paired turn by turn.',
      `Load average at start: ${load.toFixed(2)} on ${os.cpus().length} cores${load > 1 ? ' — the machine was busy, numbers are inflated' : ''}.`,
    ],
  };
}

/**
 * Issue 12's turn-taking measures in one row: voice-to-voice p50/p95 and how much of it the
 * turn detector's wait is, complete requests that waited, paused requests cut in two.
 */
export function summaryTable(scored: ScoredTurn[], stopMs: number, load: number, set: string): BenchTable {
  const answered = scored.filter((s) => s.latencyMs !== null);
  const v2v = answered.map((s) => s.latencyMs ?? 0);
  const paired = answered.filter((s) => s.waitMs !== undefined);
  const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  const waitShare = (pick: (s: ScoredTurn) => number) =>
    paired.length ? (100 * sum(paired.map(pick))) / sum(paired.map((s) => s.latencyMs ?? 0)) : Number.NaN;
  const p95 = percentile(v2v, 95);
  // The p95 turn's share: how much of the tail is the turn detector's wait.
  const tail = [...paired].sort((a, b) => (a.latencyMs ?? 0) - (b.latencyMs ?? 0))[
    Math.max(0, Math.ceil(0.95 * paired.length) - 1)
  ];
  const complete = scored.filter((s) => s.kind === 'complete' && s.waitMs !== undefined);
  const paused = scored.filter((s) => s.kind === 'paused');
  const own = (s: ScoredTurn) => (s.waitMs ?? 0) - (s.settleMs ?? 0);
  const pct = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} %` : '–');
  return {
    title: `Turn taking (issue 12): voice-to-voice, turn-wait share, needless waits, false cut-offs (${set} set)`,
    columns: [
      'turns',
      'v2v p50 (ms)',
      'v2v p95 (ms)',
      `p95 goal ≤ ${stopMs + 300}`,
      'turn-wait share (all / p95 turn)',
      'of which waiting for the STT',
      'complete requests waiting ≥ 0.4 s (total / detector own)',
      'false cut-offs (300–600 ms pauses)',
      'first-word recall',
      'load',
    ],
    rows: [
      [
        answered.length,
        percentile(v2v, 50),
        p95,
        p95 <= stopMs + 300 ? 'met' : 'missed',
        `${pct(waitShare((s) => s.waitMs ?? 0))} / ${tail ? pct((100 * (tail.waitMs ?? 0)) / (tail.latencyMs ?? 1)) : '–'}`,
        pct(waitShare((s) => s.settleMs ?? 0)),
        `${complete.filter((s) => (s.waitMs ?? 0) >= 400).length}/${complete.length} / ${complete.filter((s) => own(s) >= 400).length}/${complete.length}`,
        `${paused.filter((s) => s.cutOff).length}/${paused.length}`,
        `${scored.filter((s) => s.firstWordHeard).length}/${scored.length}`,
        `${load.toFixed(1)}${load > 1 ? ' (busy)' : ''}`,
      ],
    ],
    notes: [
      'v2v: last voiced sample sent → first bot audio received, at the client. Turn-wait share: the server’s VAD stop → end of turn over voice-to-voice (summed over turns; and for the turn at p95). Of which waiting for the STT: VAD stop → the recognizer’s settled transcript (the decoder catching up with the audio; the LLM would wait for it anyway). Detector own: the wait after the settled transcript.',
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

/** How much of voice-to-voice the turn detector's wait is, over the answered turns. */
function turnWaitShare(scored: ScoredTurn[]): string {
  const paired = scored.filter((s) => s.latencyMs !== null && s.waitMs !== undefined);
  const latency = paired.reduce((n, s) => n + (s.latencyMs ?? 0), 0);
  const wait = paired.reduce((n, s) => n + (s.waitMs ?? 0), 0);
  if (!paired.length || latency <= 0) return 'Turn-detector wait share: no paired turns.';
  return `Turn-detector wait share of voice-to-voice: ${((100 * wait) / latency).toFixed(1)} % (mean wait ${(wait / paired.length).toFixed(0)} ms over ${paired.length} paired turns).`;
}
