import { describeDevSets } from './dev-sets.ts';

describeDevSets(['fencing', 'home gym']);
