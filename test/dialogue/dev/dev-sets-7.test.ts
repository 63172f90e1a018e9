import { describeDevSets } from './dev-sets.ts';

describeDevSets(['basketball', 'padel']);
