/** Round 17 of the frozen evaluation set (eval/round17/README.md): where its catalogs live, how its shop is set up. */
import { join } from 'node:path';
import { roundCatalogs } from '../dialogue/round.ts';

// As in rounds 2–16: the promo codes through the promo import, the policy text as SHOP_POLICY_TEXT.
export const ROUND17 = roundCatalogs(join(import.meta.dirname, 'catalogs'));
