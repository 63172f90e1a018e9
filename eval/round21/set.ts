/** Round 21 of the frozen evaluation set (eval/round21/README.md): where its catalogs live, how its shop is set up. */
import { join } from 'node:path';
import { roundCatalogs } from '../dialogue/round.ts';

// As in rounds 2–20: the promo codes through the promo import, the policy text as SHOP_POLICY_TEXT;
// the lacrosse store is a Canadian shop that sells in Canadian dollars (imported as --currency CAD).
export const ROUND21 = roundCatalogs(join(import.meta.dirname, 'catalogs'), { lacrosse: 'CAD' });
