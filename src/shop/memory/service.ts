/**
 * Per-shopper memory across sessions: preferences the shopper stated, listed and forgotten on
 * request, and the one the shop uses unasked — the usual size for a product the shopper is adding.
 * Writes are committed before they return, so a remembered size survives a crash right after
 * the assistant said "I'll remember it".
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';
import {
  isPreferenceKind,
  type Preference,
  type PreferenceInput,
  type PreferenceKind,
  preferenceInput,
  SINGLE_VALUED,
} from './preferences.ts';
import { scopeWords, usualSize } from './usual-size.ts';

/** A shopper keeps at most this many preferences; the oldest go first. */
export const MAX_PREFERENCES = 50;

export class MemoryService {
  private readonly db: Kysely<Database>;
  private readonly now: () => Date;

  constructor(opts: { db: Kysely<Database>; now?: () => Date }) {
    this.db = opts.db;
    this.now = opts.now ?? (() => new Date());
  }

  /** Remembers one preference; a size or budget replaces the previous one of the same scope. */
  async remember(userId: string, input: PreferenceInput, sessionId: string | null): Promise<Preference> {
    const p = preferenceInput.parse(input);
    const scope = scopeWords(p.scope).length ? p.scope : '';
    const ts = this.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (SINGLE_VALUED.has(p.kind))
        await trx
          .deleteFrom('shopper_preferences')
          .where('user_id', '=', userId)
          .where('kind', '=', p.kind)
          .where('scope', '=', scope)
          .where('value', '!=', p.value)
          .execute();
      const id = `pref_${randomUUID()}`;
      await trx
        .insertInto('shopper_preferences')
        .values({
          id,
          user_id: userId,
          kind: p.kind,
          scope,
          value: p.value,
          session_id: sessionId,
          created_at: ts,
          updated_at: ts,
        })
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'kind', 'scope', 'value'])
            .doUpdateSet({ updated_at: ts, session_id: sessionId }),
        )
        .execute();
      await this.trim(trx, userId);
      const row = await trx
        .selectFrom('shopper_preferences')
        .selectAll()
        .where('user_id', '=', userId)
        .where('kind', '=', p.kind)
        .where('scope', '=', scope)
        .where('value', '=', p.value)
        .executeTakeFirstOrThrow();
      return toPreference(row);
    });
  }

  /** Newest first. */
  async list(userId: string, kind?: PreferenceKind): Promise<Preference[]> {
    let q = this.db.selectFrom('shopper_preferences').selectAll().where('user_id', '=', userId);
    if (kind) q = q.where('kind', '=', kind);
    const rows = await q.orderBy('updated_at', 'desc').orderBy('id').execute();
    return rows.flatMap((r) => (isPreferenceKind(r.kind) ? [toPreference(r)] : []));
  }

  /**
   * Forgets what was asked: one preference by id, every one of a kind, or everything. Returns how
   * many were forgotten (0 for an id that is not this shopper's: no hint that it exists).
   */
  async forget(userId: string, what: { id?: string; kind?: PreferenceKind } = {}): Promise<number> {
    let q = this.db.deleteFrom('shopper_preferences').where('user_id', '=', userId);
    if (what.id) q = q.where('id', '=', what.id);
    if (what.kind) q = q.where('kind', '=', what.kind);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** The shopper's usual size for a product that offers `offered` (usual-size.ts). */
  async usualSize(userId: string, product: { category: string; name: string }, offered: readonly string[]) {
    if (offered.length === 0) return undefined;
    return usualSize(await this.list(userId, 'size'), product, offered);
  }

  /**
   * A guest who signs in or proves an account brings what they said along, like their cart; what
   * the guest said last wins over the account's older value of a single-valued kind.
   */
  async mergeGuest(guestId: string, accountId: string): Promise<number> {
    if (guestId === accountId) return 0;
    const guest = await this.list(guestId);
    for (const p of [...guest].reverse())
      await this.remember(accountId, { kind: p.kind, scope: p.scope, value: p.value }, null);
    await this.forget(guestId);
    return guest.length;
  }

  private async trim(trx: Transaction<Database>, userId: string): Promise<void> {
    const extra = await trx
      .selectFrom('shopper_preferences')
      .select('id')
      .where('user_id', '=', userId)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .offset(MAX_PREFERENCES)
      .limit(1000)
      .execute();
    if (extra.length > 0)
      await trx
        .deleteFrom('shopper_preferences')
        .where(
          'id',
          'in',
          extra.map((r) => r.id),
        )
        .execute();
  }
}

function toPreference(r: {
  id: string;
  kind: string;
  scope: string;
  value: string;
  updated_at: string;
}): Preference {
  return {
    id: r.id,
    kind: r.kind as PreferenceKind,
    scope: r.scope,
    value: r.value,
    updatedAt: r.updated_at,
  };
}
