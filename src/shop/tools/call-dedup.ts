/**
 * At-most-once execution of write tools per (user, tool call id): a tool call replayed after a
 * reconnect or retried by the loop returns the first outcome instead of adding to the cart twice.
 * In memory and bounded; confirm_order additionally has its durable UNIQUE key in the database.
 */
import type { ShopTool, ToolOutcome } from '../contract.ts';

export interface CallDedupOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export class CallDedup {
  private readonly entries = new Map<string, { at: number; outcome: Promise<ToolOutcome> }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(opts: CallDedupOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 10 * 60_000;
    this.maxEntries = opts.maxEntries ?? 5000;
    this.now = opts.now ?? (() => Date.now());
  }

  run(key: string, fn: () => Promise<ToolOutcome>): Promise<ToolOutcome> {
    const t = this.now();
    const hit = this.entries.get(key);
    if (hit && t - hit.at < this.ttlMs) return hit.outcome;
    const outcome = fn();
    // A failed call may be retried for real: forget it once it has failed.
    outcome.catch(() => this.entries.delete(key));
    this.entries.set(key, { at: t, outcome });
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && t - v.at < this.ttlMs) break;
      this.entries.delete(k);
    }
    return outcome;
  }
}

/** Wraps a write tool so the same tool call id for the same user runs once. */
export function dedupWrites(tool: ShopTool, dedup: CallDedup): ShopTool {
  if (tool.policy.cancelOnInterruption) return tool;
  return {
    ...tool,
    execute: (input, ctx) => {
      // The arguments are part of the key: an id reused with different arguments is a different call.
      const key = [ctx.userId, ctx.sessionId, tool.name, ctx.toolCallId, JSON.stringify(input)].join('\n');
      return dedup.run(key, () => tool.execute(input, ctx));
    },
  };
}
