/** Fake shop tools and an event recorder for LLM-layer tests. */
import { z } from 'zod';
import type { ToolLoopEvent } from '../../src/services/llm/tool-loop.ts';
import type { ShopTool, ToolContext, ToolOutcome, ToolPolicy } from '../../src/shop/contract.ts';

export interface FakeToolCall {
  input: unknown;
  ctx: ToolContext;
}

export function fakeTool(
  name: ShopTool['name'],
  run: (input: { query?: string; productId?: string }, ctx: ToolContext) => Promise<ToolOutcome>,
  policy: Partial<ToolPolicy> = {},
): ShopTool & { calls: FakeToolCall[]; started: Promise<void> } {
  const calls: FakeToolCall[] = [];
  let markStarted!: () => void;
  const started = new Promise<void>((r) => {
    markStarted = r;
  });
  return {
    name,
    description: `fake ${name}`,
    inputSchema: z.object({ query: z.string().min(1).optional(), productId: z.string().optional() }).strict(),
    policy: { cancelOnInterruption: true, timeoutMs: 5000, ...policy },
    calls,
    /** Resolves when execute() is first entered. */
    started,
    async execute(input, ctx) {
      calls.push({ input, ctx });
      markStarted();
      return run(input as { query?: string }, ctx);
    },
  };
}

export class EventLog {
  readonly events: ToolLoopEvent[] = [];
  #listeners: (() => void)[] = [];
  /** Optional hook run synchronously on every event (e.g. to interrupt at an exact point). */
  hook: ((e: ToolLoopEvent) => void) | undefined;

  readonly onEvent = (e: ToolLoopEvent) => {
    this.events.push(e);
    this.hook?.(e);
    for (const l of this.#listeners) l();
  };

  types(): string[] {
    return this.events.map((e) => (e.type === 'text' ? `text:${e.source}` : e.type));
  }

  text(source: 'llm' | 'filler' | 'apology' = 'llm'): string {
    return this.events
      .filter((e): e is Extract<ToolLoopEvent, { type: 'text' }> => e.type === 'text' && e.source === source)
      .map((e) => e.text)
      .join('');
  }

  of<T extends ToolLoopEvent['type']>(type: T): Extract<ToolLoopEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<ToolLoopEvent, { type: T }> => e.type === type);
  }

  /** Resolves once an event matching `pred` has been recorded. */
  waitFor(pred: (e: ToolLoopEvent) => boolean): Promise<ToolLoopEvent> {
    const found = this.events.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const check = () => {
        const hit = this.events.find(pred);
        if (hit) {
          this.#listeners = this.#listeners.filter((l) => l !== check);
          resolve(hit);
        }
      };
      this.#listeners.push(check);
    });
  }
}
