/** Environment variables of the end-to-end benchmarks (turn latency, concurrency, start-up). */
import { z } from 'zod';

/** Server shapes of the concurrency bench (topology.ts starts them). */
export const TOPOLOGIES = ['single', 'workers', 'nodes3'] as const;
export type TopologyKind = (typeof TOPOLOGIES)[number];

const steps = z
  .string()
  .regex(/^(\d+(,\d+)*)?$/, 'a comma-separated list of session counts, e.g. 2,5,10 (empty: skip)')
  .transform((s) => (s ? s.split(',').map(Number) : []));

export const benchEnvSchema = z.object({
  /**
   * Spoken turns of the turn-latency benchmark; default: the whole utterance set once (44:
   * 8 complete requests and 3 paused ones in each of 4 voices).
   */
  BENCH_LATENCY_TURNS: z.coerce.number().int().min(1).max(500).optional(),
  /** Utterance set (and catalog) of the turn-latency benchmark: pets (pet-supplies store) or demo. */
  BENCH_TURN_SET: z.enum(['pets', 'demo']).default('pets'),
  /**
   * Conversations the latency turns are spread over (offset by half a turn). Replies that read
   * product lists last 10–15 s, so one conversation of 32 turns takes ~9 minutes.
   */
  BENCH_LATENCY_SESSIONS: z.coerce.number().int().min(1).max(8).default(2),
  /** Concurrent sessions tried with the offline stack, in increasing order. */
  BENCH_OFFLINE_STEPS: steps.default([2, 5, 10, 15]),
  /** Concurrent sessions tried with the I/O-bound (stand-in) stack. */
  BENCH_IO_STEPS: steps.default([50, 100, 200, 400]),
  /** How long each concurrency step holds its conversations. */
  BENCH_STEP_SECONDS: z.coerce.number().min(5).max(600).default(60),
  /** Keep trying larger N after a step misses (p95 ≥ 1 s or underruns)? Default: stop. */
  BENCH_CONTINUE_AFTER_MISS: z.stringbool().default(false),
  /** Bot audio gap beyond one chunk plus this many ms counts as an underrun. */
  BENCH_UNDERRUN_TOLERANCE_MS: z.coerce.number().min(0).max(1000).default(40),
  /** Cold starts measured by the start-up benchmark. */
  BENCH_STARTUP_RUNS: z.coerce.number().int().min(1).max(20).default(3),
  /**
   * Sessions of the unloaded step each concurrency stack runs first: its turn p95 is the
   * "unloaded value" a loaded step's p95 is held to (≤ 1.5×, issue 18).
   */
  BENCH_UNLOADED_SESSIONS: z.coerce.number().int().min(1).max(10).default(1),
  /**
   * How the concurrency bench runs the server, comma-separated to run several in turn:
   * `single` (one process), `workers` (one `voice-shopper start --workers BENCH_WORKERS`: one
   * port, N processes), `nodes3` (three nodes on one PostgreSQL and one Redis: BENCH_DATABASE_URL,
   * BENCH_REDIS_URL). `one process` is read as `single`.
   */
  BENCH_TOPOLOGY: z
    .string()
    .default('single')
    .transform((s) => s.split(',').map((t) => (t.trim() === 'one process' ? 'single' : t.trim())))
    .pipe(z.array(z.enum(TOPOLOGIES)).min(1)),
  /** The `workers` topology's worker count: a number or `auto` (one per core). */
  BENCH_WORKERS: z
    .string()
    .regex(/^(auto|\d{1,3})$/, 'auto or a whole number')
    .default('auto'),
  /** Extra arguments after `voice-shopper start` for the concurrency bench's server, space-separated. */
  BENCH_SERVER_ARGS: z
    .string()
    .default('')
    .transform((s) => s.split(/\s+/).filter(Boolean)),
  /** Extra environment for that server: comma-separated NAME=value pairs. */
  BENCH_SERVER_ENV: z
    .string()
    .regex(/^([A-Z_][A-Z0-9_]*=[^,]*(,[A-Z_][A-Z0-9_]*=[^,]*)*)?$/, 'comma-separated NAME=value pairs')
    .default('')
    .transform((s) =>
      Object.fromEntries(
        s
          .split(',')
          .filter(Boolean)
          .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
      ),
    ),
  /** Folder for V8 CPU profiles of the server process (one per server start); unset = none. */
  BENCH_CPU_PROFILE_DIR: z.string().min(1).optional(),
});

export type BenchEnv = z.infer<typeof benchEnvSchema>;

export function loadBenchEnv(env: Record<string, string | undefined> = process.env): BenchEnv {
  return benchEnvSchema.parse(env);
}
