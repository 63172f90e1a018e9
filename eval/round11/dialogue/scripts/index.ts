/** Every round-11 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { trainsEn, trainsEs } from './model-trains.ts';
import { tennisEn, tennisEs } from './tennis.ts';

export const SCRIPTS_ROUND11: readonly Script[] = [tennisEn, tennisEs, trainsEn, trainsEs];
