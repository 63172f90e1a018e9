/** Every round-18 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { cleaningEn, cleaningEs } from './cleaning.ts';
import { jugglingEn, jugglingEs } from './juggling.ts';

export const SCRIPTS_ROUND18: readonly Script[] = [jugglingEn, jugglingEs, cleaningEn, cleaningEs];
