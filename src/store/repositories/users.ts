/**
 * The `users` rows the server reads and writes outside the shop services (guests, sign-in
 * links, the shopper's language), and the `user_identities` links from a sign-in to a user.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { SecurityTables } from '../security-tables.ts';

export interface UserProfile {
  email: string | null;
  name: string | null;
  language: string;
}

export interface NewAccount {
  id: string;
  /** Null when the address is not this account's to own (see `emailTaken`). */
  email: string | null;
  name: string | null;
  /** The sign-in that created it: `password` or the token issuer, and its subject. */
  provider: string;
  subject: string;
  at: Date;
}

export class UsersRepository {
  readonly #db: Kysely<Database & SecurityTables>;

  constructor(db: Kysely<Database>) {
    this.#db = db.withTables<SecurityTables>();
  }

  /** Creates the guest's row unless it exists (web visitors, phone callers). */
  /**
   * Deletes guests created before `before` that kept nothing: no cart items, saved items, orders,
   * sessions or research. Such a guest coming back is re-created from its cookie, so nothing is lost.
   */
  async pruneEmptyGuests(before: Date): Promise<number> {
    const result = await this.#db
      .deleteFrom('users')
      .where('kind', '=', 'guest')
      .where('created_at', '<', before.toISOString())
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('cart_items')
              .innerJoin('carts', 'carts.id', 'cart_items.cart_id')
              .select('cart_items.id')
              .whereRef('carts.user_id', '=', 'users.id'),
          ),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('saved_items').select('id').whereRef('saved_items.user_id', '=', 'users.id'))),
      )
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('orders').select('id').whereRef('orders.user_id', '=', 'users.id'))),
      )
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('sessions').select('id').whereRef('sessions.user_id', '=', 'users.id'))),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('research_results').select('id').whereRef('research_results.user_id', '=', 'users.id'),
          ),
        ),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async ensureGuest(id: string, at: Date): Promise<void> {
    const now = at.toISOString();
    await this.#db
      .insertInto('users')
      .values({
        id,
        kind: 'guest',
        email: null,
        name: null,
        customer_number: null,
        document_number: null,
        postal_code: null,
        phone: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async exists(id: string): Promise<boolean> {
    const row = await this.#db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async profile(id: string): Promise<UserProfile | undefined> {
    return this.#db
      .selectFrom('users')
      .select(['email', 'name', 'language'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The stored language, undefined for an unknown user. */
  async language(id: string): Promise<string | undefined> {
    const row = await this.#db.selectFrom('users').select('language').where('id', '=', id).executeTakeFirst();
    return row?.language;
  }

  async setLanguage(id: string, language: string, at: Date): Promise<void> {
    await this.#db
      .updateTable('users')
      .set({ language, updated_at: at.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Whether any user already has this email address. */
  async emailTaken(email: string): Promise<boolean> {
    const row = await this.#db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    return row !== undefined;
  }

  /** The user a sign-in (provider, subject) is linked to. */
  async userIdForIdentity(provider: string, subject: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('user_identities')
      .select('user_id')
      .where('provider', '=', provider)
      .where('subject', '=', subject)
      .executeTakeFirst();
    return row?.user_id;
  }

  /**
   * Creates an account and links the sign-in to it, atomically. Rejects with the database's
   * unique violation (`isUniqueViolation`) when the sign-in is already linked.
   */
  async createAccount(account: NewAccount): Promise<void> {
    const now = account.at.toISOString();
    await this.#db.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values({
          id: account.id,
          kind: 'account',
          email: account.email,
          name: account.name,
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
        .values({
          provider: account.provider,
          subject: account.subject,
          user_id: account.id,
          created_at: now,
          last_seen_at: now,
        })
        .execute();
    });
  }
}
