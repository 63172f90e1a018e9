/** The LLM layer: one adapter over the AI SDK, providers by env, the framework-owned tool loop. */
export { ADAPTER_DEFAULTS, type LlmCallOptions, type LlmModel, streamLlm, toLlmError } from './adapter.ts';
export {
  checkLlmConfig,
  DEFAULT_MODELS,
  describeLlmConfig,
  LLM_PROVIDERS,
  type LlmConfig,
  type LlmEnv,
  type LlmProviderName,
  llmEnvSchema,
  loopOptionsFromConfig,
} from './config.ts';
export { ConversationContext, type ConversationContextOptions, pairToolCalls } from './context.ts';
export { isLlmError, LlmConfigError, LlmError } from './errors.ts';
export { FillerPicker } from './filler.ts';
export { LlmProcessor, type LlmProcessorOptions } from './llm-processor.ts';
export { AGENT_PROFILES, type AgentProfile, SHOP_ASSISTANT, shopAssistantProfile } from './profiles.ts';
export {
  defineLlmProvider,
  type LlmProvider,
  type LlmProviderDeps,
  type OfflineEngineDeps,
} from './provider.ts';
export { LLM_PROVIDER_LIST } from './providers/index.ts';
export {
  createLlmService,
  initLlm,
  type LlmModelDeps,
  type LlmService,
  type ProbeResult,
  probeLlm,
} from './service.ts';
export {
  runToolLoop,
  type ToolLoopEndReason,
  type ToolLoopEvent,
  type ToolLoopOptions,
  type ToolLoopSummary,
} from './tool-loop.ts';
export * from './types.ts';
