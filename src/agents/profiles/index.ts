export { type AgentsConfig, agentsSection, loadAgentsConfig } from './config.ts';
export { type DefaultProfileInput, defaultProfileSpec } from './defaults.ts';
export { isProfileError, ProfileError, type ProfileErrorCode } from './errors.ts';
export * from './schema.ts';
export { type ProfileCapabilities, ProfileService, specOf } from './service.ts';
export {
  type AgentRequest,
  agentRequestSchema,
  resolveSessionAgent,
  type SessionAgent,
  type SessionOverrides,
  sessionLanguage,
} from './session-agent.ts';
