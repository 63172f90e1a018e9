import { expect } from 'vitest';
import type { ToolContext, ToolName, UiEvent } from '../../src/shop/contract.ts';
import type { ShopErrorCode } from '../../src/shop/errors.ts';
import { runShopTool, type ShopToolset } from '../../src/shop/tools/index.ts';
import { parseUiEvent } from '../../src/shop/ui-events.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read tool results loosely and assert on them
export type Loose = any;

let seq = 0;

/**
 * Runs a tool like the tool loop does; every UI event is schema-validated on the way out.
 * Each call gets a fresh tool call id (as from a real model) unless the context's id starts with
 * "fixed:", which is how the tests replay one call.
 */
export async function call(
  set: ShopToolset,
  name: ToolName,
  input: unknown,
  ctx: ToolContext,
): Promise<{ ok: boolean; result: Loose; ui: UiEvent[] }> {
  seq += 1;
  const c = ctx.toolCallId.startsWith('fixed:') ? ctx : { ...ctx, toolCallId: `${ctx.toolCallId}.${seq}` };
  const out = await runShopTool(set.byName.get(name)!, input, c);
  const ui = (out.ui ?? []).map((e) => parseUiEvent(e));
  return { ok: out.ok, result: out.result as Loose, ui };
}

export async function expectRefused(
  p: Promise<{ ok: boolean; result: Loose }>,
  code: ShopErrorCode,
): Promise<Loose> {
  const r = await p;
  expect(r.ok, JSON.stringify(r.result)).toBe(false);
  expect(r.result.error.code).toBe(code);
  return r.result;
}
