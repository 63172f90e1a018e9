/** Every round-17 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { gamesEn, gamesEs } from './games.ts';
import { skateEn, skateEs } from './skate.ts';

export const SCRIPTS_ROUND17: readonly Script[] = [skateEn, skateEs, gamesEn, gamesEs];
