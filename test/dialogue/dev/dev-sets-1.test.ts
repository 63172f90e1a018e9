import { describeDevSets } from './dev-sets.ts';

describeDevSets([
  'outdoor',
  'kitchen',
  'pets',
  'electronics',
  'furniture',
  'nutrition',
  'stationery options',
  'music options',
  'eyewear',
  'pool',
]);
