import { describeDevSets } from './dev-sets.ts';

describeDevSets(['disc golf', 'knitting']);
