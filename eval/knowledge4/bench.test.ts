/**
 * Smoke test of the fourth frozen knowledge set (no accuracy floor: its numbers are in README.md).
 * The set loads with the sizes its README states, every expectation names a listed document and a
 * section that document really has, every fact is said in that section, and the bench runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOfFile } from '../../src/agents/knowledge/index.ts';
import { parseDocument } from '../../src/agents/knowledge/parse.ts';
import { fold } from '../../src/agents/knowledge/terms.ts';
import { loadKnowledgeSet } from '../knowledge/bench.ts';
import { KNOWLEDGE4, runKnowledge4Bench } from './bench.ts';

describe('fourth frozen knowledge set (eval/knowledge4)', () => {
  const { questions, documents } = loadKnowledgeSet(KNOWLEDGE4);
  const parsed = new Map(
    documents.map((d) => {
      const text = readFileSync(join(KNOWLEDGE4.dir, 'docs', d.file), 'utf8');
      return [d.file.split('/').pop()!, parseDocument(text, formatOfFile(d.file)!, d.file)] as const;
    }),
  );

  it('has the sizes its README states', () => {
    expect(documents).toHaveLength(30);
    expect(new Set(documents.map((d) => d.file.split('/').pop())).size).toBe(30);
    expect(questions).toHaveLength(144);
    expect(new Set(questions.map((q) => q.id)).size).toBe(144);
    const count = (lang: string, answerable: boolean) =>
      questions.filter((q) => q.lang === lang && (q.expect !== null) === answerable).length;
    expect([count('en', true), count('en', false), count('es', true), count('es', false)]).toEqual([
      104, 10, 26, 4,
    ]);
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

  it('expects Spanish questions to be answered from Spanish documents, English from English', () => {
    const language = new Map(documents.map((d) => [d.file.split('/').pop()!, d.language]));
    for (const q of questions) if (q.expect) expect(language.get(q.expect.document), q.id).toBe(q.lang);
  });

  it('the bench runs on SQLite and reports every language', { timeout: 120_000 }, async () => {
    const tables = await runKnowledge4Bench({ quick: true });
    expect(tables).toHaveLength(1);
    expect(tables[0]?.title).toContain('eval/knowledge4');
    expect(tables[0]?.rows.map((r) => r[0])).toEqual(['en', 'es', 'all']);
    expect(tables[0]?.rows[2]?.[1]).toBe(144);
  });
});
