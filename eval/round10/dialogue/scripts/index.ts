/** Every round-10 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { beekeepingEn, beekeepingEs } from './beekeeping.ts';
import { fishingEn, fishingEs } from './fishing.ts';

export const SCRIPTS_ROUND10: readonly Script[] = [fishingEn, fishingEs, beekeepingEn, beekeepingEs];
