/** Every round-20 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { cricketEn, cricketEs } from './cricket.ts';
import { spicesEn, spicesEs } from './spices.ts';

export const SCRIPTS_ROUND20: readonly Script[] = [cricketEn, cricketEs, spicesEn, spicesEs];
