/** Every round-14 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { astronomyEn, astronomyEs } from './astronomy.ts';
import { bowlingEn, bowlingEs } from './bowling.ts';

export const SCRIPTS_ROUND14: readonly Script[] = [astronomyEn, astronomyEs, bowlingEn, bowlingEs];
