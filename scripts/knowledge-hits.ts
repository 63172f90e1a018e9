/**
 * `node scripts/knowledge-hits.ts [set…]`: retrieval hit@1 / hit@3 and correct answers on the
 * spent knowledge sets (SQLite; no embeddings unless KNOWLEDGE_HITS_VECTORS=1), scored as eval/knowledge/bench.ts scores them. The
 * bench tables show only top-3; the answer is said from the first passage, so hit@1 is what an
 * answer can be right with. KNOWLEDGE_HITS_DETAIL=dir writes each set's per-question results there.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type KnowledgeSetDir, loadKnowledgeSet, scoreKnowledgeSet } from '../eval/knowledge/bench.ts';
import { KnowledgeBase, loadKnowledgeConfig } from '../src/agents/knowledge/index.ts';
import { wordVectorEmbedder } from '../src/agents/knowledge/word-vectors/embedder.ts';
import { spanishToEnglish } from '../src/shop/dialogue/spanish/translate.ts';
import { openDatabase } from '../src/store/db.ts';

/** Only the spent sets: the frozen ones are never read here. */
const SPENT = [
  'knowledge-dev',
  'knowledge-dev2',
  'knowledge-dev3',
  'knowledge-dev4',
  'knowledge-dev5',
  'knowledge-dev6',
  'knowledge-dev7',
  'knowledge-dev8',
  'knowledge',
  'knowledge2',
  'knowledge3',
  'knowledge4',
  'knowledge5',
  'knowledge6',
  'knowledge7',
];
const names = process.argv.slice(2).length ? process.argv.slice(2) : SPENT;
const detailDir = process.env.KNOWLEDGE_HITS_DETAIL;

await spanishToEnglish('hola').catch(() => undefined);
for (const name of names) {
  if (!SPENT.includes(name)) throw new Error(`${name} is not a spent knowledge set`);
  const set: KnowledgeSetDir = { name, dir: join(import.meta.dirname, '..', 'eval', name) };
  const store = await openDatabase({ path: ':memory:' });
  try {
    const kb = new KnowledgeBase({
      db: store.db,
      // KNOWLEDGE_HITS_VECTORS=1: hybrid with the offline word vectors, as the bench's BENCH_KNOWLEDGE_EMBEDDINGS.
      embedder: process.env.KNOWLEDGE_HITS_VECTORS === '1' ? wordVectorEmbedder() : null,
      config: loadKnowledgeConfig(process.env),
      translate: spanishToEnglish,
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    const scores = await scoreKnowledgeSet(kb, set);
    const { questions } = loadKnowledgeSet(set);
    const top1 = scores.filter((s) => s.retrievedFirst).length;
    const top3 = scores.filter((s) => s.retrieved).length;
    const answerable = scores.filter((s) => s.retrieved !== null).length;
    const correct = scores.filter((s) => s.correct).length;
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
    console.log(
      `${name.padEnd(14)} n=${scores.length} hit@1 ${top1}/${answerable} ${pct(top1, answerable)}  hit@3 ${top3}/${answerable} ${pct(top3, answerable)}  correct ${correct}/${scores.length} ${pct(correct, scores.length)}`,
    );
    if (detailDir) {
      const byId = new Map(questions.map((q) => [q.id, q]));
      const detail = [];
      for (const s of scores) {
        const q = byId.get(s.id)!;
        const found = await kb.search({ kb: q.kb, query: q.question, language: q.lang, limit: 5 });
        const passages = found.map((p) => ({ source: p.source, headings: p.headings, text: p.text }));
        detail.push({ ...s, q, passages });
      }
      writeFileSync(join(detailDir, `${name}.json`), JSON.stringify(detail, null, 1));
    }
  } finally {
    await store.close();
  }
}
