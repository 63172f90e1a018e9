/** Smoke test of the third frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE3, runKnowledge3Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'third frozen knowledge set (eval/knowledge3)',
  KNOWLEDGE3,
  {
    documents: 28,
    questions: 143,
    answerable: { en: 103, enNone: 10, es: 26, esNone: 4 },
    languageRule: { kind: 'same' },
  },
  runKnowledge3Bench,
);
