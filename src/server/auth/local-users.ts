/**
 * Maps every way of signing in (a better-auth account, an external issuer's subject) to one row
 * of `users`, created on first sight. The mapping never changes, so it is cached in memory.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../store/repositories/errors.ts';
import { UsersRepository } from '../../store/repositories/users.ts';
import type { Database } from '../../store/schema.ts';

export const PASSWORD_PROVIDER = 'password';

export class LocalUsers {
  readonly #users: UsersRepository;
  readonly #cache = new Map<string, string>();

  constructor(db: Kysely<Database>) {
    this.#users = new UsersRepository(db);
  }

  /** The local user id of (provider, subject); creates the user and the link on first use. */
  async userFor(provider: string, subject: string, profile: { email?: string; name?: string } = {}) {
    const key = `${provider}\u0000${subject}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const existing = await this.#users.userIdForIdentity(provider, subject);
    if (existing) return this.#remember(key, existing);
    const id = `u_${randomBytes(12).toString('base64url')}`;
    // Only password accounts own their email here (two providers may share one address), and an
    // address already on another user (a shop customer record) is never linked by sign-up alone:
    // that would hand over their orders without proof.
    let email = provider === PASSWORD_PROVIDER ? (profile.email ?? null) : null;
    if (email && (await this.#users.emailTaken(email))) email = null;
    try {
      await this.#users.createAccount({
        id,
        email,
        name: profile.name ?? null,
        provider,
        subject,
        at: new Date(),
      });
      return this.#remember(key, id);
    } catch (err) {
      // A concurrent first request linked it already: use theirs.
      if (!isUniqueViolation(err)) throw err;
      const raced = await this.#users.userIdForIdentity(provider, subject);
      if (!raced) throw err;
      return this.#remember(key, raced);
    }
  }

  #remember(key: string, userId: string): string {
    if (this.#cache.size >= 10_000) this.#cache.clear();
    this.#cache.set(key, userId);
    return userId;
  }
}
