/** Every round-5 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { camerasEn, camerasEs } from './cameras.ts';
import { textilesEn, textilesEs } from './textiles.ts';

export const SCRIPTS_ROUND5: readonly Script[] = [textilesEn, textilesEs, camerasEn, camerasEs];
