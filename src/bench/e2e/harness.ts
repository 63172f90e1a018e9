/**
 * Parent side of the end-to-end benchmarks: synthesized utterances in several voices, the
 * forked client driver, the stand-in process, and the statistics the tables print.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { synthesize, type Voice } from '../../audio/testing/speech-fixtures.ts';
import { percentile } from '../table.ts';
import type { BenchUtterance, ConversationResult } from './conversation.ts';
import type { DriverMessage, DriverPlan, LoopLag } from './driver.ts';
import { ProcSampler } from './proc-stats.ts';
import type { StandInOptions } from './stand-ins.ts';

/** Requests the offline dialogue engine and the demo catalog understand. */
export const BENCH_TEXTS = [
  'show me running shoes',
  'do you have any hoodies',
  'show me rain jackets',
  'I need hiking socks',
  'show me backpacks',
  'do you have trail shoes',
  'what is in my cart',
  'show me the thermal hoodie',
] as const;

export const BENCH_VOICES: readonly Voice[] = [
  { engine: 'flite', voice: 'slt' },
  { engine: 'flite', voice: 'rms' },
  { engine: 'flite', voice: 'awb' },
  { engine: 'espeak-ng', voice: 'en-us' },
];

const cache = new Map<string, BenchUtterance>();

/**
 * `count` utterances cycling texts and voices so consecutive turns differ in both
 * (text i with voice i mod voices, then shifted, until every pairing has come up).
 */
export async function benchUtterances(count: number): Promise<BenchUtterance[]> {
  const out: BenchUtterance[] = [];
  for (let i = 0; i < count; i++) {
    const text = BENCH_TEXTS[i % BENCH_TEXTS.length]!;
    const v = BENCH_VOICES[(i + Math.floor(i / BENCH_TEXTS.length)) % BENCH_VOICES.length]!;
    const voice = `${v.engine}:${v.voice}`;
    const key = `${voice}|${text}`;
    let u = cache.get(key);
    if (!u) {
      u = { text, voice, pcm: (await synthesize(text, v)).pcm };
      cache.set(key, u);
    }
    out.push(u);
  }
  return out;
}

export interface DriverRun {
  conversations: ConversationResult[];
  /** Client process CPU over the run, in cores. */
  driverCpuCores: number;
  driverLoopLag: LoopLag;
}

const DRIVER = fileURLToPath(new URL('./driver.ts', import.meta.url));
const STAND_IN = fileURLToPath(new URL('./stand-in-main.ts', import.meta.url));

/** Runs the plan in a separate client process; rejects if it fails or overruns `timeoutMs`. */
export async function runDriver(plan: DriverPlan, timeoutMs: number): Promise<DriverRun> {
  const child = fork(DRIVER, [], {
    serialization: 'advanced',
    execArgv: ['--disable-warning=ExperimentalWarning'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const sampler = child.pid ? new ProcSampler(child.pid, 1000) : undefined;
  try {
    const msg = await new Promise<DriverMessage>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`client driver did not finish within ${timeoutMs} ms`)),
        timeoutMs,
      );
      child.once('message', (m: DriverMessage) => {
        clearTimeout(timer);
        resolve(m);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`client driver exited with code ${code}`));
      });
      child.send({ type: 'run', plan });
    });
    if (msg.type === 'error') throw new Error(`client driver failed: ${msg.message}`);
    return {
      conversations: msg.conversations,
      driverCpuCores: sampler?.stop().cpuCores ?? Number.NaN,
      driverLoopLag: msg.loopLag,
    };
  } finally {
    sampler?.stop();
    if (child.connected) child.disconnect();
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}

export interface StandInProcess {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the OpenAI-compatible stand-ins in their own process. */
export async function startStandInProcess(overrides: Partial<StandInOptions> = {}): Promise<StandInProcess> {
  const child = fork(STAND_IN, [JSON.stringify(overrides)], {
    execArgv: ['--disable-warning=ExperimentalWarning'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { baseUrl: string }) => resolve(m.baseUrl));
    child.once('exit', (code) => reject(new Error(`stand-in process exited with code ${code}`)));
  });
  return {
    baseUrl,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.disconnect();
      await exited;
    },
  };
}

/** The server environment that points STT, LLM and TTS at the stand-ins. */
export function standInEnv(baseUrl: string): Record<string, string> {
  return {
    STT_PROVIDER: 'openai',
    STT_BASE_URL: baseUrl,
    STT_MODEL: 'stand-in-whisper',
    LLM_PROVIDER: 'openai-compatible',
    LLM_BASE_URL: baseUrl,
    LLM_MODEL: 'stand-in-llm',
    TTS_PROVIDER: 'openai',
    TTS_BASE_URL: baseUrl,
    TTS_MODEL: 'stand-in-tts',
    // A batch STT has no text before the turn ends, so the text-aware strategy would wait its
    // "completeness unknown" time (TURN_DEFAULT_WAIT_MS) on every turn: end turns on silence.
    TURN_STRATEGY: 'vad',
  };
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  noReply: number;
}

export function summarizeLatency(conversations: ConversationResult[]): LatencySummary {
  const turns = conversations.flatMap((c) => c.turns);
  const values = turns.flatMap((t) => (t.latencyMs === null ? [] : [t.latencyMs]));
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? Math.max(...values) : Number.NaN,
    noReply: turns.length - values.length,
  };
}

export function underrunsOf(conversations: ConversationResult[]): {
  underruns: number;
  maxGapMs: number;
  maxSilenceMs: number;
  speakingSeconds: number;
} {
  const turns = conversations.flatMap((c) => c.turns);
  return {
    underruns: turns.reduce((n, t) => n + t.underruns, 0),
    maxGapMs: turns.reduce((m, t) => Math.max(m, t.maxGapMs), 0),
    maxSilenceMs: turns.reduce((m, t) => Math.max(m, t.maxSilenceMs), 0),
    speakingSeconds: turns.reduce((s, t) => s + t.botSpeakingMs, 0) / 1000,
  };
}

export const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * The server's event-loop delay since the previous call, from its Prometheus metrics
 * (prom-client resets the histogram at each scrape, so call once before and once after).
 */
export async function serverLoopLag(baseUrl: string): Promise<LoopLag> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const read = (name: string) =>
    Number(new RegExp(`^vs_nodejs_eventloop_lag_${name}_seconds (\\S+)`, 'm').exec(text)?.[1]) * 1000;
  return { p99Ms: read('p99'), maxMs: read('max') };
}

/** Mid-reply silences the server counted (vs_output_silence_seconds), by cause, cumulative. */
export interface ServerSilences {
  late: { count: number; over100: number };
  starved: { count: number; over100: number };
}

/** Reads the server's silence histogram: every silence, and those over 100 ms, by cause. */
export async function serverSilences(baseUrl: string): Promise<ServerSilences> {
  return parseSilences(await (await fetch(`${baseUrl}/metrics`)).text());
}

/** The silence histogram out of a Prometheus text exposition (zero when absent). */
export function parseSilences(text: string): ServerSilences {
  const sample = (suffix: string, cause: string, le?: string) => {
    for (const line of text.split('\n')) {
      if (!line.startsWith(`vs_output_silence_seconds_${suffix}{`)) continue;
      if (!line.includes(`cause="${cause}"`) || (le !== undefined && !line.includes(`le="${le}"`))) continue;
      return Number(line.slice(line.lastIndexOf(' ') + 1));
    }
    return 0;
  };
  const of = (cause: string) => {
    const count = sample('count', cause);
    return { count, over100: count - sample('bucket', cause, '0.1') };
  };
  return { late: of('late'), starved: of('starved') };
}

/** What happened between two readings, summed over nodes. */
export function silencesBetween(before: ServerSilences[], after: ServerSilences[]): ServerSilences {
  const sum = (xs: ServerSilences[], cause: 'late' | 'starved', k: 'count' | 'over100') =>
    xs.reduce((n, x) => n + x[cause][k], 0);
  const diff = (cause: 'late' | 'starved') => ({
    count: sum(after, cause, 'count') - sum(before, cause, 'count'),
    over100: sum(after, cause, 'over100') - sum(before, cause, 'over100'),
  });
  return { late: diff('late'), starved: diff('starved') };
}
