import { describeDevSets } from './dev-sets.ts';

describeDevSets(['table tennis', 'drones']);
