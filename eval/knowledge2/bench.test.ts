/** Smoke test of the second frozen knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE2, runKnowledge2Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'second frozen knowledge set (eval/knowledge2)',
  KNOWLEDGE2,
  {
    documents: 25,
    questions: 104,
    answerable: { en: 72, enNone: 8, es: 20, esNone: 4 },
  },
  runKnowledge2Bench,
);
