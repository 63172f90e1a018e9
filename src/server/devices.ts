/**
 * Device accounts (issue #16): the owner registers a device and gets its id and a secret shown
 * once (kept as a salted scrypt hash), assigns it an agent profile, lists and revokes devices.
 * Each device shops as its own user (`device_<id>`), so its cart and orders are its own.
 * `deviceHost` is what the device transport gets from the server (module.ts `DeviceHost`).
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ProfileService,
  resolveSessionAgent,
  sessionLanguage,
  slugSchema,
} from '../agents/profiles/index.ts';
import { HttpError } from '../http/errors.ts';
import type { DeviceRow, DevicesRepository } from '../store/repositories/devices.ts';
import type {
  AssistantInfo,
  DeviceAccount,
  DeviceAuthResult,
  DeviceHost,
} from '../transports/device/host.ts';
import { switchSessionAgent } from './session/pipeline.ts';
import type { SessionManager } from './sessions.ts';

const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, keylen: number) => Promise<Buffer>;
const KEY_BYTES = 32;

async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, KEY_BYTES);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [kind, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const given = await scryptAsync(secret, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(given, expected);
}

export interface DeviceInfo {
  id: string;
  name: string;
  agent: string | null;
  userId: string;
  createdAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
}

function info(row: DeviceRow): DeviceInfo {
  return {
    id: row.id,
    name: row.name,
    agent: row.agent,
    userId: row.user_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
  };
}

export class DeviceAccounts {
  readonly #repo: DevicesRepository;
  readonly #agents: ProfileService | undefined;
  readonly #ensureUser: (userId: string) => Promise<void>;

  constructor(opts: {
    repo: DevicesRepository;
    agents?: ProfileService | undefined;
    ensureUser: (userId: string) => Promise<void>;
  }) {
    this.#repo = opts.repo;
    this.#agents = opts.agents;
    this.#ensureUser = opts.ensureUser;
  }

  /** A new device: its id and its secret, which is never shown again. */
  async register(name: string, agent: string | undefined): Promise<DeviceInfo & { secret: string }> {
    if (agent) await this.#checkAgent(agent);
    const id = `dev_${randomBytes(9).toString('base64url')}`;
    // The prefix keeps a secret from starting with "-", which a command line would read as an option.
    const secret = `dsk_${randomBytes(24).toString('base64url')}`;
    const userId = `device_${id}`;
    await this.#ensureUser(userId);
    const row: DeviceRow = {
      id,
      name,
      secret_hash: await hashSecret(secret),
      user_id: userId,
      agent: agent ?? null,
      created_at: new Date().toISOString(),
      revoked_at: null,
      last_seen_at: null,
    };
    await this.#repo.insert(row);
    return { ...info(row), secret };
  }

  async list(): Promise<DeviceInfo[]> {
    return (await this.#repo.list()).map(info);
  }

  async get(id: string): Promise<DeviceInfo | undefined> {
    const row = await this.#repo.find(id);
    return row ? info(row) : undefined;
  }

  async assign(id: string, agent: string | null): Promise<DeviceInfo> {
    if (agent) await this.#checkAgent(agent);
    if (!(await this.#repo.setAgent(id, agent))) throw new HttpError(404, `no device "${id}"`);
    return (await this.get(id))!;
  }

  async revoke(id: string): Promise<DeviceInfo> {
    if (!(await this.#repo.revoke(id, new Date()))) throw new HttpError(404, `no device "${id}"`);
    return (await this.get(id))!;
  }

  async authenticate(id: string, secret: string): Promise<DeviceAuthResult> {
    const row = await this.#repo.find(id);
    // An unknown id and a wrong secret read the same, so ids cannot be probed.
    if (!row || !(await secretMatches(secret, row.secret_hash)))
      return { ok: false, code: 'unauthorized', message: 'wrong device id or secret' };
    if (row.revoked_at)
      return { ok: false, code: 'revoked', message: 'this device was revoked by the owner' };
    return {
      ok: true,
      device: { id: row.id, name: row.name, userId: row.user_id, agent: row.agent ?? undefined },
    };
  }

  seen(id: string): Promise<void> {
    return this.#repo.seen(id, new Date());
  }

  async #checkAgent(agent: string): Promise<void> {
    if (!this.#agents) throw new HttpError(400, 'this server has no agent profiles to assign');
    if (!(await this.#agents.find(agent))) throw new HttpError(404, `no agent profile "${agent}"`);
  }
}

function assistantOf(agent: Awaited<ReturnType<typeof resolveSessionAgent>>): AssistantInfo {
  const language = sessionLanguage(agent);
  const p = agent.profile;
  const persona = agent.overrides.systemPrompt ?? p.instructions[language] ?? '';
  const voice = agent.overrides.voice ?? p.voice[language];
  return {
    agent: p.id,
    name: p.name,
    // The first lines only: the device shows it, the model gets the whole.
    personality: persona.split('\n').slice(0, 3).join('\n').slice(0, 400),
    ...(voice ? { voice } : {}),
    language,
  };
}

/** The server's side of the device transport. */
export function deviceHost(deps: {
  accounts: DeviceAccounts;
  sessions: SessionManager;
  agents?: ProfileService | undefined;
  ensureUser: (userId: string) => Promise<void>;
  onError?: (err: unknown) => void;
}): DeviceHost {
  const { accounts, sessions, agents } = deps;
  return {
    authenticate: (id, secret) => accounts.authenticate(id, secret),
    async reserve(device: DeviceAccount, ip: string) {
      await deps.ensureUser(device.userId); // pruned with the empty guests, it comes back
      const agent = agents ? await resolveSessionAgent(agents, { agent: device.agent }) : undefined;
      return sessions.reserve({
        userId: device.userId,
        transport: 'device',
        ip,
        ...(agent ? { agent, language: sessionLanguage(agent) } : {}),
        requestData: { deviceId: device.id },
      });
    },
    async assistant(sessionId) {
      const session = sessions.get(sessionId);
      if (session?.agent) return assistantOf(session.agent);
      if (agents) return assistantOf(await resolveSessionAgent(agents, {}));
      return { agent: 'default', name: 'assistant', personality: '', language: session?.language ?? 'en' };
    },
    async switchAgent(sessionId, agentId) {
      await switchSessionAgent(await sessions.whenStarted(sessionId), agentId);
      if (!agents) throw new HttpError(400, 'no agent profiles');
      return assistantOf(await resolveSessionAgent(agents, { agent: agentId }));
    },
    seen: (id) => void accounts.seen(id).catch((err: unknown) => deps.onError?.(err)),
  };
}

// ── the owner's API ────────────────────────────────────────────────────────

const tags = ['devices'];
const security = [{ bearer: [] }];
const idParams = z.object({ id: z.string().min(1).max(100).describe('Device id') });
const ownerOnly: preValidationAsyncHookHandler = async ({ identity }) => {
  if (identity.kind !== 'admin') throw new HttpError(403, 'shop owner only: sign in with the admin token');
};
const owner = { config: { identity: 'required' as const }, preValidation: ownerOnly };

export async function registerAdminDevices(
  root: FastifyInstance,
  deps: { accounts: DeviceAccounts; sessions: SessionManager },
) {
  const { accounts, sessions } = deps;
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/admin/devices',
    { schema: { tags, summary: 'Registered devices (owner only)', security }, ...owner },
    async () => ({ devices: await accounts.list() }),
  );
  app.post(
    '/api/admin/devices',
    {
      schema: {
        tags,
        summary: 'Register a device: its id and secret (shown only in this reply) (owner only)',
        security,
        body: z.object({
          name: z.string().trim().min(1).max(80).describe('Shown to the owner'),
          agent: slugSchema.optional().describe('Agent profile it runs (default: "default")'),
        }),
      },
      ...owner,
    },
    async (request, reply) => {
      const device = await accounts.register(request.body.name, request.body.agent);
      return reply.status(201).send(device);
    },
  );
  app.patch(
    '/api/admin/devices/:id',
    {
      schema: {
        tags,
        summary: "Assign a device's agent profile (null: the default) (owner only)",
        security,
        params: idParams,
        body: z.object({ agent: slugSchema.nullable() }),
      },
      ...owner,
    },
    async (request) => accounts.assign(request.params.id, request.body.agent),
  );
  app.post(
    '/api/admin/devices/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a device: it can no longer connect (owner only)',
        security,
        params: idParams,
      },
      ...owner,
    },
    async (request) => {
      const device = await accounts.revoke(request.params.id);
      // Connected now: its sessions end too (reconnecting is refused with 1008 "revoked").
      for (const s of sessions.list({ userId: device.userId }))
        if (s.state !== 'ended') await sessions.end(s.id, 'device revoked');
      return device;
    },
  );
}
