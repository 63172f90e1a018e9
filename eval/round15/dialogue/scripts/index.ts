/** Every round-15 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { hockeyEn, hockeyEs } from './hockey.ts';
import { reptileEn, reptileEs } from './reptile.ts';

export const SCRIPTS_ROUND15: readonly Script[] = [hockeyEn, hockeyEs, reptileEn, reptileEs];
