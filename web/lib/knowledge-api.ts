/** The owner's knowledge-base API (src/server/admin-knowledge.ts), with the console's admin token. */
import { bearer, withHeaders } from './http';

export interface KnowledgeDocument {
  id: string;
  kb: string;
  source: string;
  kind: string;
  title: string;
  format: string;
  language: string;
  bytes: number;
  chunks: number;
  updatedAt: string;
}

export interface KnowledgePassage {
  chunkId: string;
  title: string;
  source: string;
  headings: string[];
  text: string;
  coverage: number;
}

export interface ImportReply {
  status: 'created' | 'unchanged' | 'replaced';
  documentId: string;
  title: string;
  chunks: number;
}

export function knowledgeApi(token: string | null) {
  const call = withHeaders(bearer(token));
  const base = (kb: string) => `/api/admin/knowledge/${encodeURIComponent(kb)}`;
  return {
    list: (kb: string) => call<{ documents: KnowledgeDocument[] }>('GET', `${base(kb)}/documents`),
    import: (
      kb: string,
      doc: { source: string; kind: string; format: string; language: string; content: string },
    ) => call<ImportReply>('POST', `${base(kb)}/documents`, doc),
    remove: (kb: string, id: string) =>
      call<Record<string, never>>('DELETE', `${base(kb)}/documents/${encodeURIComponent(id)}`),
    search: (kb: string, q: string) =>
      call<{ passages: KnowledgePassage[] }>('GET', `${base(kb)}/search?q=${encodeURIComponent(q)}`),
  };
}
