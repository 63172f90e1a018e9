/**
 * Agent profiles in the database (SQLite or PostgreSQL): every write is a new version in one
 * transaction, so a refused or failed write leaves the previous version current and intact.
 * Bodies are validated again when read back: a row edited by hand fails loudly, never silently.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { ProfileError } from './errors.ts';
import { type AgentProfileVersion, type ProfileSpec, profileSpecSchema } from './schema.ts';

export interface StoredProfile extends AgentProfileVersion {
  updatedAt: string;
}

export class ProfilesRepository {
  readonly #db: Kysely<Database>;
  readonly #now: () => Date;

  /** `now`: wall time of versions (tests pass a fixed one). */
  constructor(db: Kysely<Database>, opts: { now?: () => Date } = {}) {
    this.#db = db;
    this.#now = opts.now ?? (() => new Date());
  }

  /** Every profile at its current version, by id. */
  async list(): Promise<StoredProfile[]> {
    const rows = await this.#db
      .selectFrom('agent_profiles as p')
      .innerJoin('agent_profile_versions as v', (j) =>
        j.onRef('v.profile_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'),
      )
      .select(['p.id', 'p.current_version', 'p.updated_at', 'v.data', 'v.created_at'])
      .orderBy('p.id')
      .execute();
    return rows.map((r) => toStored(r.id, r.current_version, r.data, r.created_at, r.updated_at));
  }

  /** The current version, or a given one. */
  async get(id: string, version?: number): Promise<StoredProfile | undefined> {
    const head = await this.#db
      .selectFrom('agent_profiles')
      .select(['current_version', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!head) return undefined;
    const row = await this.#db
      .selectFrom('agent_profile_versions')
      .select(['data', 'created_at', 'version'])
      .where('profile_id', '=', id)
      .where('version', '=', version ?? head.current_version)
      .executeTakeFirst();
    return row ? toStored(id, row.version, row.data, row.created_at, head.updated_at) : undefined;
  }

  /** Every version, newest first. */
  async versions(id: string): Promise<AgentProfileVersion[]> {
    const rows = await this.#db
      .selectFrom('agent_profile_versions')
      .select(['version', 'data', 'created_at'])
      .where('profile_id', '=', id)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => toStored(id, r.version, r.data, r.created_at, r.created_at));
  }

  /** The profile holding a name (case-insensitive), if any. */
  async idByName(name: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('agent_profiles')
      .select('id')
      .where('name_key', '=', nameKey(name))
      .executeTakeFirst();
    return row?.id;
  }

  /**
   * Writes `spec` as the next version of `id` (version 1 of a new profile). `expectNew` refuses
   * an existing id. Name clashes and races are refused by the unique index, inside the
   * transaction, so nothing is half-written.
   */
  async save(id: string, spec: ProfileSpec, opts: { expectNew: boolean }): Promise<StoredProfile> {
    const at = this.#now().toISOString();
    try {
      return await this.#db.transaction().execute(async (trx) => {
        const head = await trx
          .selectFrom('agent_profiles')
          .select('current_version')
          .where('id', '=', id)
          .executeTakeFirst();
        if (head && opts.expectNew)
          throw new ProfileError('conflict', `agent profile "${id}" already exists`);
        const version = (head?.current_version ?? 0) + 1;
        if (head) {
          await trx
            .updateTable('agent_profiles')
            .set({ name: spec.name, name_key: nameKey(spec.name), current_version: version, updated_at: at })
            .where('id', '=', id)
            .execute();
        } else {
          await trx
            .insertInto('agent_profiles')
            .values({
              id,
              name: spec.name,
              name_key: nameKey(spec.name),
              current_version: version,
              created_at: at,
              updated_at: at,
            })
            .execute();
        }
        await trx
          .insertInto('agent_profile_versions')
          .values({ profile_id: id, version, data: JSON.stringify(spec), created_at: at })
          .execute();
        return { ...spec, id, version, createdAt: at, updatedAt: at };
      });
    } catch (err) {
      if (err instanceof ProfileError) throw err;
      if (isUniqueViolation(err))
        throw new ProfileError('conflict', `an agent profile is already named "${spec.name}"`);
      throw err;
    }
  }

  /** Deletes a profile and its versions; false when there was none. */
  async delete(id: string): Promise<boolean> {
    return this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('agent_profile_versions').where('profile_id', '=', id).execute();
      const result = await trx.deleteFrom('agent_profiles').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }
}

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function toStored(
  id: string,
  version: number,
  data: string,
  createdAt: string,
  updatedAt: string,
): StoredProfile {
  const parsed = profileSpecSchema.safeParse(JSON.parse(data));
  if (!parsed.success)
    throw new ProfileError(
      'corrupt',
      `stored agent profile "${id}" version ${version} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { ...parsed.data, id, version, createdAt, updatedAt };
}

/** SQLite: SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY; PostgreSQL: 23505. */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
