/** Every round-7 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { skiEn, skiEs } from './ski.ts';
import { wineEn, wineEs } from './wine.ts';

export const SCRIPTS_ROUND7: readonly Script[] = [skiEn, skiEs, wineEn, wineEs];
