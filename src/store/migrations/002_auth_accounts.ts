import { type Kysely, PostgresAdapter } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Accounts: better-auth's four tables (its own column names, so its Kysely adapter works
 * unchanged; types as its own generator emits per dialect: boolean/timestamptz on PostgreSQL,
 * integer/date-as-text on SQLite) and `user_identities`, which maps every way of signing in
 * (email + password, an external OIDC/Clerk issuer) to one row of `users`.
 */
export const authAccounts: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const pg = db.getExecutor().adapter instanceof PostgresAdapter;
    const ts = pg ? 'timestamptz' : 'date';
    const bool = pg ? 'boolean' : 'integer';

    await db.schema
      .createTable('auth_users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('emailVerified', bool, (c) => c.notNull())
      .addColumn('image', 'text')
      .addColumn('createdAt', ts, (c) => c.notNull())
      .addColumn('updatedAt', ts, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('auth_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('expiresAt', ts, (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('createdAt', ts, (c) => c.notNull())
      .addColumn('updatedAt', ts, (c) => c.notNull())
      .addColumn('ipAddress', 'text')
      .addColumn('userAgent', 'text')
      .addColumn('userId', 'text', (c) => c.notNull().references('auth_users.id').onDelete('cascade'))
      .execute();
    await db.schema.createIndex('auth_sessions_userId_idx').on('auth_sessions').column('userId').execute();
    await db.schema
      .createTable('auth_accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('accountId', 'text', (c) => c.notNull())
      .addColumn('providerId', 'text', (c) => c.notNull())
      .addColumn('userId', 'text', (c) => c.notNull().references('auth_users.id').onDelete('cascade'))
      .addColumn('accessToken', 'text')
      .addColumn('refreshToken', 'text')
      .addColumn('idToken', 'text')
      .addColumn('accessTokenExpiresAt', ts)
      .addColumn('refreshTokenExpiresAt', ts)
      .addColumn('scope', 'text')
      .addColumn('password', 'text')
      .addColumn('createdAt', ts, (c) => c.notNull())
      .addColumn('updatedAt', ts, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('auth_accounts_userId_idx').on('auth_accounts').column('userId').execute();
    await db.schema
      .createTable('auth_verifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('identifier', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('expiresAt', ts, (c) => c.notNull())
      .addColumn('createdAt', ts, (c) => c.notNull())
      .addColumn('updatedAt', ts, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('auth_verifications_identifier_idx')
      .on('auth_verifications')
      .column('identifier')
      .execute();

    await db.schema
      .createTable('user_identities')
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('user_identities_pk', ['provider', 'subject'])
      .execute();
    await db.schema.createIndex('user_identities_user_idx').on('user_identities').column('user_id').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const t of ['user_identities', 'auth_verifications', 'auth_accounts', 'auth_sessions', 'auth_users'])
      await db.schema.dropTable(t).execute();
  },
};
