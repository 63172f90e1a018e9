/** Smoke test of the eighth development knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE_DEV8, runKnowledgeDev8Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'eighth development knowledge set (eval/knowledge-dev8)',
  KNOWLEDGE_DEV8,
  {
    documents: 11,
    spanishDocuments: 2,
    questions: 36,
    answerable: { en: 15, enNone: 3, es: 16, esNone: 2 },
    // No English page is restated in Spanish: 12 Spanish questions expect an English page.
    languageRule: { kind: 'restated', restatedInSpanish: [], spanishOverEnglish: 12 },
  },
  runKnowledgeDev8Bench,
);
