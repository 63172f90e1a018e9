/** Every round-12 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { danceEn, danceEs } from './dance.ts';
import { martialEn, martialEs } from './martial-arts.ts';

export const SCRIPTS_ROUND12: readonly Script[] = [danceEn, danceEs, martialEn, martialEs];
