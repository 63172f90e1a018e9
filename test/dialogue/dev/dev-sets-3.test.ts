import { describeDevSets } from './dev-sets.ts';

describeDevSets(['moto', 'birding', 'yoga', 'archery', 'soccer', 'astronomy-es']);
