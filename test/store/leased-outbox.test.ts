/**
 * The lease bookkeeping both Convex outboxes share (src/store/repositories/leased-outbox.ts), on a
 * real store through each repository, so each table's key column and live status are exercised:
 * a due row is leased to one node at a time, a lease that runs out frees it, a failed attempt
 * gives the lease up until its backoff time, a closing node hands its leases back, and a
 * finished row is never leased again.
 */
import { describe, expect, it } from 'vitest';
import { ConvexClaims } from '../../src/store/repositories/convex-claims.ts';
import { ConvexLinks } from '../../src/store/repositories/convex-links.ts';
import { TEST_DIALECTS, useTestStore } from './databases.ts';

const T0 = Date.parse('2026-12-06T12:00:00Z');
const at = (ms: number) => new Date(T0 + ms);
const LEASE = 30_000;

describe.each(TEST_DIALECTS)('leased outbox rows on %s', (dialect) => {
  const t = useTestStore(dialect);

  async function twoClaims() {
    const claims = new ConvexClaims(t.store.db);
    await t.store.db.transaction().execute(async (trx) => {
      const account = { userId: 'u1', issuer: 'https://clerk.example', subject: 'user_1' };
      await ConvexClaims.owe(trx, { id: 'c1', ...account, productIds: ['p1', 'p2'] }, at(0));
      await ConvexClaims.owe(trx, { id: 'c2', ...account, productIds: ['p3'] }, at(1));
    });
    return claims;
  }

  it('leases a due claim to one node until the lease runs out, then to another', async () => {
    const claims = await twoClaims();
    const first = await claims.claimDue('node-a', at(10), LEASE);
    expect(first).toEqual([
      {
        id: 'c1',
        userId: 'u1',
        issuer: 'https://clerk.example',
        subject: 'user_1',
        productIds: ['p1', 'p2'],
        attempts: 0,
      },
      {
        id: 'c2',
        userId: 'u1',
        issuer: 'https://clerk.example',
        subject: 'user_1',
        productIds: ['p3'],
        attempts: 0,
      },
    ]);
    expect(await claims.claimDue('node-b', at(20), LEASE)).toEqual([]);
    // The holder may take its own rows again (a later round of the same process).
    expect((await claims.claimDue('node-a', at(20), LEASE)).map((c) => c.id)).toEqual(['c1', 'c2']);
    // node-a died: once its lease (renewed at 20) runs out, node-b takes over.
    expect(await claims.claimDue('node-b', at(20 + LEASE - 1), LEASE)).toEqual([]);
    expect((await claims.claimDue('node-b', at(21 + LEASE), LEASE, 1)).map((c) => c.id)).toEqual(['c1']);
    expect(await claims.get('c1')).toMatchObject({ lease_owner: 'node-b' });
    expect(await claims.get('c2')).toMatchObject({ lease_owner: 'node-a' });
  });

  it('gives the lease up on a failed attempt and offers the row again only at its backoff time', async () => {
    const claims = await twoClaims();
    await claims.claimDue('node-a', at(10), LEASE);
    await claims.retryLater('c1', 1, at(5_000), 'x'.repeat(600), at(10));
    expect(await claims.get('c1')).toMatchObject({
      status: 'pending',
      attempts: 1,
      lease_owner: null,
      lease_until: null,
      next_attempt_at: at(5_000).toISOString(),
      updated_at: at(10).toISOString(),
      last_error: 'x'.repeat(500),
    });
    await claims.finish('c2', 'done', at(11));
    expect(await claims.nextDue()).toEqual(at(5_000));
    expect(await claims.claimDue('node-b', at(4_999), LEASE)).toEqual([]);
    expect(await claims.claimDue('node-b', at(5_000), LEASE)).toMatchObject([{ id: 'c1', attempts: 1 }]);
    await claims.finish('c1', 'dead', at(5_001), 'HTTP 400: refused');
    expect(await claims.get('c1')).toMatchObject({
      status: 'dead',
      lease_owner: null,
      last_error: 'HTTP 400: refused',
    });
    expect(await claims.nextDue()).toBeUndefined();
    expect(await claims.claimDue('node-b', at(99_000), LEASE)).toEqual([]);
    expect(await claims.counts()).toEqual({ pending: 0, done: 1, dead: 1 });
  });

  it('leases only the links asked for, hands them back when a node closes, keyed by session', async () => {
    const links = new ConvexLinks(t.store.db);
    for (const [i, id] of ['s1', 's2', 's3'].entries())
      await links.create({ sessionId: id, convexSessionId: `cv_${id}`, userId: 'u1' }, at(i));
    expect(await links.claimDue('node-a', at(10), LEASE, { sessionIds: [] })).toEqual([]);
    expect(await links.claimDue('node-a', at(10), LEASE, { sessionIds: ['s2', 's3'] })).toEqual([
      { sessionId: 's2', convexSessionId: 'cv_s2', userId: 'u1', deliveredSeq: 0, attempts: 0 },
      { sessionId: 's3', convexSessionId: 'cv_s3', userId: 'u1', deliveredSeq: 0, attempts: 0 },
    ]);
    expect((await links.claimDue('node-b', at(11), LEASE)).map((l) => l.sessionId)).toEqual(['s1']);
    await links.releaseOwner('node-a');
    expect(await links.get('s2')).toMatchObject({ lease_owner: null, lease_until: null });
    expect(await links.get('s1')).toMatchObject({ lease_owner: 'node-b' });
    await links.finish('s3', 'done', at(12));
    expect((await links.claimDue('node-c', at(13), LEASE)).map((l) => l.sessionId)).toEqual(['s2']);
    expect(await links.nextDue()).toEqual(at(0));
    await links.retryLater('s1', 2, at(9_000), 'HTTP 503', at(14));
    await links.finish('s2', 'dead', at(15), 'no such session');
    expect(await links.nextDue()).toEqual(at(9_000));
  });
});
