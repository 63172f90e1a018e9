/**
 * "Add a wool cone in rust plus two of the acrylic in oat": when the shop adds one product of a
 * request for several and refuses another (a value it must ask for, a sold-out variant), the reply
 * tells both: what was added, then what the refusal asks. Left out, the shopper would think every
 * product was added. Pure.
 */
import type { Language } from '../../contract.ts';
import { replyTo } from '../replies/replies.ts';
import type { ToolExchange } from '../state.ts';
import { type Action, say } from './actions.ts';

/** A refusal's reply, after what the same turn did add ("Added the winder. Which weight of the wool …"). */
export function withAddedFirst(done: ToolExchange[], refusal: string, lang: Language): string {
  const added = done.filter((c) => c.name === 'add_to_cart' && !c.error);
  if (added.length === 0) return refusal;
  return `${replyTo(added, lang).replace(/\s*(Anything else\?|¿Algo más\?)$/, '')} ${refusal}`;
}

export function partlyAdded(done: ToolExchange[], lang: Language): Action | undefined {
  const adds = done.filter((c) => c.name === 'add_to_cart');
  const added = adds.filter((c) => !c.error);
  const refused = adds.filter((c) => c.error);
  if (added.length === 0 || refused.length === 0) return undefined;
  const head = replyTo(added, lang).replace(/\s*(Anything else\?|¿Algo más\?)$/, '');
  return say(`${head} ${replyTo([refused[0]!], lang)}`);
}
