import { describeDevSets } from './dev-sets.ts';

describeDevSets(['vajilla (es)']);
