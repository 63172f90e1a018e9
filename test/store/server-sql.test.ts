/**
 * The server reaches the database only through src/store repositories (docs/architecture.md):
 * a query builder call in src/server is a repository method waiting to be written.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('SQL lives in src/store', () => {
  it('src/server builds no queries of its own', async () => {
    const found: string[] = [];
    for (const file of await sourceFiles('src/server')) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (QUERY.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found, 'move these queries into a repository in src/store/repositories').toEqual([]);
  });

  it('the check sees a query when there is one', () => {
    expect(QUERY.test("await db.selectFrom('users').select('id')")).toBe(true);
    expect(QUERY.test('const rows = await users.profile(id);')).toBe(false);
  });
});
