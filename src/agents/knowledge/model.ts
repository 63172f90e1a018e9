/**
 * The knowledge base's vocabulary: slugs, document kinds and formats, the import and search
 * requests (zod, validated at every edge: CLI, admin API, LLM tool) and what a search returns.
 */
import { z } from 'zod';

/** Knowledge base ids are slugs, like profile ids (AGENTS-CONTRACT). */
export const kbSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a knowledge base id is a slug: a-z, 0-9 and "-", at most 40')
  .describe('Knowledge base id (slug), e.g. "default"');

export const DOCUMENT_KINDS = ['policy', 'faq', 'size-guide', 'fact', 'backstory', 'memory'] as const;
export const documentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKind>;

export const DOCUMENT_FORMATS = ['markdown', 'html', 'text'] as const;
export const documentFormat = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof documentFormat>;

export const documentLanguage = z.enum(['en', 'es']);
export type DocumentLanguage = z.infer<typeof documentLanguage>;

/** One document to import. `content` is the raw file (string or bytes: bytes are checked for binary). */
export const importRequest = z.object({
  kb: kbSlug,
  kind: documentKind,
  /** Re-import key within the knowledge base: the file name, a URL, "config:SHOP_POLICY_TEXT". */
  source: z.string().trim().min(1).max(300),
  format: documentFormat,
  language: documentLanguage.default('en'),
  /** Overrides the title read from the document (its first heading, <title>, or the source name). */
  title: z.string().trim().min(1).max(200).optional(),
});
export type ImportRequest = z.input<typeof importRequest>;

export const MAX_QUERY_CHARS = 500;

export const searchRequest = z.object({
  kb: kbSlug,
  query: z
    .string()
    .trim()
    .min(1, 'the query is empty: say what to look for')
    .max(MAX_QUERY_CHARS, `the query is longer than ${MAX_QUERY_CHARS} characters: ask one question`),
  language: documentLanguage.optional(),
  limit: z.number().int().min(1).max(20).default(3),
});
export type SearchRequest = z.input<typeof searchRequest>;

/** A heading-delimited section of a parsed document, before chunking. */
export interface Section {
  headings: string[];
  text: string;
}

export interface ParsedDocument {
  title: string;
  sections: Section[];
}

export interface Chunk {
  ord: number;
  headings: string[];
  text: string;
}

export type ImportStatus = 'created' | 'unchanged' | 'replaced';

export interface ImportResult {
  status: ImportStatus;
  documentId: string;
  title: string;
  chunks: number;
}

export interface DocumentSummary {
  id: string;
  kb: string;
  source: string;
  kind: DocumentKind;
  title: string;
  format: DocumentFormat;
  language: DocumentLanguage;
  bytes: number;
  chunks: number;
  updatedAt: string;
}

export interface Passage {
  chunkId: string;
  documentId: string;
  title: string;
  source: string;
  kind: DocumentKind;
  headings: string[];
  text: string;
  /** The language the passage is written in (its document's). */
  language: DocumentLanguage;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** The query's content words this passage contains, over all of them (0–1). */
  coverage: number;
  /**
   * The passage's own sentence that says most of the question, when one says any of it: a
   * Spanish question met by an English page (read through its translation) picks the sentence
   * the dialogue could not pick by shared words.
   */
  sentence?: string;
  /** The rarity-weighted share of the question that sentence says, with the headings (0–1). */
  sentenceShare?: number;
}
