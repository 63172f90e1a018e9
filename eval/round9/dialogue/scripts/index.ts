/** Every round-9 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { aquariumEn, aquariumEs } from './aquarium.ts';
import { musicEn, musicEs } from './music.ts';

export const SCRIPTS_ROUND9: readonly Script[] = [musicEn, musicEs, aquariumEn, aquariumEs];
