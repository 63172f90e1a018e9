/** Smoke test of the fourth frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE4, runKnowledge4Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'fourth frozen knowledge set (eval/knowledge4)',
  KNOWLEDGE4,
  {
    documents: 30,
    questions: 144,
    answerable: { en: 104, enNone: 10, es: 26, esNone: 4 },
    languageRule: { kind: 'same' },
  },
  runKnowledge4Bench,
);
