import { describeDevSets } from './dev-sets.ts';

describeDevSets(['rug tufting', 'metal detecting']);
