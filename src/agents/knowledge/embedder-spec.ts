/** What hybrid search needs of an embedding model, whichever provider serves it. */
export interface Embedder {
  /** Names the model: vectors of another model are never compared with this one's. */
  readonly model: string;
  embedMany(texts: string[], signal?: AbortSignal): Promise<number[][]>;
  embed(text: string, signal?: AbortSignal): Promise<number[]>;
}
