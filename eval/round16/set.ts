/** Round 16 of the frozen evaluation set (eval/round16/README.md): where its catalogs live, how its shop is set up. */
import { join } from 'node:path';
import { roundCatalogs } from '../dialogue/round.ts';

// As in rounds 2–15: the promo codes through the promo import, the policy text as SHOP_POLICY_TEXT.
export const ROUND16 = roundCatalogs(join(import.meta.dirname, 'catalogs'));
