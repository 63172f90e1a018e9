import { describeDevSets } from './dev-sets.ts';

describeDevSets(['baking', 'barber']);
