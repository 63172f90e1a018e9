/** Environment variables of agent profiles: the default profile's greeting (issue #15). */
import { z } from 'zod';
import { defineSection, type Env, parseSection } from '../../config/section.ts';

const flag = z
  .enum(['true', 'false', '1', '0', 'on', 'off'])
  .transform((v) => v === 'true' || v === '1' || v === 'on');

export const agentsEnvSchema = z.object({
  AGENT_GREETING: flag
    .default(true)
    .describe(
      'The default profile greets the shopper when a session connects (a stored default profile decides for itself)',
    ),
  AGENT_GREETING_SKIP_TRANSPORTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .describe(
      'Comma-separated transports the default profile does not greet on (e.g. twilio: callers speak first)',
    ),
  AGENT_GREETING_EN: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .describe("The default profile's English greeting; default: a welcome naming SHOP_NAME"),
  AGENT_GREETING_ES: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .describe("The default profile's Spanish greeting; default: a welcome naming SHOP_NAME"),
});

export type AgentsConfig = z.output<typeof agentsEnvSchema>;

export const agentsSection = defineSection({
  title: 'Agent profiles',
  schema: agentsEnvSchema,
  notes:
    'Profiles other than `default` are stored in the database and managed through the admin API (/api/admin/agents) or the console.',
});

export function loadAgentsConfig(env: Env): AgentsConfig {
  return parseSection(agentsSection, env);
}
