/** Every round-21 frozen script, by catalog and language. */
import type { Script } from '../../../dialogue/types.ts';
import { hydroponicsEn, hydroponicsEs } from './hydroponics.ts';
import { lacrosseEn, lacrosseEs } from './lacrosse.ts';

export const SCRIPTS_ROUND21: readonly Script[] = [lacrosseEn, lacrosseEs, hydroponicsEn, hydroponicsEs];
