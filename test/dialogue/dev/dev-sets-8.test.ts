import { describeDevSets } from './dev-sets.ts';

describeDevSets(['volleyball', 'cheese']);
