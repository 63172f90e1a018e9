/** Every round-13 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { billiardsEn, billiardsEs } from './billiards.ts';
import { scubaEn, scubaEs } from './scuba.ts';

export const SCRIPTS_ROUND13: readonly Script[] = [scubaEn, scubaEs, billiardsEn, billiardsEs];
