/**
 * The owner's profiles and the sessions' view of them. A profile is checked against what this
 * server can actually run — the configured LLM and TTS providers, voices the TTS knows, the shop's
 * tools — before anything is stored, so a session never starts on a profile it cannot honour.
 * The `default` profile comes from configuration until the owner saves a version of it, and can
 * never be deleted.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { ProfileError } from './errors.ts';
import { nameKey, ProfilesRepository } from './repository.ts';
import {
  type AgentProfileRecord,
  type AgentProfileVersion,
  DEFAULT_PROFILE_ID,
  type ProfileSpec,
  profileSpecSchema,
  SLUG,
} from './schema.ts';

/** What this server can run; a profile naming anything else is refused. */
export interface ProfileCapabilities {
  llmProviders: readonly string[];
  ttsProviders: readonly string[];
  tools: readonly string[];
  /** A problem with a voice name for the configured TTS (undefined: usable). */
  checkVoice?(voice: string): string | undefined;
}

export interface ProfileServiceOptions {
  db: Kysely<Database>;
  /** The default profile from configuration (defaults.ts). */
  defaultSpec: ProfileSpec;
  capabilities: ProfileCapabilities;
  now?: () => Date;
}

export class ProfileService {
  readonly #repo: ProfilesRepository;
  readonly #defaultSpec: ProfileSpec;
  readonly #caps: ProfileCapabilities;
  readonly #bootedAt: string;

  constructor(opts: ProfileServiceOptions) {
    this.#repo = new ProfilesRepository(opts.db, opts.now ? { now: opts.now } : {});
    this.#defaultSpec = opts.defaultSpec;
    this.#caps = opts.capabilities;
    this.#bootedAt = (opts.now?.() ?? new Date()).toISOString();
  }

  /** The default as configured (version 0: never stored). */
  get configuredDefault(): AgentProfileRecord {
    return {
      ...this.#defaultSpec,
      id: DEFAULT_PROFILE_ID,
      version: 0,
      createdAt: this.#bootedAt,
      updatedAt: this.#bootedAt,
      source: 'config',
    };
  }

  async list(): Promise<AgentProfileRecord[]> {
    const stored = (await this.#repo.list()).map((p) => ({ ...p, source: 'store' as const }));
    return stored.some((p) => p.id === DEFAULT_PROFILE_ID) ? stored : [this.configuredDefault, ...stored];
  }

  /** The current version of a profile, or a given version of it; undefined when there is none. */
  async find(id: string, version?: number): Promise<AgentProfileRecord | undefined> {
    if (!SLUG.test(id)) return undefined;
    if (id === DEFAULT_PROFILE_ID && version === 0) return this.configuredDefault;
    const stored = await this.#repo.get(id, version);
    if (stored) return { ...stored, source: 'store' };
    return id === DEFAULT_PROFILE_ID && version === undefined ? this.configuredDefault : undefined;
  }

  /** Like find, but an unknown id is a `not_found` ProfileError naming it. */
  async get(id: string, version?: number): Promise<AgentProfileRecord> {
    const found = await this.find(id, version);
    if (!found)
      throw new ProfileError(
        'not_found',
        version === undefined
          ? `no agent profile "${id}"`
          : `agent profile "${id}" has no version ${version}`,
        'agent',
      );
    return found;
  }

  /** Every version, newest first (the configured default, never stored, is version 0). */
  async versions(id: string): Promise<AgentProfileVersion[]> {
    const stored = await this.#repo.versions(id);
    if (id === DEFAULT_PROFILE_ID) return [...stored, this.configuredDefault];
    if (stored.length === 0) throw new ProfileError('not_found', `no agent profile "${id}"`, 'agent');
    return stored;
  }

  async create(id: string, input: unknown): Promise<AgentProfileRecord> {
    if (!SLUG.test(id))
      throw new ProfileError(
        'invalid',
        `id "${id}" must be a slug: 1–40 lowercase letters, digits and dashes, not starting with a dash`,
        'id',
      );
    if (id === DEFAULT_PROFILE_ID)
      throw new ProfileError(
        'conflict',
        'the default profile exists already (from configuration); update it instead',
        'id',
      );
    const spec = this.validate(input);
    await this.#checkNameFree(spec.name, id);
    return { ...(await this.#repo.save(id, spec, { expectNew: true })), source: 'store' };
  }

  /** A new version: the fields given replace the current ones (top-level merge). */
  async update(id: string, patch: unknown): Promise<AgentProfileRecord> {
    const current = await this.get(id);
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch))
      throw new ProfileError('invalid', 'the update must be a JSON object of profile fields');
    const spec = this.validate({ ...specOf(current), ...patch });
    await this.#checkNameFree(spec.name, id);
    return { ...(await this.#repo.save(id, spec, { expectNew: false })), source: 'store' };
  }

  async delete(id: string): Promise<void> {
    if (id === DEFAULT_PROFILE_ID)
      throw new ProfileError(
        'default_protected',
        'the default profile cannot be deleted; update it to change what sessions without an agent run',
      );
    if (!(await this.#repo.delete(id)))
      throw new ProfileError('not_found', `no agent profile "${id}"`, 'agent');
  }

  /** Parses a profile body and checks it against what this server runs; throws `invalid` naming the field. */
  validate(input: unknown): ProfileSpec {
    const parsed = profileSpecSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') || undefined;
      throw new ProfileError(
        'invalid',
        `invalid agent profile: ${parsed.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`)
          .join('; ')}`,
        field,
      );
    }
    const spec = parsed.data;
    const refuse = (field: string, message: string): never => {
      throw new ProfileError('invalid', `invalid agent profile: ${field}: ${message}`, field);
    };
    const { llmProviders, ttsProviders, tools } = this.#caps;
    if (spec.llm.provider && !llmProviders.includes(spec.llm.provider))
      refuse(
        'llm.provider',
        `LLM provider "${spec.llm.provider}" is not configured on this server (configured: ${llmProviders.join(', ')})`,
      );
    if (spec.voice.provider && !ttsProviders.includes(spec.voice.provider))
      refuse(
        'voice.provider',
        `TTS provider "${spec.voice.provider}" is not configured on this server (configured: ${ttsProviders.join(', ')})`,
      );
    for (const lang of ['en', 'es'] as const) {
      const voice = spec.voice[lang];
      const problem = voice ? this.#caps.checkVoice?.(voice) : undefined;
      if (problem) refuse(`voice.${lang}`, problem);
    }
    for (const tool of spec.tools ?? [])
      if (!tools.includes(tool)) refuse('tools', `unknown shop tool "${tool}"`);
    for (const lang of spec.languages) {
      if (!spec.instructions[lang])
        refuse(`instructions.${lang}`, `required for a language offered (${lang})`);
      if (spec.greeting.enabled && !spec.greeting.text[lang])
        refuse(`greeting.text.${lang}`, `required when the greeting is on and ${lang} is offered`);
    }
    return spec;
  }

  /** Checks a voice a session asks for; throws `invalid` on the field `voice`. */
  checkVoice(voice: string): void {
    const problem = this.#caps.checkVoice?.(voice);
    if (problem) throw new ProfileError('invalid', `voice: ${problem}`, 'voice');
  }

  async #checkNameFree(name: string, id: string): Promise<void> {
    let holder = await this.#repo.idByName(name);
    // The configured default holds its name too, stored or not.
    if (
      !holder &&
      nameKey(name) === nameKey(this.#defaultSpec.name) &&
      !(await this.#repo.get(DEFAULT_PROFILE_ID))
    )
      holder = DEFAULT_PROFILE_ID;
    if (holder && holder !== id)
      throw new ProfileError('conflict', `agent profile "${holder}" is already named "${name}"`, 'name');
  }
}

/** The editable body of a record (no id, version, timestamps, source). */
export function specOf(record: AgentProfileVersion): ProfileSpec {
  const {
    id: _id,
    version: _v,
    createdAt: _c,
    ...spec
  } = record as AgentProfileVersion & {
    updatedAt?: string;
    source?: string;
  };
  const {
    updatedAt: _u,
    source: _s,
    ...rest
  } = spec as typeof spec & { updatedAt?: string; source?: string };
  return rest;
}
