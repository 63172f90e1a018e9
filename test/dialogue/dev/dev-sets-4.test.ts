import { describeDevSets } from './dev-sets.ts';

describeDevSets(['surf & skate', 'art supplies', 'running', 'formal']);
