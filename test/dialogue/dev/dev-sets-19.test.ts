import { describeDevSets } from './dev-sets.ts';

describeDevSets(['roller skating (es)', 'kites (es)']);
