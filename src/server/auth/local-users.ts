/**
 * Maps every way of signing in (a better-auth account, an external issuer's subject) to one row
 * of `users`, created on first sight. The mapping never changes, so it is cached in memory.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { SecurityTables } from '../../store/security-tables.ts';

export const PASSWORD_PROVIDER = 'password';

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export class LocalUsers {
  readonly #db: Kysely<Database & SecurityTables>;
  readonly #cache = new Map<string, string>();

  constructor(db: Kysely<Database>) {
    this.#db = db.withTables<SecurityTables>();
  }

  /** The local user id of (provider, subject); creates the user and the link on first use. */
  async userFor(provider: string, subject: string, profile: { email?: string; name?: string } = {}) {
    const key = `${provider}\u0000${subject}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const existing = await this.#find(provider, subject);
    if (existing) return this.#remember(key, existing);
    const id = `u_${randomBytes(12).toString('base64url')}`;
    const now = new Date().toISOString();
    // Only password accounts own their email here (two providers may share one address), and an
    // address already on another user (a shop customer record) is never linked by sign-up alone:
    // that would hand over their orders without proof.
    let email = provider === PASSWORD_PROVIDER ? (profile.email ?? null) : null;
    if (email) {
      const taken = await this.#db
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst();
      if (taken) email = null;
    }
    try {
      await this.#db.transaction().execute(async (trx) => {
        await trx
          .insertInto('users')
          .values({
            id,
            kind: 'account',
            email,
            name: profile.name ?? null,
            customer_number: null,
            document_number: null,
            postal_code: null,
            phone: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await trx
          .insertInto('user_identities')
          .values({ provider, subject, user_id: id, created_at: now, last_seen_at: now })
          .execute();
      });
      return this.#remember(key, id);
    } catch (err) {
      // A concurrent first request linked it already: use theirs.
      if (!isUniqueViolation(err)) throw err;
      const raced = await this.#find(provider, subject);
      if (!raced) throw err;
      return this.#remember(key, raced);
    }
  }

  async #find(provider: string, subject: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('user_identities')
      .select('user_id')
      .where('provider', '=', provider)
      .where('subject', '=', subject)
      .executeTakeFirst();
    return row?.user_id;
  }

  #remember(key: string, userId: string): string {
    if (this.#cache.size >= 10_000) this.#cache.clear();
    this.#cache.set(key, userId);
    return userId;
  }
}
