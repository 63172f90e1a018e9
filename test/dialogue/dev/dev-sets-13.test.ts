import { describeDevSets } from './dev-sets.ts';

describeDevSets(['home gym (es)', 'tattoo']);
