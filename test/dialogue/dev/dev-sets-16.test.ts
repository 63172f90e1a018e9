import { describeDevSets } from './dev-sets.ts';

describeDevSets(['scooter']);
