/**
 * The shop's tools for the LLM tool loop (and the offline engine): one per name in TOOL_NAMES,
 * each acting only for the call's user, with zod input, an LLM-facing description and a policy.
 */
import { type ShopTool, TOOL_NAMES, type ToolName } from '../contract.ts';
import { accountTools } from './account.ts';
import { CallDedup, dedupWrites } from './call-dedup.ts';
import { cartTools } from './cart.ts';
import { catalogTools } from './catalog.ts';
import { knowledgeTools } from './knowledge.ts';
import { memoryTools } from './memory.ts';
import { orderTools } from './orders.ts';
import { researchTools } from './research.ts';
import { createShopServices, type ShopDeps, type ShopServices } from './services.ts';
import { storeInfoTools } from './store-info.ts';
import { supportTools } from './support.ts';

export { runShopTool } from './define.ts';
export type { ShopDeps, ShopServices } from './services.ts';
export { createShopServices } from './services.ts';

export interface ShopToolset {
  tools: ShopTool[];
  byName: ReadonlyMap<ToolName, ShopTool>;
  services: ShopServices;
}

export function createShopTools(deps: ShopDeps | ShopServices): ShopToolset {
  const services = 'carts' in deps ? deps : createShopServices(deps);
  const dedup = new CallDedup();
  const tools = [
    ...catalogTools(services),
    ...cartTools(services),
    ...orderTools(services),
    ...accountTools(services),
    ...memoryTools(services),
    ...researchTools(services),
    ...supportTools(services),
    ...storeInfoTools(services),
    ...knowledgeTools(services),
  ].map((t) => dedupWrites(t, dedup));
  const byName = new Map(tools.map((t) => [t.name, t]));
  const missing = TOOL_NAMES.filter((n) => !byName.has(n));
  if (missing.length > 0 || byName.size !== tools.length) {
    throw new Error(
      `Shop tool registry out of sync with TOOL_NAMES (missing: ${missing.join(', ') || 'none'})`,
    );
  }
  // Contract order, so prompts and offline engine see the same list.
  return { tools: TOOL_NAMES.map((n) => byName.get(n)!), byName, services };
}
