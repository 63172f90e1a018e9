/**
 * The client process of the end-to-end benchmarks (forked with `serialization: 'advanced'`):
 * receives a plan over IPC, runs `clients` simulated shoppers against the server (started
 * `staggerMs` apart so their turns do not line up), and sends back every conversation's result.
 * Running the clients in their own process keeps their work off the server's event loop.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type BenchUtterance, type ConversationResult, runConversation } from './conversation.ts';

export interface DriverPlan {
  url: string;
  /** Where client i POSTs /start: startUrls[i mod length] (several nodes); default `url`. */
  startUrls?: string[];
  clients: number;
  utterances: BenchUtterance[];
  turnsPerClient: number;
  /** Conversations stop starting turns this long after the driver starts. */
  durationMs: number;
  staggerMs: number;
  /** Client i starts at utterance i × offsetStep (default 3). */
  offsetStep?: number;
  thinkMs: number;
  replyTimeoutMs: number;
  underrunToleranceMs: number;
  quietMs: number;
  waitLastReply?: boolean;
}

/** Event-loop delay of a process over a run (a stalled client delays bot audio it receives). */
export interface LoopLag {
  p99Ms: number;
  maxMs: number;
}

export type DriverMessage =
  | { type: 'result'; conversations: ConversationResult[]; loopLag: LoopLag }
  | { type: 'error'; message: string };

export async function runDriverPlan(plan: DriverPlan): Promise<ConversationResult[]> {
  const deadline = performance.now() + plan.durationMs;
  const runs: Promise<ConversationResult>[] = [];
  for (let i = 0; i < plan.clients; i++) {
    const delay = i * plan.staggerMs;
    runs.push(
      new Promise<void>((r) => setTimeout(r, delay)).then(() =>
        runConversation({
          url: plan.startUrls?.length ? plan.startUrls[i % plan.startUrls.length]! : plan.url,
          utterances: plan.utterances,
          offset: i * (plan.offsetStep ?? 3),
          maxTurns: plan.turnsPerClient,
          deadline,
          thinkMs: plan.thinkMs,
          replyTimeoutMs: plan.replyTimeoutMs,
          underrunToleranceMs: plan.underrunToleranceMs,
          quietMs: plan.quietMs,
          ...(plan.waitLastReply === undefined ? {} : { waitLastReply: plan.waitLastReply }),
        }).catch((err: unknown) => ({
          sessionId: undefined,
          connectMs: Number.NaN,
          turns: [],
          errors: [`client ${i}: ${(err as Error).message}`],
        })),
      ),
    );
  }
  return Promise.all(runs);
}

if (process.send) {
  process.once('message', (msg: { type: 'run'; plan: DriverPlan }) => {
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    runDriverPlan(msg.plan).then(
      (conversations) => {
        lag.disable();
        const loopLag = { p99Ms: lag.percentile(99) / 1e6, maxMs: lag.max / 1e6 };
        process.send?.({ type: 'result', conversations, loopLag } satisfies DriverMessage);
      },
      (err: unknown) => process.send?.({ type: 'error', message: String(err) } satisfies DriverMessage),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
