/**
 * The owner's safety API (issue 15): the incidents the guard stored, filtered by session and rule,
 * the guard's effective settings, and the emergency stop that ends a live session at once. Owner
 * only (ADMIN_TOKEN identity); everyone else gets 403 before the input is even validated.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEVEL_BLOCKS } from '../agents/safety/guard.ts';
import { SAFETY_LEVELS } from '../agents/safety/settings.ts';
import { HttpError } from '../http/errors.ts';
import type { Identity } from '../http/identity.ts';
import type { AppCluster } from './cluster.ts';
import { recordEmergencyStop, type SessionSafety } from './session/safety.ts';
import type { Session } from './sessions.ts';

export interface AdminSafetyDeps {
  safety: SessionSafety;
  sessions: {
    get(id: string): Session | undefined;
    end(id: string, reason: string): Promise<void>;
  };
  /** Many nodes: a session another node holds is stopped by asking that node. */
  cluster?: Pick<AppCluster, 'getSession' | 'endRemote'>;
}

const tags = ['safety'];
const config = { identity: 'guest' } as const;
const ownerOnly = async ({ identity }: { identity: Identity }) => {
  if (identity.kind !== 'admin') throw new HttpError(403, 'shop owner only');
};

const incidentsQuery = z.object({
  session: z.string().trim().min(1).max(200).optional().describe('Only this session'),
  rule: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .describe('A rule id (topic:politics) or a rule kind (injection, harm, emergency-stop)'),
  before: z.iso.datetime().optional().describe('Incidents created before this time (paging)'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const stopParams = z.object({ id: z.string().min(1).max(200).describe('Session id') });
const stopBody = z
  .object({ reason: z.string().trim().max(200).optional().describe('Why (stored with the incident)') })
  .default({});

export async function registerAdminSafety(app: FastifyInstance, deps: AdminSafetyDeps): Promise<void> {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/api/admin/safety/incidents',
    {
      schema: {
        tags,
        summary: 'What the safety guard stopped, newest first (shop owner only)',
        querystring: incidentsQuery,
      },
      config,
      preValidation: ownerOnly,
    },
    async ({ query }) => ({
      incidents: await deps.safety.incidents.list({
        ...(query.session ? { sessionId: query.session } : {}),
        ...(query.rule ? { rule: query.rule } : {}),
        ...(query.before ? { before: query.before } : {}),
        limit: query.limit,
      }),
    }),
  );
  typed.get(
    '/api/admin/safety/settings',
    {
      schema: { tags, summary: "The guard's settings and what each level blocks (shop owner only)" },
      config,
      preValidation: ownerOnly,
    },
    async () => ({
      settings: deps.safety.settings,
      moderation: deps.safety.guard.moderation ?? null,
      levels: Object.fromEntries(SAFETY_LEVELS.map((l) => [l, [...LEVEL_BLOCKS[l]]])),
      redacted: ['card', 'phone', 'national-id'],
    }),
  );
  typed.post(
    '/api/admin/sessions/:id/emergency-stop',
    {
      schema: {
        tags,
        summary: 'End a live session at once and record it as an incident (shop owner only)',
        params: stopParams,
        body: stopBody,
      },
      config,
      preValidation: ownerOnly,
    },
    async ({ params, body }) => {
      const reason = `emergency stop (admin)${body?.reason ? `: ${body.reason}` : ''}`;
      const noSuch = () =>
        new HttpError(404, `no live session ${params.id}: it never existed or has already ended`);
      const session = deps.sessions.get(params.id);
      if (session) {
        if (session.state === 'ended') throw noSuch();
        await recordEmergencyStop(deps.safety, session, reason, 'admin');
        await deps.sessions.end(session.id, reason);
        return { stopped: true, sessionId: session.id, reason };
      }
      // Many nodes: the node holding it ends it; the incident goes to the shared store once it
      // has (a node that does not answer is a 503, and nothing is recorded as stopped).
      const remote = await deps.cluster?.getSession(params.id);
      if (!deps.cluster || !remote || remote.state === 'ended') throw noSuch();
      const ended = await deps.cluster.endRemote(remote.id, reason);
      if (!ended) throw noSuch();
      await recordEmergencyStop(deps.safety, remote, reason, 'admin');
      return { stopped: true, sessionId: remote.id, reason, ...(remote.node ? { node: remote.node } : {}) };
    },
  );
}
