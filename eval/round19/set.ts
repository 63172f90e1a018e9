/** Round 19 of the frozen evaluation set (eval/round19/README.md): where its catalogs live, how its shop is set up. */
import { join } from 'node:path';
import { roundCatalogs } from '../dialogue/round.ts';

// As in rounds 2–18: the promo codes through the promo import, the policy text as SHOP_POLICY_TEXT;
// the sailing store is a UK shop that sells in pounds (imported as the app's --currency GBP).
export const ROUND19 = roundCatalogs(join(import.meta.dirname, 'catalogs'), { sailing: 'GBP' });
