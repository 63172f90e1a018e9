/**
 * Concurrency and memory: N simulated shoppers (separate client process) each hold a spoken
 * conversation against one server process for BENCH_STEP_SECONDS; for increasing N we report
 * turn latency, output underruns, server CPU and RSS per session, and the largest N with
 * p95 < 1 s, every turn answered and no underruns. Two stacks: the offline one (Silero,
 * pocketsphinx, dialogue engine, flite) and an I/O-bound one where STT, LLM and TTS are
 * OpenAI-compatible stand-ins with fixed delays in another process, so the framework and the
 * transport are measured alone (Silero VAD still runs in the server).
 */
import os from 'node:os';
import { loadBenchEnv } from './e2e/config.ts';
import { DebugWatch } from './e2e/debug-watch.ts';
import {
  benchUtterances,
  mb,
  runDriver,
  serverLoopLag,
  standInEnv,
  startStandInProcess,
  summarizeLatency,
  underrunsOf,
} from './e2e/harness.ts';
import { ProcSampler, sampleProcess } from './e2e/proc-stats.ts';
import { summarizeProfiles } from './e2e/profile-summary.ts';
import { startServerProcess } from './e2e/server-process.ts';
import { DEFAULT_STAND_IN } from './e2e/stand-ins.ts';
import { type BenchOptions, type BenchTable, percentile } from './table.ts';

interface StackPlan {
  name: 'offline' | 'I/O-bound';
  steps: number[];
  /** Target: this many sessions must pass. */
  target: string;
  targetN: number;
}

interface StepResult {
  n: number;
  pass: boolean;
  row: (string | number)[];
  cpuPerSession: number;
}

const P95_LIMIT_MS = 1000;

export async function runConcurrencyBench(opts: BenchOptions): Promise<BenchTable[]> {
  const env = loadBenchEnv();
  const cores = os.cpus().length;
  const stepSeconds = opts.quick ? 6 : env.BENCH_STEP_SECONDS;
  const stacks: StackPlan[] = opts.quick
    ? [{ name: 'I/O-bound', steps: [2], target: 'smoke run', targetN: 2 }]
    : (
        [
          {
            name: 'offline',
            steps: env.BENCH_OFFLINE_STEPS,
            target: '≥ 10 sessions on 2 cores',
            targetN: 10,
          },
          {
            name: 'I/O-bound',
            steps: env.BENCH_IO_STEPS,
            target: `≥ 200 sessions per core (${200 * cores} on ${cores})`,
            targetN: 200 * cores,
          },
        ] satisfies StackPlan[]
      ).filter((s) => s.steps.length > 0);
  const utterances = await benchUtterances(16);
  const stepTable: BenchTable = {
    title: `Concurrency and memory (${stepSeconds} s per step, a spoken turn every few seconds per session)`,
    columns: [
      'stack',
      'N',
      'turns',
      'p50 ms',
      'p95 ms',
      'max ms',
      'no reply',
      'underruns',
      'max gap ms',
      'server CPU (cores)',
      'CPU/session (% core)',
      'RSS MB',
      'RSS/session MB',
      'client CPU (cores)',
      'event-loop delay p99/max ms: server · client',
      'pass',
    ],
    rows: [],
    notes: [
      `pass = p95 < ${P95_LIMIT_MS} ms, every turn answered, no underrun (bot audio gap > chunk + ${env.BENCH_UNDERRUN_TOLERANCE_MS} ms while the bot speaks).`,
      'RSS/session = (peak RSS during the step − RSS of the idle warmed server) / N. CPU from /proc/<pid>/stat of the server process (all its threads).',
      `The client process and (I/O-bound) the stand-ins run on the same ${cores} cores as the server: their CPU is not available to it.`,
      `I/O-bound stand-ins (own process): ${STAND_IN_DELAYS}; reply "${DEFAULT_STAND_IN.reply}".`,
      `Load average before the run: ${(os.loadavg()[0] ?? 0).toFixed(2)} (other work on the machine inflates the numbers).`,
    ],
  };
  const summary: BenchTable = {
    title: 'Concurrency summary',
    columns: [
      'stack',
      'largest passing N',
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

  const profiles: BenchTable[] = [];
  for (const stack of stacks) {
    const { results, profile } = await runStack(stack, stepSeconds, utterances, env);
    if (profile) profiles.push(profile);
    stepTable.rows.push(...results.map((r) => r.row));
    const passing = results.filter((r) => r.pass);
    const best = passing.at(-1);
    summary.rows.push([
      stack.name,
      best?.n ?? 0,
      stack.target,
      (best?.n ?? 0) >= stack.targetN ? 'met' : 'missed',
      best ? best.cpuPerSession * 100 : Number.NaN,
      best && best.cpuPerSession > 0 ? Math.floor(1 / best.cpuPerSession) : Number.NaN,
    ]);
  }
  return [stepTable, summary, ...profiles];
}

async function runStack(
  stack: StackPlan,
  stepSeconds: number,
  utterances: Awaited<ReturnType<typeof benchUtterances>>,
  env: ReturnType<typeof loadBenchEnv>,
): Promise<{ results: StepResult[]; profile?: BenchTable | undefined }> {
  const standIns = stack.name === 'I/O-bound' ? await startStandInProcess() : undefined;
  const results: StepResult[] = [];
  let profile: BenchTable | undefined;
  try {
    const server = await startServerProcess({
      env: standIns ? standInEnv(standIns.baseUrl) : {},
      ...(env.BENCH_CPU_PROFILE_DIR ? { cpuProfDir: env.BENCH_CPU_PROFILE_DIR } : {}),
    });
    const watch = await DebugWatch.connect(server.url, server.adminToken);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const idleRss = sampleProcess(server.pid)?.rssBytes ?? 0;
      for (const n of stack.steps) {
        if (server.exitCode() !== undefined)
          throw new Error(`the server exited (code ${server.exitCode()}):\n${server.output()}`);
        await serverLoopLag(server.url); // resets the server's event-loop delay histogram
        const sampler = new ProcSampler(server.pid, 500);
        const firstTurn = watch.turns.length;
        // Spread the sessions' starts over ~one turn cycle so their turns do not line up.
        const staggerMs = Math.min(500, 5000 / n);
        const run = await runDriver(
          {
            url: server.url,
            clients: n,
            utterances,
            turnsPerClient: 1_000_000,
            durationMs: stepSeconds * 1000,
            staggerMs,
            thinkMs: 1000,
            replyTimeoutMs: 10_000,
            underrunToleranceMs: env.BENCH_UNDERRUN_TOLERANCE_MS,
            quietMs: 600,
          },
          stepSeconds * 1000 + 180_000,
        );
        const proc = sampler.stop();
        if (server.exitCode() !== undefined)
          throw new Error(
            `the server exited during the ${n}-session step (code ${server.exitCode()}):\n${server.output()}`,
          );
        const lag = await serverLoopLag(server.url);
        const cl = run.driverLoopLag;
        const lat = summarizeLatency(run.conversations);
        const out = underrunsOf(run.conversations);
        const failures = run.conversations.reduce(
          (k, c) => k + (c.errors.length > 0 && c.turns.length === 0 ? 1 : 0),
          0,
        );
        const pass =
          lat.n > 0 && lat.p95 < P95_LIMIT_MS && lat.noReply === 0 && out.underruns === 0 && failures === 0;
        const cpuPerSession = proc.cpuCores / n;
        const serverStages = watch.turns.slice(firstTurn);
        results.push({
          n,
          pass,
          cpuPerSession,
          row: [
            stack.name,
            n,
            lat.n + lat.noReply,
            lat.p50,
            lat.p95,
            lat.max,
            lat.noReply + (failures ? ` (+${failures} sessions failed)` : ''),
            out.underruns,
            out.maxGapMs,
            proc.cpuCores,
            cpuPerSession * 100,
            mb(proc.peakRss),
            mb(proc.peakRss - idleRss) / n,
            run.driverCpuCores,
            `${lag.p99Ms.toFixed(0)}/${lag.maxMs.toFixed(0)} · ${cl.p99Ms.toFixed(0)}/${cl.maxMs.toFixed(0)}`,
            pass
              ? 'yes'
              : `no${serverStages.length ? ` (server p95: STT ${fmt(serverStages.map((t) => t.sttFinalMs))}, LLM ${fmt(serverStages.map((t) => t.llmStartMs))}, TTS ${fmt(serverStages.map((t) => t.ttsStartMs))})` : ''}`,
          ],
        });
        if (!pass && !env.BENCH_CONTINUE_AFTER_MISS) break;
        // Let the server tear the step's sessions down before the next one.
        await new Promise((r) => setTimeout(r, 2000));
      }
    } finally {
      watch.close();
      await server.stop();
    }
    if (env.BENCH_CPU_PROFILE_DIR)
      profile = await summarizeProfiles(
        env.BENCH_CPU_PROFILE_DIR,
        server.pid,
        `Server CPU profile, ${stack.name} stack (whole process life: start-up and every step)`,
      );
  } finally {
    await standIns?.stop();
  }
  return { results, profile };
}

function fmt(values: (number | undefined)[]): string {
  const v = values.filter((x): x is number => x !== undefined);
  return v.length ? `${Math.round(percentile(v, 95))}` : '–';
}

const STAND_IN_DELAYS = `STT ${DEFAULT_STAND_IN.sttDelayMs} ms, LLM TTFT ${DEFAULT_STAND_IN.llmTtftMs} ms, TTS first byte ${DEFAULT_STAND_IN.ttsDelayMs} ms`;
