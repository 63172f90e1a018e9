import type { Migration, MigrationProvider } from 'kysely/migration';
import { initial } from './001_initial.ts';
import { authAccounts } from './002_auth_accounts.ts';
import { webhookOutbox } from './003_webhook_outbox.ts';
import { shopDurability } from './004_shop_durability.ts';
import { catalogReplace } from './005_catalog_replace.ts';
import { identityThrottle } from './006_identity_throttle.ts';
import { variantOptions } from './007_variant_options.ts';
import { agentProfiles } from './008_agent_profiles.ts';
import { knowledge } from './009_knowledge.ts';
import { safetyIncidents } from './010_safety_incidents.ts';
import { shopperMemory } from './011_shopper_memory.ts';
import { researchSources } from './012_research_sources.ts';
import { devices } from './013_devices.ts';
import { sessionNodes } from './014_session_nodes.ts';
import { convexLinks } from './015_convex_links.ts';
import { convexClaims } from './016_convex_claims.ts';

/**
 * Every migration, in order. Names sort lexically and never change once committed;
 * add a new file (`002_<what>.ts`) and list it here — never edit an applied one.
 */
export const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_auth_accounts': authAccounts,
  '003_webhook_outbox': webhookOutbox,
  '004_shop_durability': shopDurability,
  '005_catalog_replace': catalogReplace,
  '006_identity_throttle': identityThrottle,
  '007_variant_options': variantOptions,
  '008_agent_profiles': agentProfiles,
  '009_knowledge': knowledge,
  '010_safety_incidents': safetyIncidents,
  '011_shopper_memory': shopperMemory,
  '012_research_sources': researchSources,
  '013_devices': devices,
  '014_session_nodes': sessionNodes,
  '015_convex_links': convexLinks,
  '016_convex_claims': convexClaims,
};

/** In-code provider: works with native TypeScript (no file-system discovery, no build step). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
