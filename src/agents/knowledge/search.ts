/**
 * Ranked passages for a question, offline: SQLite FTS5 (bm25) or PostgreSQL full-text (ts_rank
 * over a tsvector built with the document's English or Spanish configuration), then — when an
 * embedder is configured — fused with cosine similarity by reciprocal rank. A passage counts only
 * when it contains enough of the question's content words (or, with embeddings, is similar
 * enough): otherwise the search returns nothing and the assistant says it does not know.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { cosine, type Embedder } from './embeddings.ts';
import { KnowledgeError } from './errors.ts';
import type { Meanings } from './meanings.ts';
import { type DocumentKind, type Passage, type SearchRequest, searchRequest } from './model.ts';
import { PassageReadings } from './passage-readings.ts';
import { askedOffer, askedPlace, askedRenting, holdsAnswer, questionKind } from './question-kind.ts';
import { isPostgres } from './repository.ts';
import { bestSentence, spread } from './sentence-fit.ts';
import { type Concept, concepts, conceptsIn, memoSays, strength, words } from './terms.ts';
import type { WordNeighbours } from './word-vectors/neighbours.ts';

export interface KnowledgeSearchDeps {
  db: Kysely<Database>;
  minCoverage: number;
  minSimilarity: number;
  embedder?: Embedder;
  /** Spanish → English (Apertium's, wired by the composition root): a second reading of a Spanish question. */
  translate?: (spanish: string, signal?: AbortSignal) => Promise<string>;
  /** WordNet meanings: passages saying the question in other words count too. */
  meanings?: Meanings;
  /** Word-vector neighbours (loaded on first use): a word said in a near word counts too. */
  neighbours?: () => Promise<WordNeighbours | undefined>;
}

/** How many full-text candidates are re-checked and fused. */
const CANDIDATES = 60;
/**
 * Share of the question's rarity-weighted words a passage must say to answer it. A shopper's own
 * paraphrase is a word no passage says, so it weighs most: at 0.3 the passage that answered was
 * dropped for most paraphrased questions (knowledge4: 79 of 130 answerable found nothing right);
 * 0.2 kept them and still refused the questions nothing answers (measured on the spent sets).
 */
const MIN_INFORMED = 0.2;
/**
 * Rarity (log inverse passage frequency) is flattened by this power: at 1 a word no passage says
 * outweighed all the others so much that a passage sharing one rare incidental word ("smaller")
 * beat the one saying the rest ("toilet", "van"). Spent sets + knowledge-dev3, full text, hit@1
 * summed 482 / 485 / 488 / 483 at 1 / 0.7 / 0.6 / 0.5; 1.5 and 2 lost 16 and 45.
 */
const RARITY_POWER = 0.6;
/**
 * A word said by at least this share of a knowledge base's passages is one of the shop's everyday
 * words ("van" at a campervan rental): saying it alone answers nothing. 0.2 refused 2 more
 * unanswerable questions than none and answered 1 fewer ("prep fee": the passage says
 * "preparation"); 0.3 refused 1 more.
 */
const EVERYDAY_SHARE = 0.2;
/** …and by at least this many of them. */
const EVERYDAY_MIN_PASSAGES = 5;
/** Ranking: what a passage's headings say of the question counts again, this much. */
const HEADING_WEIGHT = 0.25;
/** Ranking: a passage holding the kind of fact asked (a price for "how much") gains this much. */
const ANSWER_KIND_WEIGHT = 0.15;
/** Ranking: the share of the question its best single sentence says counts again, this much. */
const SENTENCE_WEIGHT = 0.5;
/** Ranking: the best sentence holding the kind of fact asked gains this much more. */
const SENTENCE_KIND_WEIGHT = 0.15;
/** Share of what the shopper asks the shop to offer ("do you sell …") a passage must name. */
const MIN_OFFERED_SHARE = 0.6;
/**
 * Ranking: a passage in the question's language gains this much — a tie-break between twins (the
 * same page in both languages), never more than that. At 0.3 it put a Spanish page on another
 * topic ahead of the English page that answered: on the unseen knowledge5 set (15 of 39 Spanish
 * questions answered only by English pages) Spanish top-3 retrieval fell 31 → 27 of 39. 0.05 lost
 * twins to the English page, whose Apertium reading says more (knowledge3/4: 0.15 gained 3 hit@1).
 */
const SAME_LANGUAGE_WEIGHT = 0.15;
/** A passage saying a question word's meaning in another word says it this much (at best). */
const MEANING_WEIGHT = 0.6;
/** Below this closeness a shared meaning is too remote to count (a rare sense, a far link). */
const MIN_MEANING = 0.7;
/**
 * A passage saying a question word in a word whose GloVe vector is this close (cosine) says it:
 * 0.5 let in loose associations, 0.7 almost no paraphrase (spent sets, full text, hit@1 summed
 * 233 → 253 / 250 / 246 / 236 at 0.5 / 0.55 / 0.6 / 0.7, correct answers best at 0.55).
 */
const MIN_NEIGHBOUR = 0.55;
/** …and says it this much of its closeness, as a WordNet meaning does. */
const NEIGHBOUR_WEIGHT = MEANING_WEIGHT;
/** Passages re-read for meanings when the full text finds too few (a shop's base is hundreds). */
const MEANING_CANDIDATES = 2000;
/** How long a Spanish question's English reading may take before the search goes on without it. */
const TRANSLATION_BUDGET_MS = 500;
/** Reciprocal-rank fusion constant (the usual 60). */
const RRF_K = 60;

interface Row {
  id: string;
  document_id: string;
  heading_path: string;
  text: string;
  title: string;
  source: string;
  kind: string;
  language: string;
  rank: number;
}

type Ranked = Passage & { relevance: number };

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export class KnowledgeSearch {
  private readonly deps: KnowledgeSearchDeps;
  private readonly chunkCache = new Map<string, { version: string; rows: readonly Row[] }>();
  private readonly readings: PassageReadings | undefined;
  constructor(deps: KnowledgeSearchDeps) {
    this.deps = deps;
    this.readings = deps.translate ? new PassageReadings(deps.translate) : undefined;
  }

  async search(request: SearchRequest, signal?: AbortSignal): Promise<Passage[]> {
    const parsed = searchRequest.safeParse(request);
    if (!parsed.success)
      throw new KnowledgeError('bad_query', parsed.error.issues.map((i) => i.message).join('; '));
    const { kb, query, limit, language } = parsed.data;
    const found = await this.ranked(kb, query, signal);
    // A Spanish question is also asked in Apertium's English: the documents of an English shop,
    // and WordNet's meanings, are English. Each passage keeps its better reading.
    const english = language === 'es' ? await this.inEnglish(query, signal) : undefined;
    if (english) {
      const byChunk = new Map(found.map((p) => [p.chunkId, p]));
      for (const p of await this.ranked(kb, english, signal, true)) {
        const had = byChunk.get(p.chunkId);
        if (!had || had.relevance < p.relevance) byChunk.set(p.chunkId, p);
      }
      found.splice(0, found.length, ...byChunk.values());
    }
    // A passage in the shopper's own language first when it answers as well (twins): a Spanish
    // shopper hears the Spanish page, not its English twin quoted in English.
    if (language) for (const p of found) if (p.language === language) p.relevance += SAME_LANGUAGE_WEIGHT;
    // The passage that says more of what was asked first (in its headings too, and with the kind
    // of fact asked); the engines' rank breaks ties.
    return (
      found
        // Ties fall back to the document and its order, never to random ids: the same question
        // gets the same answer on every import and database.
        .sort(
          (a, b) =>
            b.relevance - a.relevance ||
            b.score - a.score ||
            a.source.localeCompare(b.source) ||
            a.text.localeCompare(b.text),
        )
        .slice(0, limit)
        .map(({ relevance: _, ...p }) => p)
    );
  }

  /**
   * The English of a Spanish question, or undefined when no translator is wired, it fails or it
   * is not back within its budget (a translator starting cold under load took 5 s: the reply
   * must not wait for it; it goes on starting for the next question).
   */
  private async inEnglish(query: string, signal?: AbortSignal): Promise<string | undefined> {
    if (!this.deps.translate) return undefined;
    const budget = AbortSignal.timeout(TRANSLATION_BUDGET_MS);
    try {
      const english = (
        await this.deps.translate(query, signal ? AbortSignal.any([signal, budget]) : budget)
      ).trim();
      return english && english !== query ? english : undefined;
    } catch {
      signal?.throwIfAborted();
      // Without Apertium the Spanish words and the bilingual lexicon still search.
      return undefined;
    }
  }

  /** Every passage that answers `query`, with how well (unsorted). */
  private async ranked(
    kb: string,
    query: string,
    signal?: AbortSignal,
    readSpanishInEnglish = false,
  ): Promise<Ranked[]> {
    const asked = concepts(query);
    const lexical = asked.length > 0 ? await this.fullText(kb, asked) : [];
    if ((this.deps.meanings || this.deps.neighbours) && asked.length > 0)
      lexical.push(...(await this.others(kb, lexical)));
    const near = await this.deps.neighbours?.();
    signal?.throwIfAborted();
    // One question asks the same concept of the same text several times over (coverage, share,
    // the offer check, each sentence's fit): the WordNet and word-vector readings behind it are
    // the CPU-heavy part of a search, so each pair is read once per question.
    const says = memoSays((c, text) => this.says(c, text, near));
    const plainSays = memoSays((c, text) => this.says(c, text));
    const saidIn = (list: readonly Concept[], text: string) => list.filter((c) => says(c, text) > 0);
    // A place asked by name that no passage names ("do you ship to Canada?"): nothing answers.
    const place = askedPlace(query);
    if (place) {
      const named = concepts(place);
      const somewhere = lexical.some(
        (r) => conceptsIn(named, [r.title, r.heading_path, r.text].join(' ')).length === named.length,
      );
      if (named.length > 0 && !somewhere) return [];
    }
    // What the shopper asks whether the shop offers ("a student discount").
    const offered = concepts(askedOffer(query) ?? '');
    // …and renting or hiring, when that is what is asked: said in its own words ("rental").
    const renting = askedRenting(query);
    const kind = questionKind(query);
    const { weight, common } = await this.rarity(kb, asked, lexical);
    const byId = new Map<string, { row: Row; fused: number; similarity: number }>();
    lexical.forEach((row, i) => {
      byId.set(row.id, { row, fused: 1 / (RRF_K + i + 1), similarity: 0 });
    });
    if (this.deps.embedder) {
      const vector = await this.deps.embedder.embed(query, signal);
      const similar = await this.bySimilarity(kb, vector);
      similar.forEach(({ row, similarity }, i) => {
        const hit = byId.get(row.id);
        if (hit) {
          hit.fused += 1 / (RRF_K + i + 1);
          hit.similarity = similarity;
        } else byId.set(row.id, { row, fused: 1 / (RRF_K + i + 1), similarity });
      });
    }
    // An English reading of a Spanish question meets the Spanish pages in their English reading.
    const readings =
      readSpanishInEnglish && this.readings
        ? await this.readings.of(
            [...byId.values()].map(({ row }) => ({
              id: row.id,
              language: row.language,
              text: [...(JSON.parse(row.heading_path) as string[]), row.text].join('.\n'),
            })),
            signal,
          )
        : new Map<string, string>();
    // The question's words the shop does not say everywhere ("smoke" in "can I smoke in the van",
    // not "van", said by half a campervan shop's passages).
    const telling = asked.filter((c) => common(c) < EVERYDAY_SHARE);
    const passages: Ranked[] = [];
    let anyTelling = false;
    for (const { row, fused, similarity } of byId.values()) {
      // The scoring below is the long part of a search: a cancelled turn stops it between passages.
      signal?.throwIfAborted();
      const headings = JSON.parse(row.heading_path) as string[];
      const reading = readings.get(row.id);
      const whole = [row.title, ...headings, row.text, reading ?? ''].join(' ');
      const cov = asked.length === 0 ? 0 : saidIn(asked, whole).length / asked.length;
      // Weighted by rarity: "out of stock" outweighs "order", and a word no passage of the shop
      // says ("gift cards", "alquilar") weighs most, so a passage sharing only common words with
      // the question does not answer it.
      const share = (text: string) =>
        sum(asked.map((c) => weight(c) * says(c, text))) / (sum(asked.map(weight)) || 1);
      // A plain-text page is one passage of unrelated paragraphs: half of its share is what its
      // best paragraph says, or words spread over them outranked the section that answers.
      const informed = spread(
        row.text,
        (p) => share([row.title, ...headings, p, reading ?? ''].join(' ')),
        share(whole),
      );
      // "Do you sell water beds": a passage saying "we sell spare covers … waterproof" does not
      // answer; one must name most of what is asked for (a meaning counts as far as it is close).
      // Word vectors are left out here: they bring things found together ("guitar" and
      // "amplifiers"), and a shop selling one does not sell the other.
      const named = (c: Concept) => plainSays(c, whole);
      if (offered.length > 0 && sum(offered.map(named)) / offered.length < MIN_OFFERED_SHARE) continue;
      if (renting && !words(whole).some((w) => w.startsWith(renting))) continue;
      if ((cov < this.deps.minCoverage || informed < MIN_INFORMED) && similarity < this.deps.minSimilarity)
        continue;
      // Something the question asks beyond the shop's everyday words is said here (or the
      // passage is close in meaning): without one such passage anywhere, nothing answers.
      if (similarity >= this.deps.minSimilarity || !telling.length || telling.some((c) => says(c, whole) > 0))
        anyTelling = true;
      // One sentence saying the question (with the fact asked) beats words spread over several.
      const fit = [row.text, ...(reading ? [reading] : [])]
        .map((text) => bestSentence(asked, kind, headings, text, { says, weight }))
        .reduce((a, b) => (b.share > a.share ? b : a));
      const relevance =
        informed +
        HEADING_WEIGHT * share(headings.join(' ')) +
        (holdsAnswer(kind, row.text) ? ANSWER_KIND_WEIGHT : 0) +
        SENTENCE_WEIGHT * fit.share +
        (fit.holds ? SENTENCE_KIND_WEIGHT : 0);
      passages.push({
        relevance,
        chunkId: row.id,
        documentId: row.document_id,
        title: row.title,
        source: row.source,
        kind: row.kind as DocumentKind,
        headings,
        text: row.text,
        language: row.language === 'es' ? 'es' : 'en',
        score: fused,
        // Reported without the word vectors: the dialogue answers from the documents instead of
        // searching the catalog on this share, and vectors would lend it things found together.
        coverage: asked.length === 0 ? 0 : asked.filter((c) => plainSays(c, whole) > 0).length / asked.length,
      });
    }
    // Every passage found says only the shop's everyday words: "can I smoke in the van" is not
    // answered by a paragraph that happens to say "van".
    return anyTelling ? passages : [];
  }

  /** How well a text says a concept: in its own words (terms.ts), or else in words meaning it. */
  private says(c: Concept, text: string, near?: WordNeighbours): number {
    const own = strength(c, text);
    if (own > 0) return own;
    const meaning = this.deps.meanings?.related(c.word, text) ?? 0;
    const neighbour = near?.related(c.word, text) ?? 0;
    return Math.max(
      meaning >= MIN_MEANING ? MEANING_WEIGHT * meaning : 0,
      neighbour >= MIN_NEIGHBOUR ? NEIGHBOUR_WEIGHT * neighbour : 0,
    );
  }

  /** A knowledge base's passages with their document, as both readers beside the full text need them. */
  private chunksOf(kb: string) {
    return this.deps.db
      .selectFrom('knowledge_chunks as c')
      .innerJoin('knowledge_documents as d', 'd.id', 'c.document_id')
      .select([
        'c.id',
        'c.document_id',
        'c.heading_path',
        'c.text',
        'c.language',
        'd.title',
        'd.source',
        'd.kind',
      ])
      .where('c.kb', '=', kb);
  }

  /** The knowledge base's passages the full text did not find, to be read for meanings. */
  private async others(kb: string, found: readonly Row[]): Promise<Row[]> {
    const seen = new Set(found.map((r) => r.id));
    return (await this.allChunks(kb)).filter((r) => !seen.has(r.id));
  }

  /**
   * Every passage of a knowledge base (up to MEANING_CANDIDATES), read once per version of its
   * documents: reading them all on every question cost more than the search itself. The version
   * is the documents' ids, content hashes and update times, so an import or removal by any process is seen at once.
   */
  private async allChunks(kb: string): Promise<readonly Row[]> {
    const docs = await this.deps.db
      .selectFrom('knowledge_documents')
      .select(['id', 'content_hash', 'updated_at'])
      .where('kb', '=', kb)
      .orderBy('id')
      .execute();
    const version = docs.map((d) => `${d.id}@${d.content_hash}@${d.updated_at}`).join(',');
    const cached = this.chunkCache.get(kb);
    if (cached?.version === version) return cached.rows;
    const rows = (
      await this.chunksOf(kb).orderBy('d.source').orderBy('c.ord').limit(MEANING_CANDIDATES).execute()
    ).map((r) => ({ ...r, rank: 0 }));
    this.chunkCache.set(kb, { version, rows });
    return rows;
  }

  private async fullText(kb: string, asked: readonly Concept[]): Promise<Row[]> {
    const { db } = this.deps;
    if (isPostgres(db)) {
      // Each word (and its group's words) stemmed by the chunk's own configuration; a Spanish
      // verb's root as a prefix; all joined with OR, ts_rank orders.
      const terms = new Set<string>();
      for (const c of asked) {
        for (const w of c.words) if (/^[a-z0-9]+$/.test(w)) terms.add(w);
        for (const p of c.prefixes) if (/^[a-z0-9]+$/.test(p)) terms.add(`${p}:*`);
      }
      const tsquery = [...terms].join(' | ');
      if (!tsquery) return [];
      const r = await sql<Row>`
        SELECT c.id, c.document_id, c.heading_path, c.text, c.language, d.title, d.source, d.kind,
               ts_rank(c.tsv, q.query) AS rank
        FROM knowledge_chunks c
        JOIN knowledge_documents d ON d.id = c.document_id
        CROSS JOIN LATERAL (SELECT to_tsquery(
          (CASE WHEN c.language = 'es' THEN 'spanish' ELSE 'english' END)::regconfig, ${tsquery}) AS query) q
        WHERE c.kb = ${kb} AND c.tsv @@ q.query
        ORDER BY rank DESC, d.source, c.ord
        LIMIT ${CANDIDATES}`.execute(db);
      return r.rows;
    }
    const match = asked
      .flatMap((c) => [...c.forms.map((f) => `"${f}"`), ...c.prefixes.map((p) => `"${p}"*`)])
      .join(' OR ');
    const r = await sql<Row>`
      SELECT c.id, c.document_id, c.heading_path, c.text, c.language, d.title, d.source, d.kind,
             bm25(knowledge_fts) AS rank
      FROM knowledge_fts f
      JOIN knowledge_chunks c ON c.id = f.chunk_id
      JOIN knowledge_documents d ON d.id = c.document_id
      WHERE knowledge_fts MATCH ${match} AND f.kb = ${kb}
      ORDER BY rank, d.source, c.ord
      LIMIT ${CANDIDATES}`.execute(db);
    return r.rows;
  }

  /**
   * How telling each concept of the question is in this knowledge base: log(N / passages saying
   * it), flattened by RARITY_POWER, counted over the full-text candidates (every passage saying
   * any of them, in a shop's knowledge base of a few hundred passages); and the share of the
   * passages saying it (`common`).
   */
  private async rarity(
    kb: string,
    asked: readonly Concept[],
    rows: readonly Row[],
  ): Promise<{ weight: (c: Concept) => number; common: (c: Concept) => number }> {
    const total = await this.deps.db
      .selectFrom('knowledge_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kb', '=', kb)
      .executeTakeFirst();
    const n = Math.max(Number(total?.n ?? 0), rows.length, 1);
    const df = new Map<Concept, number>();
    // In its own words only: a word no passage says stays the rarest even when some passage
    // says something it can mean ("wheel" and "bike" share a sense; "wheel" still tells).
    for (const r of rows)
      for (const c of conceptsIn(asked, [r.title, r.heading_path, r.text].join(' ')))
        df.set(c, (df.get(c) ?? 0) + 1);
    return {
      weight: (c) => Math.log(1 + n / (1 + (df.get(c) ?? 0))) ** RARITY_POWER,
      // A tiny knowledge base has no everyday words: in two passages every word said is in half.
      common: (c) => ((df.get(c) ?? 0) < EVERYDAY_MIN_PASSAGES ? 0 : (df.get(c) ?? 0) / n),
    };
  }

  private async bySimilarity(kb: string, vector: number[]): Promise<{ row: Row; similarity: number }[]> {
    const rows = await this.chunksOf(kb)
      .select('c.embedding')
      .where('c.embedding_model', '=', this.deps.embedder!.model)
      .execute();
    return rows
      .map((r) => ({
        row: { ...r, rank: 0 } as Row,
        similarity: cosine(vector, JSON.parse(r.embedding ?? '[]') as number[]),
      }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, CANDIDATES);
  }
}
