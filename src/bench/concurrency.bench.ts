/**
 * Concurrency and memory (issue 18, part 5): N simulated shoppers (separate client process)
 * each hold a spoken conversation against the server for BENCH_STEP_SECONDS; for increasing N
 * we report turn latency, output underruns, server CPU (the main thread's on its own) and RSS
 * per session, and whether the step meets the issue's targets. Each stack first runs an
 * unloaded step (BENCH_UNLOADED_SESSIONS) whose p95 the loaded steps are held to. Two stacks:
 * the offline one (Silero, pocketsphinx, dialogue engine, flite) and an I/O-bound one where
 * STT, LLM and TTS are OpenAI-compatible stand-ins with fixed delays in another process, so
 * the framework and the transport are measured alone (Silero VAD still runs in the server).
 * The server's shape is BENCH_TOPOLOGY (e2e/topology.ts: one process, one port with N worker
 * processes, three nodes on PostgreSQL and Redis), each running the same steps; CPU and RSS are
 * summed over every server process, and each step reports where its sessions ran.
 */
import os from 'node:os';
import type { TopologyKind } from './e2e/config.ts';
import { loadBenchEnv } from './e2e/config.ts';
import { DebugWatch } from './e2e/debug-watch.ts';
import {
  benchUtterances,
  mb,
  runDriver,
  serverLoopLag,
  serverSilences,
  silencesBetween,
  standInEnv,
  startStandInProcess,
  summarizeLatency,
  underrunsOf,
} from './e2e/harness.ts';
import { ProcTreeSampler, treeRss } from './e2e/proc-stats.ts';
import { summarizeProfiles } from './e2e/profile-summary.ts';
import { STAGES, stageBreakdown } from './e2e/stage-breakdown.ts';
import { DEFAULT_STAND_IN } from './e2e/stand-ins.ts';
import { type Deployment, formatPlacement, startDeployment } from './e2e/topology.ts';
import { type BenchOptions, type BenchTable, percentile } from './table.ts';

interface StackPlan {
  name: 'offline' | 'I/O-bound';
  steps: number[];
  /** Target: this many sessions must pass. */
  target: string;
  targetN: number;
  /** The p95 a step may reach, given the unloaded step's p95. */
  p95Limit: (unloadedP95: number) => number;
  p95Rule: string;
  /**
   * Turns per session instead of a timed step (the smoke run): a fixed count whatever the
   * machine's load, where a 6 s step on a loaded machine could end before any turn did.
   */
  turnsPerSession?: number;
}

interface StepResult {
  n: number;
  /** The reference step (its p95 is the unloaded value); never a passing N. */
  unloaded: boolean;
  pass: boolean;
  row: (string | number)[];
  /** topology · stack · N, then each server stage's p50 / p95 and the client's. */
  stages: (string | number)[];
  cpuPerSession: number;
}

/** Issue 18: no output gap over this while the bot speaks. */
/** The longest hole the shopper may hear in a reply (issue 18: no underrun over 100 ms). */
const MAX_SILENCE_MS = 100;
/** Issue 18: the I/O-bound stack's p95 may grow to this multiple of its unloaded value. */
const IO_P95_FACTOR = 1.5;
/** Issue 18: the offline stack's p95 limit. */
const OFFLINE_P95_MS = 500;

export async function runConcurrencyBench(opts: BenchOptions): Promise<BenchTable[]> {
  const env = loadBenchEnv();
  const cores = os.cpus().length;
  const stepSeconds = opts.quick ? 6 : env.BENCH_STEP_SECONDS;
  const ioLimit = {
    p95Limit: (unloaded: number) => IO_P95_FACTOR * unloaded,
    p95Rule: `p95 ≤ ${IO_P95_FACTOR} × the unloaded p95`,
  };
  const stacks: StackPlan[] = opts.quick
    ? [{ name: 'I/O-bound', steps: [2], target: 'smoke run', targetN: 2, turnsPerSession: 2, ...ioLimit }]
    : (
        [
          {
            name: 'offline',
            steps: env.BENCH_OFFLINE_STEPS,
            target: '≥ 10 sessions on 2 cores',
            targetN: 10,
            p95Limit: () => OFFLINE_P95_MS,
            p95Rule: `p95 ≤ ${OFFLINE_P95_MS} ms`,
          },
          {
            name: 'I/O-bound',
            steps: env.BENCH_IO_STEPS,
            target: `≥ 200 sessions per core (${200 * cores} on ${cores})`,
            targetN: 200 * cores,
            ...ioLimit,
          },
        ] satisfies StackPlan[]
      ).filter((s) => s.steps.length > 0);
  const utterances = await benchUtterances(16);
  const stepTable: BenchTable = {
    title: `Concurrency and memory (${stepSeconds} s per step, a spoken turn every few seconds per session)`,
    columns: [
      'topology',
      'stack',
      'N',
      'sessions/core',
      'turns',
      'p50 ms',
      'p95 ms',
      'max ms',
      'no reply',
      'underruns',
      'max gap ms',
      'max silence ms',
      'server-counted silences (> 100 ms): late send · starved',
      'server CPU (cores)',
      'main thread CPU (cores)',
      'CPU/session (% core)',
      'CPU ms per session-minute: total (by thread)',
      'RSS MB',
      'RSS/session MB',
      'client CPU (cores)',
      'event-loop delay p99/max ms: server · client',
      'sessions by process/node',
      'pass',
    ],
    rows: [],
    notes: [
      `pass (issue 18): every turn answered, no silence over ${MAX_SILENCE_MS} ms inside a reply, and for the I/O-bound stack p95 ≤ ${IO_P95_FACTOR} × the p95 of its unloaded step (the "unloaded" row), for the offline stack p95 ≤ ${OFFLINE_P95_MS} ms. "max silence" is the longest hole a player that plays each chunk as it arrives, back to back (the Pipecat web player), would make inside a bot-speaking period: the underrun the shopper hears; the server sends ${env.BENCH_SERVER_ENV.TRANSPORT_OUTPUT_LEAD_MS ?? 'TRANSPORT_OUTPUT_LEAD_MS (default 40)'} ms ahead of that player. "max gap" is the longest time between two chunks' arrivals and "underruns" counts every arrival gap > chunk + ${env.BENCH_UNDERRUN_TOLERANCE_MS} ms (stricter, for information: a late chunk the lead covers counts there but is never heard).`,
      'Server-counted silences: every mid-reply silence the server itself saw its client player make (the send after the player ran dry), from vs_output_silence_seconds: "late send" when the chunk was queued but its send ran late (the event loop), "starved" when the audio reached the output late (TTS or a stage before it); in brackets those over 100 ms.',
      `Sessions/core = N / ${cores} cores. Main thread CPU = the busiest server process's main thread alone (/proc/<pid>/task/<pid>/stat): the event loop its sessions share; near 1.0 it is the limit. Topologies: one process; N worker processes behind one port (\`start --workers ${env.BENCH_WORKERS}\`, SQLite); 3 nodes (three \`start\` processes on one PostgreSQL database and one Redis, each session's /start sent to the nodes in turn, the client connecting where it was placed)${env.BENCH_SERVER_ARGS.length ? `; extra start arguments ${env.BENCH_SERVER_ARGS.join(' ')}` : ''}${Object.keys(env.BENCH_SERVER_ENV).length ? `; env ${Object.keys(env.BENCH_SERVER_ENV).join(', ')}` : ''}.`,
      'Server CPU and RSS are summed over every server process (a primary and its workers, or the three nodes, and any process they started), from /proc/<pid>/stat (all threads). RSS/session = (peak summed RSS during the step − summed RSS of the idle warmed servers) / N. Sessions by process/node: where the server says each session ran (worker tag of its id, or the node in the cluster-wide session list). CPU ms per session-minute: server CPU in the step / (N × step minutes), split by thread name from /proc/<pid>/task/*/stat ("main" = the event loop of each process); it compares builds on a busy machine where latency cannot.',
      "Event-loop delay of the server: the worst over the nodes; with workers, /metrics aggregates the workers (prom-client averages them). The stage breakdown of a missed step (server p95) comes from one /ws/debug stream: every node's sessions with nodes, one worker's with workers.",
      `The client process and (I/O-bound) the stand-ins run on the same ${cores} cores as the server: their CPU is not available to it.`,
      `I/O-bound stand-ins (own process): ${STAND_IN_DELAYS}; reply "${DEFAULT_STAND_IN.reply}".`,
      `Load average before the run: ${(os.loadavg()[0] ?? 0).toFixed(2)} (other work on the machine inflates the numbers).`,
    ],
  };
  const summary: BenchTable = {
    title: 'Concurrency summary',
    columns: [
      'topology',
      'stack',
      'largest passing N',
      'sessions per core',
      'unloaded p95 ms',
      'target',
      'verdict',
      'server CPU per session (% core)',
      'implied sessions per core',
    ],
    rows: [],
    notes: [
      'Implied sessions per core = 1 / CPU per session at the largest passing N (a ceiling; latency and underruns decide the real limit).',
    ],
  };

  const stagesTable: BenchTable = {
    title: 'Where the turn time goes (server stages, p50 / p95 ms of each stage alone)',
    columns: ['topology', 'stack', 'N', ...STAGES.map(([name]) => name), 'client voice-to-voice'],
    rows: [],
    notes: [
      "From one /ws/debug stream's per-turn latency events (every node's sessions with nodes, one worker's with workers). VAD stop: the user's estimated end of speech → the VAD's stop (the stop window and any VAD backlog); turn wait: the turn detector's wait after it; STT final: the rest until the final transcript; to the model: final transcript → the model's turn starts; model and tools: → the reply's first text (the offline engine's step, its tool calls, the hops to and from its thread); TTS first audio: first reply text → first synthesized audio. Each column's percentiles are of that stage alone, so they do not add up to the voice-to-voice ones.",
    ],
  };

  const profiles: BenchTable[] = [];
  for (const topology of env.BENCH_TOPOLOGY)
    for (const stack of stacks) {
      const run = await runStack(topology, stack, stepSeconds, utterances, env, cores);
      const { results, unloadedP95, label } = run;
      profiles.push(...run.profiles);
      stepTable.rows.push(...results.map((r) => [label, ...r.row]));
      stagesTable.rows.push(...results.map((r) => [label, ...r.stages]));
      const passing = results.filter((r) => r.pass && !r.unloaded);
      const best = passing.at(-1);
      summary.rows.push([
        label,
        stack.name,
        best?.n ?? 0,
        (best?.n ?? 0) / cores,
        unloadedP95,
        `${stack.target}, ${stack.p95Rule}, no silence > ${MAX_SILENCE_MS} ms`,
        (best?.n ?? 0) >= stack.targetN ? 'met' : 'missed',
        // No passing step has no per-session figure: a dash, not NaN.
        best ? best.cpuPerSession * 100 : '—',
        best && best.cpuPerSession > 0 ? Math.floor(1 / best.cpuPerSession) : '—',
      ]);
    }
  return [stepTable, stagesTable, summary, ...profiles];
}

async function runStack(
  topology: TopologyKind,
  stack: StackPlan,
  stepSeconds: number,
  utterances: Awaited<ReturnType<typeof benchUtterances>>,
  env: ReturnType<typeof loadBenchEnv>,
  cores: number,
): Promise<{ results: StepResult[]; profiles: BenchTable[]; unloadedP95: number; label: string }> {
  const standIns = stack.name === 'I/O-bound' ? await startStandInProcess() : undefined;
  const results: StepResult[] = [];
  const profiles: BenchTable[] = [];
  let unloadedP95 = Number.NaN;
  let label: string = topology;
  try {
    const server = await startDeployment(topology, {
      env: { ...(standIns ? standInEnv(standIns.baseUrl) : {}), ...env.BENCH_SERVER_ENV },
      args: env.BENCH_SERVER_ARGS,
      workers: env.BENCH_WORKERS,
      cpuProfDir: env.BENCH_CPU_PROFILE_DIR,
    });
    label = server.label;
    /** Every server process seen (for the CPU profiles, one per process). */
    const serverPids = new Set<number>(server.rootPids);
    const watch = await DebugWatch.connect(server.startUrls[0]!, server.adminToken);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const idleRss = treeRss(server.rootPids);
      const steps = [
        ...(stack.turnsPerSession ? [] : [{ n: env.BENCH_UNLOADED_SESSIONS, unloaded: true }]),
        ...stack.steps.map((n) => ({ n, unloaded: false })),
      ];
      for (const { n, unloaded } of steps) {
        const gone = server.exited();
        if (gone) throw new Error(gone);
        await serverLag(server); // resets the servers' event-loop delay histograms
        const silencesBefore = await Promise.all(server.startUrls.map((url) => serverSilences(url)));
        const sampler = new ProcTreeSampler(server.rootPids, 500);
        const firstTurn = watch.turns.length;
        // Spread the sessions' starts over ~one turn cycle so their turns do not line up.
        const staggerMs = Math.min(500, 5000 / n);
        const run = await runDriver(
          {
            url: server.startUrls[0]!,
            startUrls: server.startUrls,
            clients: n,
            utterances,
            turnsPerClient: stack.turnsPerSession ?? 1_000_000,
            durationMs: stack.turnsPerSession ? 120_000 : stepSeconds * 1000,
            staggerMs,
            thinkMs: 1000,
            replyTimeoutMs: 10_000,
            underrunToleranceMs: env.BENCH_UNDERRUN_TOLERANCE_MS,
            quietMs: 600,
          },
          stepSeconds * 1000 + 180_000,
        );
        const proc = sampler.stop();
        for (const pid of sampler.pids) serverPids.add(pid);
        const goneDuring = server.exited();
        if (goneDuring) throw new Error(`during the ${n}-session step: ${goneDuring}`);
        const lag = await serverLag(server);
        const silences = silencesBetween(
          silencesBefore,
          await Promise.all(server.startUrls.map((url) => serverSilences(url))),
        );
        const cl = run.driverLoopLag;
        const lat = summarizeLatency(run.conversations);
        const out = underrunsOf(run.conversations);
        const failures = run.conversations.reduce(
          (k, c) => k + (c.errors.length > 0 && c.turns.length === 0 ? 1 : 0),
          0,
        );
        const placed = await server
          .placement(run.conversations.flatMap((c) => (c.sessionId ? [c.sessionId] : [])))
          .then(formatPlacement, (err: unknown) => `unknown (${(err as Error).message})`);
        if (unloaded) unloadedP95 = lat.p95;
        // The smoke run has no unloaded step: its own p95 is the reference.
        const p95Limit = stack.p95Limit(Number.isNaN(unloadedP95) ? lat.p95 : unloadedP95);
        const pass =
          lat.n > 0 &&
          lat.p95 <= p95Limit &&
          lat.noReply === 0 &&
          out.maxSilenceMs <= MAX_SILENCE_MS &&
          failures === 0;
        const cpuPerSession = proc.cpuCores / n;
        const serverStages = watch.turns.slice(firstTurn);
        const result: StepResult = {
          n,
          unloaded,
          pass,
          cpuPerSession,
          stages: [
            unloaded ? `${stack.name}, unloaded` : stack.name,
            n,
            ...stageBreakdown(serverStages),
            `${Math.round(lat.p50)} / ${Math.round(lat.p95)}`,
          ],
          row: [
            unloaded ? `${stack.name}, unloaded` : stack.name,
            n,
            n / cores,
            lat.n + lat.noReply,
            lat.p50,
            lat.p95,
            lat.max,
            lat.noReply + (failures ? ` (+${failures} sessions failed)` : ''),
            out.underruns,
            out.maxGapMs,
            out.maxSilenceMs,
            `${silences.late.count} (${silences.late.over100}) · ${silences.starved.count} (${silences.starved.over100})`,
            proc.cpuCores,
            proc.mainThreadCores,
            cpuPerSession * 100,
            perSessionMinute(proc, n),
            mb(proc.peakRss),
            mb(proc.peakRss - idleRss) / n,
            run.driverCpuCores,
            `${lag.p99Ms.toFixed(0)}/${lag.maxMs.toFixed(0)} · ${cl.p99Ms.toFixed(0)}/${cl.maxMs.toFixed(0)}`,
            placed,
            unloaded
              ? 'reference'
              : pass
                ? 'yes'
                : `no: ${missed(lat, out.maxSilenceMs, p95Limit, failures)}${serverStages.length ? ` (server p95: STT ${fmt(serverStages.map((t) => t.sttFinalMs))}, LLM ${fmt(serverStages.map((t) => t.llmStartMs))}, TTS ${fmt(serverStages.map((t) => t.ttsStartMs))})` : ''}`,
          ],
        };
        results.push(result);
        if (!unloaded && !pass && !env.BENCH_CONTINUE_AFTER_MISS) break;
        // Let the server tear the step's sessions down before the next one.
        await new Promise((r) => setTimeout(r, 2000));
      }
    } finally {
      watch.close();
      await server.stop();
    }
    const profileDir = env.BENCH_CPU_PROFILE_DIR;
    if (profileDir)
      for (const pid of serverPids) {
        const profile = await summarizeProfiles(
          profileDir,
          pid,
          `Server CPU profile, ${label}, process ${pid}, ${stack.name} stack (whole process life: start-up and every step)`,
        );
        if (profile) profiles.push(profile);
      }
  } finally {
    await standIns?.stop();
  }
  return { results, profiles, unloadedP95, label };
}

/** The servers' event-loop delay since the last call: the worst node's (one URL per node). */
async function serverLag(server: Deployment): Promise<{ p99Ms: number; maxMs: number }> {
  const lags = await Promise.all(server.startUrls.map((url) => serverLoopLag(url)));
  return {
    p99Ms: Math.max(...lags.map((l) => l.p99Ms)),
    maxMs: Math.max(...lags.map((l) => l.maxMs)),
  };
}

/** Which of the targets a step missed. */
function missed(
  lat: { n: number; p95: number; noReply: number },
  maxSilenceMs: number,
  p95Limit: number,
  failures: number,
): string {
  const why: string[] = [];
  if (lat.n === 0) why.push('no turn answered');
  if (lat.p95 > p95Limit) why.push(`p95 > ${Math.round(p95Limit)} ms`);
  if (lat.noReply > 0) why.push(`${lat.noReply} without a reply`);
  if (maxSilenceMs > MAX_SILENCE_MS) why.push(`silence ${Math.round(maxSilenceMs)} ms`);
  if (failures > 0) why.push(`${failures} sessions failed`);
  return why.join(', ');
}

/**
 * Server CPU per session-minute, total and by thread group: a measure that, unlike latency,
 * barely moves with other work on the machine, so two builds can be compared on a busy one.
 */
function perSessionMinute(
  proc: { cpuSeconds: number; wallSeconds: number; threadGroups: [string, number][] },
  n: number,
): string {
  const minutes = (n * proc.wallSeconds) / 60;
  if (!(minutes > 0)) return '—';
  const ms = (seconds: number) => Math.round((seconds * 1000) / minutes);
  const groups = proc.threadGroups
    .filter(([, seconds]) => ms(seconds) > 0)
    .map(([group, seconds]) => `${group} ${ms(seconds)}`);
  return `${ms(proc.cpuSeconds)} (${groups.join(', ')})`;
}

function fmt(values: (number | undefined)[]): string {
  const v = values.filter((x): x is number => x !== undefined);
  return v.length ? `${Math.round(percentile(v, 95))}` : '–';
}

const STAND_IN_DELAYS = `STT ${DEFAULT_STAND_IN.sttDelayMs} ms, LLM TTFT ${DEFAULT_STAND_IN.llmTtftMs} ms, TTS first byte ${DEFAULT_STAND_IN.ttsDelayMs} ms`;
