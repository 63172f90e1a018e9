/** Every round-4 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { carEn, carEs } from './car.ts';
import { jewelryEn, jewelryEs } from './jewelry.ts';

export const SCRIPTS_ROUND4: readonly Script[] = [jewelryEn, jewelryEs, carEn, carEs];
