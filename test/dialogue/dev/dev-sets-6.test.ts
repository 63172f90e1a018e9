import { describeDevSets } from './dev-sets.ts';

describeDevSets(['hockey', 'woodworking']);
