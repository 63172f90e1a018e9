/** Smoke test of the seventh development knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE_DEV7, runKnowledgeDev7Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'seventh development knowledge set (eval/knowledge-dev7)',
  KNOWLEDGE_DEV7,
  {
    documents: 7,
    spanishDocuments: 1,
    questions: 20,
    answerable: { en: 7, enNone: 3, es: 8, esNone: 2 },
    // No English page is restated in Spanish: 7 Spanish questions expect an English page.
    languageRule: { kind: 'restated', restatedInSpanish: [], spanishOverEnglish: 7 },
  },
  runKnowledgeDev7Bench,
);
