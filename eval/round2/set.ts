/** Round 2 of the frozen evaluation set (eval/round2/README.md): where its catalogs live, how its shop is set up. */
import { join } from 'node:path';
import { roundCatalogs } from '../dialogue/round.ts';

// Round 2 was written when the promo import and the policy text existed: the shop gets both the app's way.
export const ROUND2 = roundCatalogs(join(import.meta.dirname, 'catalogs'));
