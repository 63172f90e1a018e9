/** Agent profiles (and every version of each) and the knowledge bases they answer from. Conventions: ../schema.ts. */
/** One agent profile (issue #15): its unique name and current version. */
export interface AgentProfilesTable {
  id: string;
  name: string;
  /** Lowercased name, unique. */
  name_key: string;
  current_version: number;
  created_at: string;
  updated_at: string;
}

/** Every version of a profile: its full body as JSON (validated again when read). */
export interface AgentProfileVersionsTable {
  profile_id: string;
  version: number;
  data: string;
  created_at: string;
}

/** A document of a knowledge base (src/agents/knowledge): one per (kb, source). */
export interface KnowledgeDocumentsTable {
  id: string;
  /** Knowledge base slug ("default"); a profile names the one it uses. */
  kb: string;
  /** Where the document came from (file name, URL, "config:SHOP_POLICY_TEXT"): re-import key. */
  source: string;
  kind: string;
  title: string;
  format: string;
  language: string;
  /** sha256 of the raw content and import options: same hash → re-import changes nothing. */
  content_hash: string;
  bytes: number;
  chunk_count: number;
  created_at: string;
  updated_at: string;
}

/** A passage of a knowledge document, under its heading path (JSON array of headings). */
export interface KnowledgeChunksTable {
  id: string;
  document_id: string;
  kb: string;
  ord: number;
  heading_path: string;
  text: string;
  language: string;
  /** JSON array of numbers when an embedding provider is configured. */
  embedding: string | null;
  embedding_model: string | null;
}
