/** Every round-16 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { poultryEn, poultryEs } from './poultry.ts';
import { printingEn, printingEs } from './printing.ts';

export const SCRIPTS_ROUND16: readonly Script[] = [printingEn, printingEs, poultryEn, poultryEs];
