/** Every round-8 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { equestrianEn, equestrianEs } from './equestrian.ts';
import { paddleEn, paddleEs } from './paddle.ts';

export const SCRIPTS_ROUND8: readonly Script[] = [paddleEn, paddleEs, equestrianEn, equestrianEs];
