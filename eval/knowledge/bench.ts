/**
 * `npm run bench -- --only knowledge`: the frozen knowledge set (eval/knowledge/README.md) on a
 * throwaway SQLite store: every document imported through the real importer, every question
 * searched (top-3 retrieval) and answered by the offline engine's answer (knowledge-answer.ts).
 * The same code scores later sets of the same format (eval/knowledge2) given their directory.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  formatOfFile,
  KnowledgeBase,
  loadKnowledgeConfig,
  type Passage,
} from '../../src/agents/knowledge/index.ts';
import { fold } from '../../src/agents/knowledge/terms.ts';
import { wordVectorEmbedder } from '../../src/agents/knowledge/word-vectors/embedder.ts';
import { type BenchOptions, type BenchTable, percentile } from '../../src/bench/table.ts';
import { DONT_KNOW, knowledgeAnswer } from '../../src/shop/dialogue/answers/knowledge-answer.ts';
import { spanishToEnglish } from '../../src/shop/dialogue/spanish/translate.ts';
import { type DialectName, openDatabase, type Store } from '../../src/store/db.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface Question {
  id: string;
  kb: string;
  lang: 'en' | 'es';
  question: string;
  expect: { document: string; section?: string } | null;
  facts: string[];
}
export interface DocumentEntry {
  file: string;
  kb: string;
  kind: 'policy' | 'faq' | 'size-guide' | 'fact';
  /** The document's language; this set's files predate the field (its 'appliances' kb is Spanish). */
  language?: 'en' | 'es';
}

/** A frozen set's directory (questions.json, documents.json, docs/) and the name its tables show. */
export interface KnowledgeSetDir {
  name: string;
  dir: string;
}

export const KNOWLEDGE_SET: KnowledgeSetDir = { name: 'eval/knowledge', dir: HERE };

export function loadKnowledgeSet(set: KnowledgeSetDir = KNOWLEDGE_SET): {
  questions: Question[];
  documents: DocumentEntry[];
} {
  const q = JSON.parse(readFileSync(join(set.dir, 'questions.json'), 'utf8')) as { questions: Question[] };
  const d = JSON.parse(readFileSync(join(set.dir, 'documents.json'), 'utf8')) as {
    documents: DocumentEntry[];
  };
  return { questions: q.questions, documents: d.documents };
}

export interface QuestionScore {
  id: string;
  lang: string;
  retrieved: boolean | null;
  /** The first passage is the one expected (null: nothing should answer). */
  retrievedFirst: boolean | null;
  correct: boolean;
  answer: string;
  /** Wall time of the search (Spanish: with its English reading). */
  searchMs: number;
}

/** Imports the set into `kb` and scores every question. */
export async function scoreKnowledgeSet(
  kb: KnowledgeBase,
  set: KnowledgeSetDir = KNOWLEDGE_SET,
): Promise<QuestionScore[]> {
  const { questions, documents } = loadKnowledgeSet(set);
  for (const doc of documents) {
    const format = formatOfFile(doc.file)!;
    const language = doc.language ?? (doc.kb === 'appliances' ? 'es' : 'en');
    await kb.importDocument(
      { kb: doc.kb, kind: doc.kind, source: doc.file.split('/').pop()!, format, language },
      readFileSync(join(set.dir, 'docs', doc.file)),
    );
  }
  const out: QuestionScore[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    const passages = await kb.search({ kb: q.kb, query: q.question, language: q.lang, limit: 3 });
    const searchMs = performance.now() - t0;
    const answer = knowledgeAnswer(passages, q.question, q.lang);
    out.push({
      id: q.id,
      lang: q.lang,
      retrieved: q.expect ? passages.some((p) => hits(p, q.expect!)) : null,
      retrievedFirst: q.expect ? passages[0] !== undefined && hits(passages[0], q.expect) : null,
      correct: isCorrect(q, passages, answer),
      answer,
      searchMs,
    });
  }
  return out;
}

function hits(p: Passage, expect: { document: string; section?: string }): boolean {
  return p.source === expect.document && (!expect.section || p.headings.includes(expect.section));
}

function isCorrect(q: Question, passages: Passage[], answer: string): boolean {
  const dontKnow = answer === DONT_KNOW.en || answer === DONT_KNOW.es;
  if (!q.expect) return dontKnow;
  if (dontKnow) return false;
  const said = fold(answer);
  const title = passages[0]?.title ?? '';
  return (
    passages[0]?.source === q.expect.document &&
    said.includes(fold(title)) &&
    q.facts.every((f) => said.includes(fold(f)))
  );
}

function embedderOfBench() {
  const kind = process.env.BENCH_KNOWLEDGE_EMBEDDINGS ?? 'none';
  if (kind === 'none') return null;
  if (kind === 'word-vectors') return wordVectorEmbedder();
  throw new Error(`BENCH_KNOWLEDGE_EMBEDDINGS must be none or word-vectors, not ${kind}`);
}

const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** A throwaway store: in-memory SQLite, or a fresh schema on PostgreSQL dropped afterwards. */
async function benchStore(dialect: DialectName): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const store = await openDatabase({ path: ':memory:' });
    return { store, cleanup: () => store.close() };
  }
  const schema = `vs_kbench_${randomBytes(5).toString('hex')}`;
  const store = await openDatabase({ url: PG_URL, schema });
  return {
    store,
    cleanup: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

async function benchOn(dialect: DialectName, set: KnowledgeSetDir): Promise<BenchTable> {
  const { store, cleanup } = await benchStore(dialect);
  try {
    // BENCH_KNOWLEDGE_EMBEDDINGS=word-vectors: hybrid search with the offline word vectors.
    const embedder = embedderOfBench();
    const kb = new KnowledgeBase({
      db: store.db,
      embedder,
      // The server's knowledge settings from the environment (KNOWLEDGE_MIN_SIMILARITY, …).
      config: loadKnowledgeConfig(process.env),
      // As the server wires it: Spanish questions get a second, English reading.
      translate: spanishToEnglish,
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    // The translator's pipeline up first: a cold start under load outlasts the search's budget
    // for it, and the score must not depend on the machine's load.
    await spanishToEnglish('hola').catch(() => undefined);
    const scores = await scoreKnowledgeSet(kb, set);
    const rows: (string | number)[][] = [];
    for (const lang of ['en', 'es', 'all']) {
      const set = scores.filter((s) => lang === 'all' || s.lang === lang);
      const answerable = set.filter((s) => s.retrieved !== null);
      const top3 = answerable.filter((s) => s.retrieved).length;
      const correct = set.filter((s) => s.correct).length;
      rows.push([
        lang,
        set.length,
        `${top3}/${answerable.length}`,
        pct(top3, answerable.length),
        `${correct}/${set.length}`,
        pct(correct, set.length),
        ms(
          percentile(
            set.map((s) => s.searchMs),
            50,
          ),
        ),
        ms(
          percentile(
            set.map((s) => s.searchMs),
            95,
          ),
        ),
      ]);
    }
    const misses = scores.filter((s) => !s.correct || s.retrieved === false);
    // The misses go to a file: a frozen set's questions must not be read by whoever tunes.
    const missesFile = `bench-results/${set.name.replace(/\W+/g, '-')}-${dialect}-${embedder ? 'vectors' : 'fts'}-misses.json`;
    await mkdir('bench-results', { recursive: true });
    await writeFile(
      missesFile,
      `${JSON.stringify(
        misses.map((m) => ({ id: m.id, retrieved: m.retrieved, correct: m.correct, answer: m.answer })),
        null,
        1,
      )}\n`,
    );
    return {
      title: `Knowledge base: frozen set (${set.name}), ${dialect === 'sqlite' ? 'SQLite FTS5' : 'PostgreSQL full-text'}, ${embedder ? 'hybrid with offline word vectors' : 'no embeddings'}`,
      columns: ['language', 'questions', 'top-3 retrieval', '%', 'correct answers', '%', 'search p50', 'p95'],
      rows,
      notes: [`Missed questions with the answers given (${misses.length}): ${missesFile}, not printed.`],
    };
  } finally {
    await cleanup();
  }
}

/** SQLite always; PostgreSQL too unless the quick run (the test suite) asks for speed. */
export async function runKnowledgeBench(
  opts: BenchOptions,
  set: KnowledgeSetDir = KNOWLEDGE_SET,
): Promise<BenchTable[]> {
  const tables = [await benchOn('sqlite', set)];
  if (!opts.quick) tables.push(await benchOn('postgres', set));
  return tables;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);
