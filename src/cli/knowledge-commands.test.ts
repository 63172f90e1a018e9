import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KnowledgeBase } from '../agents/knowledge/index.ts';
import { wordTableBuilt } from '../agents/knowledge/word-vectors/table.ts';
import { openDatabase } from '../store/db.ts';
import { knowledgeCommand } from './knowledge-commands.ts';

/** Collects what a command writes. */
function sink() {
  const s = {
    text: '',
    write(x: string): boolean {
      s.text += x;
      return true;
    },
  };
  return s;
}

describe('voice-shopper knowledge import', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vs-kcli-'));
    vi.stubEnv('DATABASE_URL', undefined);
    vi.stubEnv('DATABASE_PATH', join(dir, 'shop.db'));
    vi.stubEnv('DATABASE_SQLITE_SYNCHRONOUS', 'NORMAL');
    vi.stubEnv('KNOWLEDGE_EMBEDDING_PROVIDER', undefined);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports each file, reports a bad one and keeps going, and re-imports idempotently', async () => {
    const md = join(dir, 'returns.md');
    writeFileSync(md, '# Returns\n\n## Time limit\n\nReturn within 30 days.\n');
    const bin = join(dir, 'logo.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const html = join(dir, 'pay.html');
    writeFileSync(html, '<h1>Payment</h1><h2>Cards</h2><p>We take Visa.</p>');
    const out = sink();
    const err = sink();
    const code = await knowledgeCommand(
      ['import', '--kb', 'shop', '--kind', 'policy', md, bin, html],
      out,
      err,
    );
    expect(code).toBe(1);
    expect(out.text).toMatch(
      /^created\t.*returns\.md\t"Returns"\t1 chunks\ncreated\t.*pay\.html\t"Payment"\t1 chunks\n$/,
    );
    expect(err.text).toMatch(/failed\t.*logo\.txt\t"logo\.txt" is not a text document/);
    const again = sink();
    expect(await knowledgeCommand(['import', '--kb', 'shop', '--kind', 'policy', md], again, sink())).toBe(0);
    expect(again.text).toMatch(/^unchanged\t/);
    const store = await openDatabase({ path: join(dir, 'shop.db') });
    try {
      const kb = new KnowledgeBase({ db: store.db, embedder: null });
      expect((await kb.documents.list('shop')).map((d) => d.title)).toEqual(['Payment', 'Returns']);
      const [hit] = await kb.search({ kb: 'shop', query: 'how long do I have to return it?' });
      expect(hit?.text).toBe('Return within 30 days.');
    } finally {
      await store.close();
    }
  });

  it('refuses an unknown kind or a missing --kind with the usage', async () => {
    const err = sink();
    expect(await knowledgeCommand(['import', '--kb', 'shop', '--kind', 'rumour', 'x.md'], sink(), err)).toBe(
      2,
    );
    expect(err.text).toMatch(/unknown kind "rumour"/);
    const err2 = sink();
    expect(await knowledgeCommand(['import', 'x.md'], sink(), err2)).toBe(2);
    expect(err2.text).toMatch(/usage: voice-shopper knowledge import/);
  });

  it('prepare builds the word-vector table once per machine, then only says it is there', {
    timeout: 120_000,
  }, async () => {
    const first = sink();
    expect(await knowledgeCommand(['prepare'], first, sink())).toBe(0);
    expect(first.text).toMatch(/^word-vector table: (built \(\d+ words, 100 dimensions\)|already built)\n$/);
    expect(wordTableBuilt()).toBe(true);
    const again = sink();
    expect(await knowledgeCommand(['prepare'], again, sink())).toBe(0);
    expect(again.text).toBe('word-vector table: already built\n');
  });
});
