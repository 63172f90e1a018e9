/** Round 20 of the frozen evaluation set (eval/round20/README.md): where its catalogs live, how its shop is set up. */
import { join } from 'node:path';
import { roundCatalogs } from '../dialogue/round.ts';

// As in rounds 2–19: the promo codes through the promo import, the policy text as SHOP_POLICY_TEXT;
// the cricket store is an Australian shop that sells in Australian dollars (imported as --currency AUD).
export const ROUND20 = roundCatalogs(join(import.meta.dirname, 'catalogs'), { cricket: 'AUD' });
