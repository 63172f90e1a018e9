import { describeDevSets } from './dev-sets.ts';

describeDevSets(['luggage', 'party supplies', 'pharmacy', 'climbing', 'homebrew']);
