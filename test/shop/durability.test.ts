/**
 * Issue 4, "data is never lost": a restart (a new ShopServices over the same database) keeps a
 * guest's verified identity, its failed-attempt count and lock-out, and every handoff request.
 */
import { describe, expect, it } from 'vitest';
import { DbIdentityStore } from '../../src/shop/identity/db-store.ts';
import { InMemoryIdentityStore } from '../../src/shop/identity/service.ts';
import { InMemoryHandoffSink } from '../../src/shop/survey/service.ts';
import { createShopTools } from '../../src/shop/tools/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { ctx, fixtureSearch, makeToolset, seedShop, tickingClock } from './fixtures.ts';
import { call, expectRefused } from './helpers.ts';

describe.each(TEST_DIALECTS)('shop state survives a restart on %s', (dialect) => {
  const t = useTestStore(dialect);
  const guest = () => ctx('u_guest', 's_call');

  it('a guest verified before the restart still acts as the account after it, in that session only', async () => {
    await seedShop(t.store.db);
    const before = makeToolset(t.store.db);
    const ok = await call(
      before,
      'identify_user',
      { customerNumber: 'C-1001', postalCode: '28001' },
      guest(),
    );
    expect(ok.result.verified).toBe(true);

    const after = makeToolset(t.store.db);
    expect(await after.services.identity.resolveActor(guest())).toEqual({
      userId: 'u_alice',
      callerId: 'u_guest',
      kind: 'guest',
      verified: true,
    });
    expect((await call(after, 'shopping_history', {}, guest())).result.identified).toBeUndefined();
    expect((await call(after, 'shopping_history', {}, ctx('u_guest', 's_other'))).result.identified).toBe(
      false,
    );
    const row = await t.store.db
      .selectFrom('identity_verifications')
      .selectAll()
      .where('session_id', '=', 's_call')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ user_id: 'u_alice', failed_attempts: 0 });
    expect(row.verified_at).toMatch(/^2025-06-15T12:00:00\.\d{3}Z$/);
  });

  it('failed attempts are counted across restarts and the lock-out outlives one', async () => {
    await seedShop(t.store.db);
    const wrong = { customerNumber: 'C-1001', postalCode: '99999' };
    const first = makeToolset(t.store.db);
    await expectRefused(call(first, 'identify_user', wrong, guest()), 'identity_failed');
    await expectRefused(call(first, 'identify_user', wrong, guest()), 'identity_failed');
    // A restart does not hand out a fresh set of tries: the third failure locks.
    const second = makeToolset(t.store.db);
    await expectRefused(call(second, 'identify_user', wrong, guest()), 'identity_locked');
    const third = makeToolset(t.store.db);
    await expectRefused(
      call(third, 'identify_user', { customerNumber: 'C-1001', postalCode: '28001' }, guest()),
      'identity_locked',
    );
    expect((await third.services.identity.resolveActor(guest())).verified).toBe(false);
  });

  it('new calls bring no fresh tries: failures on one customer number lock it across sessions and callers', async () => {
    await seedShop(t.store.db);
    let at = new Date('2025-06-15T12:00:00.000Z').getTime();
    const clock = () => new Date(at);
    const set = makeToolset(t.store.db, clock);
    const wrong = { customerNumber: 'C-1001', postalCode: '99999' };
    // Five calls from two guests, one wrong guess each: each call alone is far from its own limit of 3.
    for (const [i, who] of ['u_guest', 'u_guest2', 'u_guest', 'u_guest2', 'u_guest'].entries())
      await expectRefused(call(set, 'identify_user', wrong, ctx(who, `s_call${i}`)), 'identity_failed');
    // The number is now locked for everyone, even with the right postal code, and after a restart.
    const right = { customerNumber: 'c dash one zero zero one', postalCode: '28001' };
    const locked = await expectRefused(
      call(makeToolset(t.store.db, clock), 'identify_user', right, ctx('u_guest2', 's_new')),
      'identity_locked',
    );
    expect(locked.error.message).toMatch(/15 more minutes/);
    // Another account's number still works for a caller under its own limit.
    expect(
      (
        await call(
          set,
          'identify_user',
          { customerNumber: 'C-1002', postalCode: '08001' },
          ctx('u_guest2', 's_bob'),
        )
      ).result.verified,
    ).toBe(true);
    // The lock ends on the clock.
    at += 15 * 60_000 + 1;
    expect((await call(set, 'identify_user', right, ctx('u_guest', 's_later'))).result.verified).toBe(true);
  });

  it('one caller guessing many numbers is locked across its sessions', async () => {
    await seedShop(t.store.db);
    let at = new Date('2025-06-15T12:00:00.000Z').getTime();
    const set = makeToolset(t.store.db, () => new Date(at));
    for (let i = 0; i < 5; i++) {
      at += 1000;
      await expectRefused(
        call(
          set,
          'identify_user',
          { customerNumber: `C-20${i}0`, postalCode: '28001' },
          ctx('u_guest', `s_${i}`),
        ),
        'identity_failed',
      );
    }
    await expectRefused(
      call(set, 'identify_user', { customerNumber: 'C-1001', postalCode: '28001' }, ctx('u_guest', 's_5')),
      'identity_locked',
    );
    // Failures spread wider than the window never lock.
    const other = makeToolset(t.store.db, () => new Date(at));
    for (let i = 0; i < 6; i++) {
      at += 4 * 60_000;
      await expectRefused(
        call(
          other,
          'identify_user',
          { customerNumber: `C-30${i}0`, postalCode: '28001' },
          ctx('u_guest2', `s_w${i}`),
        ),
        'identity_failed',
      );
    }
  });

  it('concurrent failures on one key are each counted', async () => {
    const store = new DbIdentityStore({ db: t.store.db });
    const at = new Date('2025-06-15T12:00:00.000Z');
    const policy = { maxFailures: 4, windowMs: 60_000, lockMs: 60_000 };
    await Promise.all([1, 2, 3].map(() => store.recordKeyFailures(['customer:C1001'], at, policy)));
    expect(await store.lockedUntil(['customer:C1001'], at)).toBeNull();
    await store.recordKeyFailures(['customer:C1001'], at, policy);
    expect(await store.lockedUntil(['caller:x', 'customer:C1001'], at)).toEqual(
      new Date(at.getTime() + 60_000),
    );
  });

  it('concurrent failures are each counted (one atomic upsert)', async () => {
    const store = new DbIdentityStore({ db: t.store.db });
    const counts = await Promise.all([1, 2, 3, 4].map(() => store.recordFailure('s_race')));
    expect(counts.sort()).toEqual([1, 2, 3, 4]);
    expect(await new DbIdentityStore({ db: t.store.db }).get('s_race')).toEqual({
      verifiedUserId: null,
      failedAttempts: 4,
    });
  });

  it('a handoff request is stored and listed, newest first, by a later instance', async () => {
    await seedShop(t.store.db);
    const now = tickingClock();
    const before = makeToolset(t.store.db, now);
    const a = await call(before, 'request_human', { reason: 'return a parcel' }, ctx('u_alice', 's_a', 'es'));
    const b = await call(before, 'request_human', { reason: 'upset' }, guest());
    expect(a.result.say).toMatch(/equipo/);

    const after = makeToolset(t.store.db, now);
    const listed = await after.services.handoff.list();
    expect(listed).toEqual([
      {
        id: b.result.handoffId,
        userId: 'u_guest',
        sessionId: 's_call',
        reason: 'upset',
        language: 'en',
        status: 'open',
        createdAt: expect.any(String),
      },
      expect.objectContaining({ id: a.result.handoffId, userId: 'u_alice', language: 'es', status: 'open' }),
    ]);
    expect(await after.services.handoff.list(1)).toHaveLength(1);
  });

  it('in-memory stores passed explicitly are used instead of the tables', async () => {
    await seedShop(t.store.db);
    const set = createShopTools({
      db: t.store.db,
      search: fixtureSearch(t.store.db),
      now: tickingClock(),
      config: { SHOP_CONFIRM_SECRET: 'test-secret-test-secret' },
      identityStore: new InMemoryIdentityStore(),
      handoffSink: new InMemoryHandoffSink(),
    });
    await call(set, 'identify_user', { customerNumber: 'C-1001', postalCode: '28001' }, guest());
    await call(set, 'request_human', { reason: 'help' }, guest());
    expect((await set.services.identity.resolveActor(guest())).verified).toBe(true);
    expect(await set.services.handoff.list()).toHaveLength(1);
    expect(await t.store.db.selectFrom('identity_verifications').selectAll().execute()).toEqual([]);
    expect(await t.store.db.selectFrom('handoff_requests').selectAll().execute()).toEqual([]);
  });
});
