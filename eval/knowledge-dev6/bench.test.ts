/** Smoke test of the sixth development knowledge set (eval/knowledge/smoke.ts says what it checks). */
import { describeKnowledgeSetSmoke } from '../knowledge/smoke.ts';
import { KNOWLEDGE_DEV6, runKnowledgeDev6Bench } from './bench.ts';

describeKnowledgeSetSmoke(
  'sixth development knowledge set (eval/knowledge-dev6)',
  KNOWLEDGE_DEV6,
  {
    documents: 15,
    spanishDocuments: 2,
    questions: 76,
    answerable: { en: 47, enNone: 10, es: 13, esNone: 6 },
    // No English page is restated in Spanish: 9 Spanish questions expect an English page.
    languageRule: { kind: 'restated', restatedInSpanish: [], spanishOverEnglish: 9 },
  },
  runKnowledgeDev6Bench,
);
