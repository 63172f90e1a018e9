/**
 * The configuration tree: every module's section, parsed once at start by `loadConfig(env)`.
 * A section lives next to the code it configures (its zod schema, defaults and descriptions);
 * this file only lists them. Adding settings = a schema in the module + one line here.
 * docs/configuration.md is generated from this list (`node scripts/config-docs.ts`).
 */
import type { z } from 'zod';
import { knowledgeSection } from '../agents/knowledge/config.ts';
import { agentsSection } from '../agents/profiles/config.ts';
import { safetySection } from '../agents/safety/config.ts';
import { turnEnvSchema } from '../audio/turn/config.ts';
import { vadEnvSchema } from '../audio/vad/config.ts';
import { clusterSection } from '../cluster/config.ts';
import { logSection } from '../log/config.ts';
import { authSection } from '../server/auth/config.ts';
import { serverSection } from '../server/config.ts';
import { convexSection } from '../server/convex/config.ts';
import { s2sSection } from '../server/s2s/config.ts';
import { webhookSection } from '../server/webhooks/config.ts';
import { failoverSection } from '../services/failover-config.ts';
import { llmSection } from '../services/llm/config.ts';
import { realtimeSection } from '../services/realtime/config.ts';
import { sttSection } from '../services/stt/config.ts';
import { ttsSection } from '../services/tts/config.ts';
import { catalogSection } from '../shop/catalog/import/settings.ts';
import { dialogueSection } from '../shop/dialogue/config.ts';
import { shopSection } from '../shop/tools/config.ts';
import { storeSection } from '../store/config.ts';
import { transportSection } from '../transports/config.ts';
import { deviceSection } from '../transports/device/config.ts';
import { twilioSection } from '../transports/twilio/config.ts';
import { webrtcSection } from '../transports/webrtc/config.ts';
import { processEnv } from './process.ts';
import { ConfigError, type ConfigSection, defineSection, type Env, trySection } from './section.ts';

// audio/ imports nothing above the pipeline, so its sections are declared here from its schemas.
const vadSection = defineSection({ title: 'Voice activity detection', schema: vadEnvSchema });
const turnSection = defineSection({ title: 'Turn detection', schema: turnEnvSchema });

export { ConfigError, type Env } from './section.ts';

/** Every section, in the order of docs/configuration.md. */
export const CONFIG_SECTIONS = {
  server: serverSection,
  cluster: clusterSection,
  log: logSection,
  store: storeSection,
  catalog: catalogSection,
  auth: authSection,
  s2s: s2sSection,
  webhooks: webhookSection,
  convex: convexSection,
  transport: transportSection,
  webrtc: webrtcSection,
  twilio: twilioSection,
  device: deviceSection,
  vad: vadSection,
  turn: turnSection,
  stt: sttSection,
  tts: ttsSection,
  llm: llmSection,
  failover: failoverSection,
  realtime: realtimeSection,
  dialogue: dialogueSection,
  shop: shopSection,
  agents: agentsSection,
  safety: safetySection,
  knowledge: knowledgeSection,
} as const satisfies Record<string, ConfigSection>;

export type SectionName = keyof typeof CONFIG_SECTIONS;
export type AppConfig = { [K in SectionName]: z.output<(typeof CONFIG_SECTIONS)[K]['schema']> };

/**
 * Parses the sections (all by default) from `env` — empty values mean unset — and throws one
 * ConfigError listing every bad variable of every section with what it expects.
 */
export function loadConfig(env?: Env): AppConfig;
export function loadConfig<K extends SectionName>(env: Env, only: readonly K[]): Pick<AppConfig, K>;
export function loadConfig(env: Env = processEnv(), only?: readonly SectionName[]): Partial<AppConfig> {
  const names = only ?? (Object.keys(CONFIG_SECTIONS) as SectionName[]);
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const name of names) {
    const result = trySection(CONFIG_SECTIONS[name] as ConfigSection, env);
    if (result.ok) config[name] = result.value;
    else problems.push(...result.problems.filter((p) => !problems.includes(p)));
  }
  problems.push(...crossSectionProblems(config as Partial<AppConfig>));
  if (problems.length > 0) throw new ConfigError(problems);
  return config as Partial<AppConfig>;
}

/** Settings that are only wrong together with another section's. */
function crossSectionProblems(config: Partial<AppConfig>): string[] {
  const problems: string[] = [];
  if (config.shop?.SHOP_RESEARCH_SUMMARIZER === 'llm' && config.llm?.provider === 'offline')
    problems.push(
      'SHOP_RESEARCH_SUMMARIZER: `llm` needs an LLM: set LLM_PROVIDER (the offline engine does not write summaries)',
    );
  if (config.cluster?.REDIS_URL) {
    // Every node must see the same sessions, users and cookies, and hand out a URL clients reach.
    if (config.store && !config.store.DATABASE_URL)
      problems.push(
        'REDIS_URL: many nodes need one shared database: set DATABASE_URL (PostgreSQL); a SQLite file belongs to one process',
      );
    if (config.server && !config.server.SESSION_SECRET)
      problems.push(
        'REDIS_URL: many nodes must sign cookies alike: set the same SESSION_SECRET on every node',
      );
    if (!config.cluster.NODE_URL)
      problems.push(
        "REDIS_URL: set NODE_URL to this node's own base URL (clients placed here connect to it)",
      );
  }
  return problems;
}
