/** Round 18 of the frozen evaluation set (eval/round18/README.md): where its catalogs live, how its shop is set up. */
import { join } from 'node:path';
import { roundCatalogs } from '../dialogue/round.ts';

// As in rounds 2–16: the promo codes through the promo import, the policy text as SHOP_POLICY_TEXT;
// the cleaning store is the first round store that sells in euros (imported as the app's --currency EUR).
export const ROUND18 = roundCatalogs(join(import.meta.dirname, 'catalogs'), { cleaning: 'EUR' });
