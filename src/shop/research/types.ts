/** What a research job gathers and the ports it gathers it through (catalog, documents, web). */
import type { Language } from '../contract.ts';
import type { CandidateFacts } from './compare.ts';

/** A passage of the shop's own documents that bears on the question (a size guide, a policy). */
export interface ResearchPassage {
  title: string;
  source: string;
  text: string;
}

/** A result of the configured web or product-search provider. */
export interface WebFinding {
  title: string;
  url: string;
  snippet: string;
}

/** Everything a summary is written from; nothing else may be claimed. */
export interface ResearchInput {
  query: string;
  language: Language;
  /** The catalog's candidates, best first. */
  candidates: readonly CandidateFacts[];
  passages: readonly ResearchPassage[];
  web: readonly WebFinding[];
}

export type Summarizer = (input: ResearchInput, signal: AbortSignal) => Promise<string>;

/** The shop's documents, searched for a research question (undefined kb: the shop's default). */
export type KnowledgeLookup = (
  query: string,
  language: Language,
  kb: string | undefined,
  signal: AbortSignal,
) => Promise<ResearchPassage[]>;

/** A web or product-search provider (SearXNG, Brave…), chosen by configuration. */
export interface WebSearch {
  readonly name: string;
  search(query: string, language: Language, signal: AbortSignal): Promise<WebFinding[]>;
}
