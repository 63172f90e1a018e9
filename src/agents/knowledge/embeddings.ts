/**
 * Embeddings for hybrid search, through the AI SDK (`embedMany`), from the provider the
 * configuration names. Vectors are stored per chunk as JSON and compared by cosine in JS: a shop's
 * knowledge base is hundreds of chunks, far below where an index (pgvector) pays for itself.
 */
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { type EmbeddingModel, embed, embedMany } from 'ai';
import type { KnowledgeConfig } from './config.ts';
import type { Embedder } from './embedder-spec.ts';
import { KnowledgeError } from './errors.ts';
import { wordVectorEmbedder } from './word-vectors/embedder.ts';

export type { Embedder } from './embedder-spec.ts';

/** An Embedder over any AI SDK embedding model. */
export function aiSdkEmbedder(model: EmbeddingModel, name: string, maxRetries = 0): Embedder {
  const fail = (error: unknown) =>
    new KnowledgeError('embedding_failed', `Embedding with ${name} failed: ${(error as Error).message}`, {
      cause: error,
    });
  return {
    model: name,
    async embedMany(texts, signal) {
      if (texts.length === 0) return [];
      try {
        const r = await embedMany({
          model,
          values: texts,
          maxRetries,
          ...(signal ? { abortSignal: signal } : {}),
        });
        return r.embeddings;
      } catch (error) {
        throw fail(error);
      }
    },
    async embed(text, signal) {
      try {
        return (await embed({ model, value: text, maxRetries, ...(signal ? { abortSignal: signal } : {}) }))
          .embedding;
      } catch (error) {
        throw fail(error);
      }
    },
  };
}

/** The configured embedder, or undefined when none is configured (full-text search only). */
export function createEmbedder(config: KnowledgeConfig): Embedder | undefined {
  if (config.KNOWLEDGE_EMBEDDING_PROVIDER === 'none') return undefined;
  if (config.KNOWLEDGE_EMBEDDING_PROVIDER === 'word-vectors') return wordVectorEmbedder();
  const provider = createOpenAICompatible({
    name: 'knowledge-embeddings',
    baseURL: config.KNOWLEDGE_EMBEDDING_BASE_URL!,
    ...(config.KNOWLEDGE_EMBEDDING_API_KEY ? { apiKey: config.KNOWLEDGE_EMBEDDING_API_KEY } : {}),
  });
  const model = config.KNOWLEDGE_EMBEDDING_MODEL;
  return aiSdkEmbedder(provider.embeddingModel(model), `openai-compatible:${model}`);
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
