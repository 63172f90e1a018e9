/** Every round-19 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { canningEn, canningEs } from './canning.ts';
import { sailingEn, sailingEs } from './sailing.ts';

export const SCRIPTS_ROUND19: readonly Script[] = [sailingEn, sailingEs, canningEn, canningEs];
