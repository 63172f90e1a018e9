/** Every round-2 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { beautyEn, beautyEs } from './beauty.ts';
import { hardwareEn, hardwareEs } from './hardware.ts';

export const SCRIPTS_ROUND2: readonly Script[] = [beautyEn, beautyEs, hardwareEn, hardwareEs];
