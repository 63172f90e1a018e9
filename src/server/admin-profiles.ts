/**
 * The owner's agent profiles over REST (issue #15): list, read with every version, create,
 * update (each update is a new version), delete (never the default). Owner only: the admin
 * token (identity kind `admin`); anyone else gets 401 without credentials, 403 with a shopper's.
 * Bodies are validated by zod at the route (OpenAPI) and again, with what this server can run
 * (providers, voices, tools), by the profile service; a refusal stores nothing.
 */
import type { FastifyError, FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  isProfileError,
  type ProfileErrorCode,
  type ProfileService,
  profileSpecSchema,
  slugSchema,
} from '../agents/profiles/index.ts';
import { HttpError, replyWithError } from '../http/errors.ts';

export interface AdminProfilesDeps {
  profiles: ProfileService;
}

/** Profile refusals → HTTP statuses (also used by POST /start). */
export const PROFILE_STATUS: Record<ProfileErrorCode, number> = {
  not_found: 404,
  invalid: 400,
  conflict: 409,
  forbidden_override: 403,
  default_protected: 409,
  corrupt: 500,
};

/** A ProfileError as the HttpError a client sees (`code`, and the field at fault in `details`). */
export function profileHttpError(err: unknown): unknown {
  if (!isProfileError(err)) return err;
  return new HttpError(PROFILE_STATUS[err.code], err.message, {
    code: err.code,
    ...(err.field ? { details: { field: err.field } } : {}),
    cause: err,
  });
}

const tags = ['agents'];
const idParams = z.object({ id: slugSchema.describe('Agent profile id') });
const versionParams = idParams.extend({ version: z.coerce.number().int().min(0).describe('Version') });
const createBody = profileSpecSchema.extend({ id: slugSchema.describe('New profile id (a slug)') });
const updateBody = z
  .looseObject({})
  .describe('Profile fields to change (top-level); the rest are kept. Validated as a whole profile.');

const ownerOnly: preValidationAsyncHookHandler = async ({ identity }) => {
  if (identity.kind !== 'admin') throw new HttpError(403, 'shop owner only: sign in with the admin token');
};
const config = { identity: 'required' } as const;
const security = [{ bearer: [] }];

export async function registerAdminProfiles(root: FastifyInstance, deps: AdminProfilesDeps): Promise<void> {
  const { profiles } = deps;
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.setErrorHandler((err: FastifyError | Error, request, reply) =>
    replyWithError(profileHttpError(err) as Error, request, reply),
  );
  const owner = { config, preValidation: ownerOnly };

  app.get(
    '/api/admin/agents',
    {
      schema: { tags, summary: 'Agent profiles at their current versions (owner only)', security },
      ...owner,
    },
    async () => ({ agents: await profiles.list() }),
  );
  app.get(
    '/api/admin/agents/:id',
    {
      schema: {
        tags,
        summary: 'An agent profile and all its versions (owner only)',
        params: idParams,
        security,
      },
      ...owner,
    },
    async ({ params }) => ({
      agent: await profiles.get(params.id),
      versions: (await profiles.versions(params.id)).map(({ version, createdAt, name }) => ({
        version,
        createdAt,
        name,
      })),
    }),
  );
  app.get(
    '/api/admin/agents/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'One version of an agent profile (owner only)',
        params: versionParams,
        security,
      },
      ...owner,
    },
    async ({ params }) => ({ agent: await profiles.get(params.id, params.version) }),
  );
  app.post(
    '/api/admin/agents',
    {
      schema: {
        tags,
        summary: 'Create an agent profile (version 1; owner only)',
        body: createBody,
        security,
      },
      ...owner,
    },
    async ({ body }, reply) => {
      const { id, ...spec } = body;
      return reply.status(201).send({ agent: await profiles.create(id, spec) });
    },
  );
  app.patch(
    '/api/admin/agents/:id',
    {
      schema: {
        tags,
        summary: 'Update an agent profile: a new version (owner only)',
        params: idParams,
        body: updateBody,
        security,
      },
      ...owner,
    },
    async ({ params, body }) => ({ agent: await profiles.update(params.id, body) }),
  );
  app.delete(
    '/api/admin/agents/:id',
    {
      schema: {
        tags,
        summary: 'Delete an agent profile and its versions; the default cannot be (owner only)',
        params: idParams,
        security,
      },
      ...owner,
    },
    async ({ params }, reply) => {
      await profiles.delete(params.id);
      return reply.status(204).send();
    },
  );
}
