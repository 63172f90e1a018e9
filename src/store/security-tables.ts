/**
 * Typed shapes of the accounts and webhook tables (migrations 002 and 003); the repositories
 * use `db.withTables<SecurityTables>()` to get a Kysely that knows them.
 */
import type { ColumnType } from 'kysely';

type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface UserIdentitiesTable {
  /** "password" for email + password accounts, else the token issuer URL. */
  provider: string;
  /** better-auth user id, or the token's `sub`. */
  subject: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

export type WebhookStatus = 'pending' | 'delivered' | 'dead';

export interface WebhookOutboxTable {
  id: string;
  event_type: string;
  /** The exact JSON body that is signed and sent. */
  payload: string;
  status: Defaulted<WebhookStatus>;
  attempts: Defaulted<number>;
  /** ISO time of the next attempt (wall clock). */
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export type SecurityTables = {
  user_identities: UserIdentitiesTable;
  webhook_outbox: WebhookOutboxTable;
};
