/**
 * The LLM layer's own overhead, with a zero-latency in-memory model so only our code and the
 * AI SDK's stream plumbing are measured: time to first text (raw model stream, through the
 * adapter, through the tool loop, after one tool round) and the cost of one tool-loop step.
 */
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4StreamPart,
} from '@ai-sdk/provider';
import { z } from 'zod';
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { mean, percentile } from '../../bench/table.ts';
import { systemClock } from '../../pipeline/clock.ts';
import type { ShopTool } from '../../shop/contract.ts';
import { streamLlm } from './adapter.ts';
import { ConversationContext } from './context.ts';
import { SHOP_ASSISTANT } from './profiles.ts';
import { runToolLoop } from './tool-loop.ts';

const usage = {
  inputTokens: { total: 50, noCache: 50, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 10, text: 10, reasoning: 0 },
};

function replyParts(options: LanguageModelV4CallOptions, toolRounds: number): LanguageModelV4StreamPart[] {
  const done = options.prompt.filter((m) => m.role === 'tool').length;
  if (done < toolRounds) {
    return [
      { type: 'stream-start', warnings: [] },
      { type: 'tool-call', toolCallId: `c${done}`, toolName: 'search_products', input: '{"query":"shoes"}' },
      { type: 'finish', usage, finishReason: { unified: 'tool-calls', raw: 'tool_calls' } },
    ];
  }
  const words =
    'I found two running shoes: the Trail Runner for 89 dollars and the Road Racer for 120.'.split(' ');
  return [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 't' },
    ...words.map((w) => ({ type: 'text-delta' as const, id: 't', delta: `${w} ` })),
    { type: 'text-end', id: 't' },
    { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
  ];
}

/** A model that answers instantly: `toolRounds` tool calls first, then a sentence. */
function instantModel(toolRounds: number): LanguageModelV4 {
  return {
    specificationVersion: 'v4',
    provider: 'bench',
    modelId: 'instant',
    supportedUrls: {},
    async doGenerate() {
      throw new Error('stream only');
    },
    async doStream(options) {
      const parts = replyParts(options, toolRounds);
      return {
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(c) {
            for (const p of parts) c.enqueue(p);
            c.close();
          },
        }),
      };
    },
  };
}

const instantTool: ShopTool = {
  name: 'search_products',
  description: 'Search the catalog',
  inputSchema: z.object({ query: z.string() }),
  policy: { cancelOnInterruption: true, timeoutMs: 5000, fillerAfterMs: 1000 },
  async execute() {
    return { result: { items: [{ id: 'p1', name: 'Trail Runner', price: 89 }] } };
  },
};

async function ttftRaw(model: LanguageModelV4): Promise<number> {
  const t0 = performance.now();
  const { stream } = await model.doStream({
    prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
  });
  const reader = stream.getReader();
  let first = Number.NaN;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (Number.isNaN(first) && value.type === 'text-delta') first = performance.now() - t0;
  }
  return first;
}

async function ttftAdapter(model: LanguageModelV4): Promise<number> {
  const t0 = performance.now();
  let first = Number.NaN;
  for await (const ev of streamLlm({
    model,
    provider: 'bench',
    instructions: SHOP_ASSISTANT.instructions.en,
    messages: [{ role: 'user', content: 'find running shoes' }],
    tools: [instantTool],
    clock: systemClock,
  })) {
    if (Number.isNaN(first) && ev.type === 'text') first = performance.now() - t0;
  }
  return first;
}

async function runLoop(
  model: LanguageModelV4,
  maxToolSteps: number,
): Promise<{ ttft: number; total: number }> {
  const context = new ConversationContext({ profile: SHOP_ASSISTANT });
  context.addUserText('find running shoes');
  const t0 = performance.now();
  let first = Number.NaN;
  await runToolLoop({
    model,
    provider: 'bench',
    context,
    tools: [instantTool],
    user: { userId: 'bench', sessionId: 'bench' },
    signal: new AbortController().signal,
    clock: systemClock,
    maxToolSteps,
    onEvent: (e) => {
      if (Number.isNaN(first) && e.type === 'text' && e.source === 'llm') first = performance.now() - t0;
    },
  });
  return { ttft: first, total: performance.now() - t0 };
}

async function sample(n: number, fn: () => Promise<number>): Promise<number[]> {
  for (let i = 0; i < Math.min(3, n); i++) await fn(); // warm-up (JIT, lazy SDK paths)
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

const row = (label: string, v: number[]): (string | number)[] => [
  label,
  v.length,
  percentile(v, 50),
  percentile(v, 95),
  mean(v),
];

export async function runLlmBench(opts: BenchOptions): Promise<BenchTable[]> {
  const n = opts.quick ? 3 : 300;
  const plain = instantModel(0);
  const oneTool = instantModel(1);
  const threeTools = instantModel(3);

  const raw = await sample(n, () => ttftRaw(plain));
  const adapter = await sample(n, () => ttftAdapter(plain));
  const loop = await sample(n, async () => (await runLoop(plain, 3)).ttft);
  const afterTool = await sample(n, async () => (await runLoop(oneTool, 3)).ttft);
  const ttftTable: BenchTable = {
    title: 'LLM layer: time to first text with a zero-latency model (ms)',
    columns: ['path', 'runs', 'p50', 'p95', 'mean'],
    rows: [
      row('raw V4 doStream', raw),
      row('adapter (streamText, schema-only tools)', adapter),
      row('tool loop, no tool call', loop),
      row('tool loop, one tool round first', afterTool),
    ],
    notes: [
      'The model answers instantly, so every millisecond here is our code plus the AI SDK stream plumbing.',
      'A real provider adds its own network and model TTFT on top of these numbers.',
    ],
  };

  const zero = await sample(n, async () => (await runLoop(plain, 3)).total);
  const three = await sample(n, async () => (await runLoop(threeTools, 3)).total);
  const perStep = three.map((t, i) => (t - (zero[i] ?? 0)) / 3);
  const stepTable: BenchTable = {
    title: 'LLM layer: tool-loop overhead per tool step (ms)',
    columns: ['measure', 'runs', 'p50', 'p95', 'mean'],
    rows: [
      row('whole run, reply only', zero),
      row('whole run, 3 tool rounds then reply', three),
      row('per tool step (difference / 3)', perStep),
    ],
    notes: [
      'One tool step = one more model call through the adapter, zod validation, an instant tool, history update.',
    ],
  };
  return [ttftTable, stepTable];
}
