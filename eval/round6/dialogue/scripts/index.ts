/** Every round-6 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { golfEn, golfEs } from './golf.ts';
import { lightingEn, lightingEs } from './lighting.ts';

export const SCRIPTS_ROUND6: readonly Script[] = [lightingEn, lightingEs, golfEn, golfEs];
