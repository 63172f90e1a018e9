/**
 * LLM_PROVIDER=offline: the shop dialogue engine, a LanguageModel that runs in process. It goes
 * through the same adapter, tool loop and frames as any cloud model; its module loads only when
 * chosen. Its inputs (catalog vocabulary, clock, DIALOGUE_* settings) come typed from the
 * composition root as `deps.offline`.
 */
import { z } from 'zod';
import type { LlmModel } from '../adapter.ts';
import { LlmConfigError } from '../errors.ts';
import { defineLlmProvider } from '../provider.ts';

export const offlineLlm = defineLlmProvider({
  name: 'offline',
  defaultModel: 'shop-dialogue',
  configSchema: z.object({}),
  async create(_config, deps) {
    let engine: typeof import('../../../shop/dialogue/model.ts');
    try {
      engine = await import('../../../shop/dialogue/model.ts');
    } catch (err) {
      throw new LlmConfigError(
        `LLM_PROVIDER=offline: the shop dialogue engine could not be loaded from src/shop/dialogue (${(err as Error).message}); pick a cloud LLM_PROVIDER or install the engine`,
      );
    }
    try {
      return engine.createDialogueModel(deps.offline, deps.offline?.config) as LlmModel;
    } catch (err) {
      throw new LlmConfigError(`LLM_PROVIDER=offline: ${(err as Error).message}`);
    }
  },
});
