/**
 * Ranked passages for a question, offline: the full-text candidates (search-candidates.ts), then —
 * when an embedder is configured — fused with cosine similarity by reciprocal rank, each scored
 * (search-scoring.ts). A passage counts only when it contains enough of the question's content
 * words (or, with embeddings, is similar enough): otherwise the search returns nothing and the
 * assistant says it does not know. This module reads the question and orders the answers.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { askedService } from './asked-service.ts';
import { elapsedDays } from './elapsed.ts';
import type { Embedder } from './embeddings.ts';
import { KnowledgeError } from './errors.ts';
import { type Figure, figureIn, figureSaid } from './figures.ts';
import { phraseWords } from './lexicon.ts';
import type { Meanings } from './meanings.ts';
import { type Passage, type SearchRequest, searchRequest } from './model.ts';
import { PassageReadings } from './passage-readings.ts';
import { atHome, homeWhenAway, onlyAtHome } from './places.ts';
import { askedOffer, askedPlace, askedRenting, questionKind } from './question-kind.ts';
import { askedPriceOf, askedQualifier } from './question-qualifier.ts';
import { PassageStore } from './search-candidates.ts';
import {
  type Candidate,
  EVERYDAY_SHARE,
  type Ranked,
  rarity,
  saysWith,
  scorePassage,
} from './search-scoring.ts';
import { withShopSenses } from './spanish-senses.ts';
import { type Concept, concepts, conceptsIn, fold, memoSays, words } from './terms.ts';
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

/**
 * Ranking: a passage in the question's language gains this much — a tie-break between twins (the
 * same page in both languages), never more than that. At 0.3 it put a Spanish page on another
 * topic ahead of the English page that answered: on the unseen knowledge5 set (15 of 39 Spanish
 * questions answered only by English pages) Spanish top-3 retrieval fell 31 → 27 of 39. 0.05 lost
 * twins to the English page, whose Apertium reading says more (knowledge3/4: 0.15 gained 3 hit@1).
 */
const SAME_LANGUAGE_WEIGHT = 0.15;
/** How long a Spanish question's English reading may take before the search goes on without it. */
const TRANSLATION_BUDGET_MS = 500;
/** Reciprocal-rank fusion constant (the usual 60). */
const RRF_K = 60;
/**
 * How well a passage stating the shopper's figure's kind of quantity, but no range holding it,
 * says it (it states the limit the figure fails). At 1 it tied with the range holding the figure
 * and lost a 25 kg child's size chart to a vest's pounds (dev sets: 0.5 +3 correct, 1 +2).
 */
const FIGURE_KIND_ONLY = 0.5;
/**
 * Ranking: a passage holding its rule to the shop's own country ("from another shop in the United
 * States"), for a shopper abroad it does not name, loses this much. 0.1 was enough on
 * knowledge-dev7 (Toronto price match); 0.2 also when that passage repeats the shopper's other
 * words ("the same bike"). No dev set answer changed between the two.
 */
const HOME_ONLY_PENALTY = 0.2;

/**
 * A service verb rarer than this in general English (GloVe rank) names a specific service
 * ("embroider", "bordar"); a commoner one ("lift", "take") is often the shopper's own paraphrase.
 */
const SPECIFIC_VERB_RANK = 10_000;

export class KnowledgeSearch {
  private readonly deps: KnowledgeSearchDeps;
  private readonly store: PassageStore;
  private readonly readings: PassageReadings | undefined;
  constructor(deps: KnowledgeSearchDeps) {
    this.deps = deps;
    this.store = new PassageStore(deps.db);
    this.readings = deps.translate ? new PassageReadings(deps.translate) : undefined;
  }

  async search(request: SearchRequest, signal?: AbortSignal): Promise<Passage[]> {
    const parsed = searchRequest.safeParse(request);
    if (!parsed.success)
      throw new KnowledgeError('bad_query', parsed.error.issues.map((i) => i.message).join('; '));
    const { kb, query, limit, language } = parsed.data;
    const english = language === 'es' ? await this.inEnglish(query, signal) : undefined;
    // A service asked that no passage names in any form, in either reading ("can you embroider…",
    // "¿me pueden bordar…?"): nothing the shop wrote answers whether it does it.
    if (await this.unnamedService(kb, [query, ...(english ? [english] : [])])) return [];
    const found = await this.ranked(kb, query, signal);
    // A Spanish question is also asked in Apertium's English: the documents of an English shop,
    // and WordNet's meanings, are English. Each passage keeps its better reading.
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
      const english =
        // Its shop words in their shop sense first ("vaqueros" are jeans, not cowboys).
        (
          await this.deps.translate(
            withShopSenses(query),
            signal ? AbortSignal.any([signal, budget]) : budget,
          )
        ).trim();
      if (!english || english === query) return undefined;
      // What the Spanish question's phrases stand for ("me queda grande" → "smaller"): Apertium
      // translates word by word and loses it.
      const said = phraseWords(fold(query));
      return said.length > 0 ? `${english} ${said.join(' ')}` : english;
    } catch {
      signal?.throwIfAborted();
      // Without Apertium the Spanish words and the bilingual lexicon still search.
      return undefined;
    }
  }

  /**
   * Whether each reading asks for a service by a specific verb ("embroider", not "lift" or
   * "take": a common verb is often the shopper's paraphrase of what a page says otherwise) that
   * no passage of the knowledge base says in any form.
   */
  private async unnamedService(kb: string, readings: readonly string[]): Promise<boolean> {
    const near = await this.deps.neighbours?.();
    if (!near) return false;
    for (const reading of readings) {
      const verb = askedService(reading);
      if (!verb) return false;
      const rank = near.rankOf(verb);
      if (rank !== undefined && rank < SPECIFIC_VERB_RANK) return false;
      if ((await this.store.fullText(kb, concepts(verb))).length > 0) return false;
    }
    return true;
  }

  /** Every passage that answers `query`, with how well (unsorted). */
  private async ranked(
    kb: string,
    query: string,
    signal?: AbortSignal,
    readSpanishInEnglish = false,
  ): Promise<Ranked[]> {
    const read = concepts(query);
    const lexical = read.length > 0 ? await this.store.fullText(kb, read) : [];
    // A place's abroad words only away from the shop's own country (its passages say which).
    const texts = lexical.map((r) => words([r.title, r.heading_path, r.text].join(' ')).join(' '));
    const placed = atHome(read, texts);
    // The time the shopper says has gone by is one figure, in days, read against the windows.
    const elapsed = elapsedDays(query);
    const sinceConcept = elapsed && concepts(String(elapsed.days))[0];
    const asked = sinceConcept ? [...placed.filter((c) => c.word !== elapsed.said), sinceConcept] : placed;
    if ((this.deps.meanings || this.deps.neighbours) && asked.length > 0)
      lexical.push(...(await this.store.others(kb, lexical)));
    const near = await this.deps.neighbours?.();
    signal?.throwIfAborted();
    // One question asks the same concept of the same text several times over (coverage, share,
    // the offer check, each sentence's fit): the WordNet and word-vector readings behind it are
    // the CPU-heavy part of a search, so each pair is read once per question.
    // The shopper's own figures ("my 8 year old", "25 kilos") are said only by a quantity of
    // their kind, and fully where a range or limit holds them (figures.ts).
    const figures = new Map<Concept, Figure>();
    const units = new Map<Concept, Figure>();
    for (const c of asked) {
      const f =
        c === sinceConcept && elapsed
          ? { value: elapsed.days, kind: 'duration' as const, units: elapsed.units }
          : figureIn(query, c.word);
      if (!f) continue;
      figures.set(c, f);
      // "year old", "kilos": the figure's unit, said only with a quantity of its kind.
      for (const u of asked) if (f.units?.some((w) => u.keys.has(w) || u.word === w)) units.set(u, f);
    }
    const withFigures =
      (base: (c: Concept, text: string) => number) =>
      (c: Concept, text: string): number => {
        const f = figures.get(c);
        if (f) return figureSaid(f, text, FIGURE_KIND_ONLY);
        // "year old" only where the passage states an age: "covered for two years" does not say it.
        const u = units.get(c);
        if (!u) return base(c, text);
        const kind = figureSaid(u, text, FIGURE_KIND_ONLY);
        // "Tres semanas" gone by is a figure, not a topic: "5 dólares por semana" does not say it.
        if (u.kind === 'duration') return kind;
        return kind === 0 ? 0 : Math.max(kind, base(c, text));
      };
    const says = memoSays(withFigures(saysWith(this.deps.meanings, near)));
    const plainSays = memoSays(withFigures(saysWith(this.deps.meanings, undefined)));
    // A place asked by name that no passage names ("do you ship to Canada?"): nothing answers.
    const place = askedPlace(query);
    if (place) {
      const named = concepts(place);
      const somewhere = lexical.some(
        (r) => conceptsIn(named, [r.title, r.heading_path, r.text].join(' ')).length === named.length,
      );
      if (named.length > 0 && !somewhere) return [];
    }
    const { weight, common } = rarity(
      await this.store.count(kb),
      asked,
      lexical,
      near ? (w) => near.rankOf(w) : undefined,
    );
    const byId = new Map<string, Omit<Candidate, 'reading'>>();
    lexical.forEach((row, i) => {
      byId.set(row.id, { row, fused: 1 / (RRF_K + i + 1), similarity: 0 });
    });
    if (this.deps.embedder) {
      const vector = await this.deps.embedder.embed(query, signal);
      const similar = await this.store.bySimilarity(kb, this.deps.embedder.model, vector);
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
    const priceOf = askedPriceOf(query);
    const question = {
      asked,
      kind: questionKind(query),
      offered: concepts(askedOffer(query) ?? ''),
      qualified: concepts(askedQualifier(query) ?? ''),
      priced: concepts(priceOf?.thing ?? ''),
      pricedHead: priceOf && concepts(priceOf.head)[0]?.word,
      // …and renting or hiring, when that is what is asked: said in its own words ("rental").
      renting: askedRenting(query),
      // The question's words the shop does not say everywhere ("smoke" in "can I smoke in the
      // van", not "van", said by half a campervan shop's passages).
      telling: asked.filter((c) => common(c) < EVERYDAY_SHARE),
      weight,
      says,
      plainSays,
      minCoverage: this.deps.minCoverage,
      minSimilarity: this.deps.minSimilarity,
    };
    const home = homeWhenAway(asked, texts);
    const away = asked.filter((c) => c.wider.some((p) => p.abroad));
    const passages: Ranked[] = [];
    let best: { passage: Ranked; telling: boolean } | undefined;
    for (const candidate of byId.values()) {
      // The scoring is the long part of a search: a cancelled turn stops it between passages.
      signal?.throwIfAborted();
      const scored = scorePassage(question, { ...candidate, reading: readings.get(candidate.row.id) });
      if (!scored) continue;
      // A rule held to the shop's own country, for a shopper abroad it does not name: weaker.
      if (home && away.length > 0) {
        const { row } = candidate;
        const text = [row.title, row.heading_path, row.text].join(' ');
        if (onlyAtHome(home, words(text).join(' ')) && away.every((c) => says(c, text) === 0))
          scored.passage.relevance -= HOME_ONLY_PENALTY;
      }
      if (!best || scored.passage.relevance > best.passage.relevance) best = scored;
      passages.push(scored.passage);
    }
    // The best passage says only the shop's everyday words, or the question's telling ones only
    // loosely (FIRM_MEANING): nothing answers — "can I smoke in the van" is not answered by a
    // paragraph that happens to say "van".
    return best?.telling ? passages : [];
  }
}
