/** Helpers shared by the tool files: typed definition, policies, and the error-to-result runner. */
import { z } from 'zod';
import type { ShopTool, ToolContext, ToolOutcome, ToolPolicy } from '../contract.ts';
import { type ToolErrorResult, throwIfAborted, toToolErrorResult } from '../errors.ts';
import type { ShopConfig } from './config.ts';
import type { ShopServices } from './services.ts';

export function defineTool<S extends z.ZodType, R>(tool: {
  name: ShopTool['name'];
  description: string;
  inputSchema: S;
  policy: ToolPolicy;
  execute(input: z.output<S>, ctx: ToolContext): Promise<ToolOutcome<R>>;
}): ShopTool<z.output<S>, R> {
  return tool as unknown as ShopTool<z.output<S>, R>;
}

/** Reads: abandoned when the shopper interrupts, filler when slow. */
export function readPolicy(config: ShopConfig): ToolPolicy {
  return {
    cancelOnInterruption: true,
    fillerAfterMs: config.SHOP_FILLER_AFTER_MS,
    timeoutMs: config.SHOP_TOOL_TIMEOUT_MS,
  };
}

/** Writes: never abandoned half-way by an interruption; the result still reaches the context. */
export function writePolicy(config: ShopConfig, timeoutMs = config.SHOP_TOOL_TIMEOUT_MS): ToolPolicy {
  return { cancelOnInterruption: false, fillerAfterMs: config.SHOP_FILLER_AFTER_MS, timeoutMs };
}

/** The acting user for this call (a verified guest acts as the account it proved). */
export async function actorId(services: ShopServices, ctx: ToolContext): Promise<string> {
  throwIfAborted(ctx.abortSignal);
  return (await services.identity.resolveActor(ctx)).userId;
}

export const idString = (what: string) => z.string().trim().min(1).max(200).describe(what);

/** Choosing a variant by its options other than size and colour (add_to_cart, check_availability…). */
export const optionInputs = {
  options: z
    .record(z.string().trim().min(1).max(60), z.string().trim().min(1).max(100))
    .refine((o) => Object.keys(o).length <= 5, 'at most 5 options')
    .optional()
    .describe(
      'Options other than size and colour, by the names get_product lists: {"Length": "100 ft"}, {"Pieces": "1000"}',
    ),
  option: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'An option value the shopper said without naming the option: "100 ml", "20V", "1000 pieces", "pack of 3"',
    ),
};

/**
 * Validates the raw arguments, runs the tool and turns a refusal (bad input, typed shop error)
 * into a result the LLM can act on. Anything else is a bug and is rethrown.
 */
export async function runShopTool(
  tool: ShopTool,
  rawInput: unknown,
  ctx: ToolContext,
): Promise<ToolOutcome<unknown> & { ok: boolean }> {
  const parsed = tool.inputSchema.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return { ok: false, result: { error: { code: 'invalid_input', message } } satisfies ToolErrorResult };
  }
  try {
    const outcome = await tool.execute(parsed.data, ctx);
    return { ok: true, ...outcome };
  } catch (err) {
    const refused = toToolErrorResult(err);
    if (refused) return { ok: false, result: refused };
    throw err;
  }
}
