/** The `devices` table: registered devices, their hashed secrets, agent and revocation. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, DevicesTable } from '../schema.ts';

export type DeviceRow = Selectable<DevicesTable>;

export class DevicesRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async insert(row: DeviceRow): Promise<void> {
    await this.#db.insertInto('devices').values(row).execute();
  }

  async find(id: string): Promise<DeviceRow | undefined> {
    return this.#db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async list(): Promise<DeviceRow[]> {
    return this.#db.selectFrom('devices').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  /** True when the device exists. */
  async setAgent(id: string, agent: string | null): Promise<boolean> {
    const r = await this.#db.updateTable('devices').set({ agent }).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** True when the device exists; revoking twice keeps the first time. */
  async revoke(id: string, at: Date): Promise<boolean> {
    const found = await this.find(id);
    if (!found) return false;
    if (found.revoked_at === null)
      await this.#db
        .updateTable('devices')
        .set({ revoked_at: at.toISOString() })
        .where('id', '=', id)
        .execute();
    return true;
  }

  async seen(id: string, at: Date): Promise<void> {
    await this.#db
      .updateTable('devices')
      .set({ last_seen_at: at.toISOString() })
      .where('id', '=', id)
      .execute();
  }
}
