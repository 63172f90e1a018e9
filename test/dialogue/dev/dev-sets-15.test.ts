import { describeDevSets } from './dev-sets.ts';

describeDevSets(['bonsai (es)', 'workwear (es)']);
