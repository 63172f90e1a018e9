/**
 * A guest's saved items moved into the account they sign in to (or prove by voice), like their
 * cart. Runs inside the caller's transaction, so whatever else must happen with the move (the
 * Convex link owing the items to the account's Convex records) commits with it or not at all.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';

/**
 * Moves every saved row of `guestId` to `accountId`; a product the account saved already keeps
 * the account's row. Returns the guest's product ids, oldest save first (all of them: the account
 * now holds each one).
 */
export async function moveGuestSaved(
  trx: Transaction<Database> | Kysely<Database>,
  guestId: string,
  accountId: string,
): Promise<string[]> {
  if (guestId === accountId) return [];
  const rows = await trx
    .selectFrom('saved_items')
    .select(['id', 'product_id'])
    .where('user_id', '=', guestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const owned = new Set(
    (
      await trx
        .selectFrom('saved_items')
        .select('product_id')
        .where('user_id', '=', accountId)
        .where(
          'product_id',
          'in',
          rows.map((r) => r.product_id),
        )
        .execute()
    ).map((r) => r.product_id),
  );
  const moving = rows.filter((r) => !owned.has(r.product_id)).map((r) => r.id);
  if (moving.length > 0)
    await trx.updateTable('saved_items').set({ user_id: accountId }).where('id', 'in', moving).execute();
  await trx.deleteFrom('saved_items').where('user_id', '=', guestId).execute();
  return rows.map((r) => r.product_id);
}
