/**
 * `voice-shopper knowledge import --kb NAME --kind KIND [--lang en|es] FILES…`: each file imported
 * into the knowledge base on its own (Markdown, HTML or text by its extension). A bad file is
 * reported and skipped; the files before and after it are still imported, and what the knowledge
 * base already held is never lost. `knowledge list --kb NAME` lists what is stored.
 * `knowledge prepare` builds the offline word-vector table once per machine (setup and the image
 * run it), so no search ever waits for it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  formatOfFile,
  KnowledgeBase,
  KnowledgeError,
} from '../agents/knowledge/index.ts';
import { loadWordTable, wordTableBuilt } from '../agents/knowledge/word-vectors/table.ts';
import { loadConfig } from '../config/index.ts';
import { processEnv } from '../config/process.ts';
import { withStore } from './store-commands.ts';

export const KNOWLEDGE_USAGE = `usage: voice-shopper knowledge import --kb NAME --kind KIND [--lang en|es] FILES...
       voice-shopper knowledge list --kb NAME
       voice-shopper knowledge prepare      build the offline word-vector table (once per machine)
  KIND: ${DOCUMENT_KINDS.join(', ')}; files: .md, .html, .txt (re-importing the same file changes nothing)
`;

/** Where a command writes (stdout/stderr, or a test's collector). */
export interface Output {
  write(text: string): unknown;
}

export async function knowledgeCommand(
  args: string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'prepare') return prepareWordVectors(out, err);
  let values: { kb?: string; kind?: string; lang?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { kb: { type: 'string' }, kind: { type: 'string' }, lang: { type: 'string' } },
    }));
  } catch (e) {
    err.write(`${(e as Error).message}\n${KNOWLEDGE_USAGE}`);
    return 2;
  }
  const { knowledge: config } = loadConfig(processEnv(), ['knowledge']);
  const kbName = values.kb ?? config.KNOWLEDGE_DEFAULT_KB;
  if (sub === 'list') {
    return withStore(async (store) => {
      const kb = new KnowledgeBase({ db: store.db, config, embedder: null });
      for (const d of await kb.documents.list(kbName))
        out.write(`${d.id}\t${d.kind}\t${d.source}\t${d.title}\t${d.chunks} chunks\t${d.updatedAt}\n`);
      return 0;
    });
  }
  if (sub !== 'import' || positionals.length === 0 || !values.kind) {
    err.write(KNOWLEDGE_USAGE);
    return 2;
  }
  if (!(DOCUMENT_KINDS as readonly string[]).includes(values.kind)) {
    err.write(`unknown kind "${values.kind}"\n${KNOWLEDGE_USAGE}`);
    return 2;
  }
  if (values.lang && values.lang !== 'en' && values.lang !== 'es') {
    err.write(`unknown language "${values.lang}": en or es\n`);
    return 2;
  }
  const language = (values.lang ?? 'en') as 'en' | 'es';
  return withStore(async (store) => {
    const kb = new KnowledgeBase({ db: store.db, config });
    let failed = 0;
    for (const file of positionals) {
      const format = formatOfFile(file);
      try {
        if (!format) throw new KnowledgeError('bad_format', `"${file}": use .md, .html or .txt`);
        const content = await readFile(file);
        const r = await kb.importDocument(
          { kb: kbName, kind: values.kind as DocumentKind, source: basename(file), format, language },
          content,
        );
        out.write(`${r.status}\t${file}\t"${r.title}"\t${r.chunks} chunks\n`);
      } catch (e) {
        failed++;
        err.write(`failed\t${file}\t${(e as Error).message}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  });
}

/** Builds the word-vector table unless this machine has it; a failure is reported, not fatal to setup. */
async function prepareWordVectors(out: Output, err: Output): Promise<number> {
  if (wordTableBuilt()) {
    out.write('word-vector table: already built\n');
    return 0;
  }
  try {
    const table = await loadWordTable();
    out.write(`word-vector table: built (${table.index.size} words, ${table.dimensions} dimensions)\n`);
    return 0;
  } catch (e) {
    err.write(`word-vector table: ${(e as Error).message}\n`);
    return 1;
  }
}
