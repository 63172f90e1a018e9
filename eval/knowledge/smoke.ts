/**
 * The smoke test every frozen knowledge set runs (no accuracy floor: numbers live in each set's
 * README): the set loads with the sizes its README states, every expectation names a listed
 * document and a section that document really has, every fact is said in that section, questions
 * expect documents in the language the set's rule says, and the bench runs on SQLite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOfFile } from '../../src/agents/knowledge/index.ts';
import { parseDocument } from '../../src/agents/knowledge/parse.ts';
import { fold } from '../../src/agents/knowledge/terms.ts';
import type { BenchOptions, BenchTable } from '../../src/bench/table.ts';
import { type KnowledgeSetDir, loadKnowledgeSet } from './bench.ts';

export interface KnowledgeSetShape {
  documents: number;
  /** Spanish documents, when the README states how many. */
  spanishDocuments?: number;
  questions: number;
  /** Answerable and unanswerable questions: English, then Spanish. */
  answerable: { en: number; enNone: number; es: number; esNone: number };
  /**
   * Which document language a question expects. `same`: its own. `restated`: English questions
   * English documents; Spanish ones may expect an English document unless a Spanish one restates it
   * (`restatedInSpanish`), and `spanishOverEnglish` of them do. Absent: no language rule.
   */
  languageRule?:
    | { kind: 'same' }
    | { kind: 'restated'; restatedInSpanish: readonly string[]; spanishOverEnglish: number };
}

const baseName = (file: string) => file.split('/').pop()!;

export function describeKnowledgeSetSmoke(
  title: string,
  set: KnowledgeSetDir,
  shape: KnowledgeSetShape,
  runBench: (opts: BenchOptions) => Promise<BenchTable[]>,
): void {
  describe(title, () => {
    const { questions, documents } = loadKnowledgeSet(set);
    const parsed = new Map(
      documents.map((d) => {
        const text = readFileSync(join(set.dir, 'docs', d.file), 'utf8');
        return [baseName(d.file), parseDocument(text, formatOfFile(d.file)!, d.file)] as const;
      }),
    );
    const language = new Map(documents.map((d) => [baseName(d.file), d.language]));

    it('has the sizes its README states', () => {
      expect(documents).toHaveLength(shape.documents);
      expect(new Set(documents.map((d) => baseName(d.file))).size).toBe(shape.documents);
      if (shape.spanishDocuments !== undefined)
        expect(documents.filter((d) => d.language === 'es')).toHaveLength(shape.spanishDocuments);
      expect(questions).toHaveLength(shape.questions);
      expect(new Set(questions.map((q) => q.id)).size).toBe(shape.questions);
      const count = (lang: string, answerable: boolean) =>
        questions.filter((q) => q.lang === lang && (q.expect !== null) === answerable).length;
      const { en, enNone, es, esNone } = shape.answerable;
      expect([count('en', true), count('en', false), count('es', true), count('es', false)]).toEqual([
        en,
        enNone,
        es,
        esNone,
      ]);
      if (shape.languageRule?.kind === 'restated') {
        const esOverEnglish = questions.filter(
          (q) => q.lang === 'es' && q.expect && language.get(q.expect.document) === 'en',
        );
        expect(esOverEnglish).toHaveLength(shape.languageRule.spanishOverEnglish);
      }
    });

    it('names real documents and sections, and every fact is said in the expected section', () => {
      for (const q of questions) {
        if (!q.expect) {
          expect(q.facts, q.id).toEqual([]);
          continue;
        }
        const doc = parsed.get(q.expect.document);
        expect(doc, `${q.id}: ${q.expect.document}`).toBeDefined();
        const section = q.expect.section;
        const sections = doc!.sections.filter((s) => !section || s.headings.includes(section));
        expect(sections.length, `${q.id}: section "${section}"`).toBeGreaterThan(0);
        const text = fold(sections.map((s) => s.text).join('\n'));
        expect(q.facts.length, q.id).toBeGreaterThan(0);
        for (const fact of q.facts) expect(text, `${q.id}: fact "${fact}"`).toContain(fold(fact));
      }
    });

    const rule = shape.languageRule;
    if (rule?.kind === 'same')
      it('expects Spanish questions to be answered from Spanish documents, English from English', () => {
        for (const q of questions) if (q.expect) expect(language.get(q.expect.document), q.id).toBe(q.lang);
      });
    if (rule?.kind === 'restated')
      it('expects English questions from English documents, and Spanish ones from a Spanish restatement where there is one', () => {
        for (const q of questions) {
          if (!q.expect) continue;
          if (q.lang === 'en') expect(language.get(q.expect.document), q.id).toBe('en');
          else expect(rule.restatedInSpanish, q.id).not.toContain(q.expect.document);
        }
      });

    it('the bench runs on SQLite and reports every language', { timeout: 120_000 }, async () => {
      const tables = await runBench({ quick: true });
      expect(tables).toHaveLength(1);
      expect(tables[0]?.title).toContain(set.name);
      expect(tables[0]?.rows.map((r) => r[0])).toEqual(['en', 'es', 'all']);
      expect(tables[0]?.rows[2]?.[1]).toBe(shape.questions);
    });
  });
}
