/**
 * Smoke test of the sixth frozen knowledge set (no accuracy floor: its numbers are in README.md).
 * The set loads with the sizes its README states, every expectation names a listed document and a
 * section that document really has, every fact is said in that section, Spanish questions expect a
 * Spanish document wherever one restates the English policy, and the bench runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOfFile } from '../../src/agents/knowledge/index.ts';
import { parseDocument } from '../../src/agents/knowledge/parse.ts';
import { fold } from '../../src/agents/knowledge/terms.ts';
import { loadKnowledgeSet } from '../knowledge/bench.ts';
import { KNOWLEDGE6, runKnowledge6Bench } from './bench.ts';

/** English documents a Spanish document restates: a Spanish question on them expects the Spanish one. */
const RESTATED_IN_SPANISH = ['shipping.md', 'returns.md', 'installation.md'];

describe('sixth frozen knowledge set (eval/knowledge6)', () => {
  const { questions, documents } = loadKnowledgeSet(KNOWLEDGE6);
  const parsed = new Map(
    documents.map((d) => {
      const text = readFileSync(join(KNOWLEDGE6.dir, 'docs', d.file), 'utf8');
      return [d.file.split('/').pop()!, parseDocument(text, formatOfFile(d.file)!, d.file)] as const;
    }),
  );
  const language = new Map(documents.map((d) => [d.file.split('/').pop()!, d.language]));

  it('has the sizes its README states', () => {
    expect(documents).toHaveLength(31);
    expect(new Set(documents.map((d) => d.file.split('/').pop())).size).toBe(31);
    expect(documents.filter((d) => d.language === 'es')).toHaveLength(7);
    expect(questions).toHaveLength(84);
    expect(new Set(questions.map((q) => q.id)).size).toBe(84);
    const count = (lang: string, answerable: boolean) =>
      questions.filter((q) => q.lang === lang && (q.expect !== null) === answerable).length;
    expect([count('en', true), count('en', false), count('es', true), count('es', false)]).toEqual([
      39, 3, 39, 3,
    ]);
    const esOverEnglish = questions.filter(
      (q) => q.lang === 'es' && q.expect && language.get(q.expect.document) === 'en',
    );
    expect(esOverEnglish).toHaveLength(15);
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

  it('expects English questions from English documents, and Spanish ones from a Spanish restatement where there is one', () => {
    for (const q of questions) {
      if (!q.expect) continue;
      if (q.lang === 'en') expect(language.get(q.expect.document), q.id).toBe('en');
      else expect(RESTATED_IN_SPANISH, q.id).not.toContain(q.expect.document);
    }
  });

  it('the bench runs on SQLite and reports every language', { timeout: 120_000 }, async () => {
    const tables = await runKnowledge6Bench({ quick: true });
    expect(tables).toHaveLength(1);
    expect(tables[0]?.title).toContain('eval/knowledge6');
    expect(tables[0]?.rows.map((r) => r[0])).toEqual(['en', 'es', 'all']);
    expect(tables[0]?.rows[2]?.[1]).toBe(84);
  });
});
