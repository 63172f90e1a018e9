import { z } from 'zod';
import { defineSection } from '../../config/section.ts';

/** Settings of the knowledge base (retrieval over the shop's documents). */
export const knowledgeEnvSchema = z
  .object({
    KNOWLEDGE_DEFAULT_KB: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'KNOWLEDGE_DEFAULT_KB must be a slug')
      .default('default')
      .describe('Knowledge base searched when a session names none (the default profile’s).'),
    KNOWLEDGE_MAX_DOCUMENT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(20_000_000)
      .default(1_000_000)
      .describe('Largest document an import accepts, in bytes; larger ones are refused whole.'),
    KNOWLEDGE_MIN_COVERAGE: z.coerce
      .number()
      .min(0)
      .max(1)
      .default(0.3)
      .describe(
        'Share of a question’s content words a passage must contain to count as an answer; below it the assistant says it does not know.',
      ),
    KNOWLEDGE_MEANINGS: z
      .enum(['wordnet+vectors', 'wordnet', 'none'])
      .default('wordnet+vectors')
      .describe(
        'Offline meanings for retrieval: wordnet lets a passage answer a question that says it in other words (English); wordnet+vectors also counts a word whose GloVe vector is close (“grease” for “lubricate”); none: words only.',
      ),
    KNOWLEDGE_EMBEDDING_PROVIDER: z
      .enum(['none', 'word-vectors', 'openai-compatible'])
      .default('none')
      .describe(
        'Embeddings for hybrid search (full-text plus vectors): word-vectors is offline (GloVe word vectors, weighted by rarity); openai-compatible calls an embeddings API; none: full-text ranking only.',
      ),
    KNOWLEDGE_EMBEDDING_BASE_URL: z
      .url()
      .optional()
      .describe('Base URL of the OpenAI-compatible embeddings API (…/v1); required with a provider.'),
    KNOWLEDGE_EMBEDDING_MODEL: z
      .string()
      .min(1)
      .default('text-embedding-3-small')
      .describe('Embedding model name.'),
    KNOWLEDGE_EMBEDDING_API_KEY: z.string().min(1).optional().describe('API key of the embeddings API.'),
    KNOWLEDGE_MIN_SIMILARITY: z.coerce
      .number()
      .min(-1)
      .max(1)
      .default(0.5)
      .describe('Cosine similarity at which a passage answers on its embedding alone (hybrid search).'),
  })
  .superRefine((env, ctx) => {
    if (env.KNOWLEDGE_EMBEDDING_PROVIDER === 'openai-compatible' && !env.KNOWLEDGE_EMBEDDING_BASE_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['KNOWLEDGE_EMBEDDING_BASE_URL'],
        message: 'required when KNOWLEDGE_EMBEDDING_PROVIDER is openai-compatible',
      });
  });

export type KnowledgeConfig = z.output<typeof knowledgeEnvSchema>;

export const knowledgeSection = defineSection({ title: 'Knowledge base', schema: knowledgeEnvSchema });

export function loadKnowledgeConfig(env: Record<string, string | undefined> = {}): KnowledgeConfig {
  return knowledgeEnvSchema.parse(env);
}
