/** The offline shop dialogue engine: a deterministic bilingual LanguageModelV4 for shopping by voice. */

export { type DialogueEnv, dialogueEnvSchema, loadDialogueConfig } from './config.ts';
export { type EngineInput, type EngineResult, runEngine, type VocabularySource } from './engine.ts';
export {
  chunkText,
  createDialogueModel,
  createShopDialogueModel,
  type ShopDialogueModelOptions,
} from './model.ts';
export { type Action, type Awaiting, decide } from './steps/decide.ts';
export { type Completeness, judgeRequestCompleteness } from './understand/completeness.ts';
export { detectLanguage, type Intent, type Slots, type Understanding, understand } from './understand/nlu.ts';
export { type CompiledVocabulary, compiled, compileVocabulary } from './words/vocab.ts';
