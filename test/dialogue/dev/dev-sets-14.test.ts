import { describeDevSets } from './dev-sets.ts';

describeDevSets(['lapidary', 'soap']);
