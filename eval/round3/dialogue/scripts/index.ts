/** Every round-3 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { bikesEn, bikesEs } from './bikes.ts';
import { coffeeEn, coffeeEs } from './coffee.ts';

export const SCRIPTS_ROUND3: readonly Script[] = [coffeeEn, coffeeEs, bikesEn, bikesEs];
