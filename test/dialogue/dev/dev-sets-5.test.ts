import { describeDevSets } from './dev-sets.ts';

describeDevSets(['astronomy', 'baseball']);
