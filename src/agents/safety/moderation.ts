/**
 * Optional moderation through a provider (OpenAI's /moderations or a compatible endpoint). The
 * guard consults it after its local checks; a failure (down, slow, malformed) is reported to the
 * caller, who goes on with the local verdict: moderation can only add blocks, never remove them.
 */
import { z } from 'zod';
import type { SafetyEnv } from './config.ts';

export interface ModerationResult {
  flagged: boolean;
  /** Category names the provider flagged (e.g. "violence", "self-harm/intent"). */
  categories: string[];
}

export interface ModerationProvider {
  readonly name: string;
  moderate(text: string, signal?: AbortSignal): Promise<ModerationResult>;
}

export class ModerationError extends Error {
  override name = 'ModerationError';
}

const ModerationResponse = z.object({
  results: z
    .array(
      z.object({
        flagged: z.boolean(),
        categories: z.record(z.string(), z.boolean().nullable()).default({}),
      }),
    )
    .min(1),
});

export interface OpenAiModerationOptions {
  url: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export class OpenAiModeration implements ModerationProvider {
  readonly name = 'openai';
  readonly #opts: OpenAiModerationOptions;

  constructor(opts: OpenAiModerationOptions) {
    this.#opts = opts;
  }

  async moderate(text: string, signal?: AbortSignal): Promise<ModerationResult> {
    const timeout = AbortSignal.timeout(this.#opts.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await (this.#opts.fetch ?? fetch)(this.#opts.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.#opts.apiKey ? { authorization: `Bearer ${this.#opts.apiKey}` } : {}),
        },
        body: JSON.stringify({ model: this.#opts.model, input: text }),
        signal: combined,
      });
    } catch (err) {
      throw new ModerationError(
        `moderation service unreachable at ${this.#opts.url}: ${(err as Error).message}`,
      );
    }
    if (!response.ok)
      throw new ModerationError(`moderation service answered HTTP ${response.status} at ${this.#opts.url}`);
    const parsed = ModerationResponse.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new ModerationError('moderation service answered with an unexpected body');
    const result = parsed.data.results[0];
    if (!result) throw new ModerationError('moderation service returned no result');
    return {
      flagged: result.flagged,
      categories: Object.entries(result.categories)
        .filter(([, on]) => on === true)
        .map(([name]) => name),
    };
  }
}

export function moderationFromConfig(env: SafetyEnv): ModerationProvider | undefined {
  if (env.SAFETY_MODERATION_PROVIDER === 'none') return undefined;
  return new OpenAiModeration({
    url: env.SAFETY_MODERATION_URL,
    model: env.SAFETY_MODERATION_MODEL,
    timeoutMs: env.SAFETY_MODERATION_TIMEOUT_MS,
    ...(env.SAFETY_MODERATION_API_KEY ? { apiKey: env.SAFETY_MODERATION_API_KEY } : {}),
  });
}
