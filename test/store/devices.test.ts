/** Device accounts on both databases: the secret never stored, verified by hash; agents; revocation. */
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/http/errors.ts';
import { DeviceAccounts } from '../../src/server/devices.ts';
import { DevicesRepository } from '../../src/store/repositories/devices.ts';
import { UsersRepository } from '../../src/store/repositories/users.ts';
import { TEST_DIALECTS, useTestStore } from './databases.ts';

describe.each(TEST_DIALECTS)('device accounts on %s', (dialect) => {
  const t = useTestStore(dialect);
  const accounts = () =>
    new DeviceAccounts({
      repo: new DevicesRepository(t.store.db),
      ensureUser: (id) => new UsersRepository(t.store.db).ensureGuest(id, new Date()),
    });

  it('keeps only a salted hash of the secret and checks it', async () => {
    const a = accounts();
    const dev = await a.register('kitchen', undefined);
    const other = await a.register('hall', undefined);
    const row = await t.store.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', dev.id)
      .executeTakeFirstOrThrow();
    expect(row.secret_hash).toMatch(/^scrypt\$/);
    expect(row.secret_hash).not.toContain(dev.secret);
    expect(row.user_id).toBe(`device_${dev.id}`);
    expect(await a.authenticate(dev.id, dev.secret)).toMatchObject({
      ok: true,
      device: { id: dev.id, name: 'kitchen' },
    });
    expect(await a.authenticate(dev.id, other.secret)).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(await a.authenticate('dev_nope', dev.secret)).toMatchObject({ ok: false, code: 'unauthorized' });
    expect((await a.list()).map((d) => d.name).sort()).toEqual(['hall', 'kitchen']);
    expect(JSON.stringify(await a.list())).not.toContain('scrypt');
  });

  it('revokes (once, first time kept) and refuses assignments without profiles', async () => {
    const a = accounts();
    const dev = await a.register('porch', undefined);
    const first = await a.revoke(dev.id);
    expect(first.revokedAt).not.toBeNull();
    expect((await a.revoke(dev.id)).revokedAt).toBe(first.revokedAt);
    expect(await a.authenticate(dev.id, dev.secret)).toMatchObject({ ok: false, code: 'revoked' });
    await expect(a.revoke('dev_missing')).rejects.toBeInstanceOf(HttpError);
    await expect(a.assign(dev.id, 'concierge')).rejects.toMatchObject({ statusCode: 400 });
    expect((await a.assign(dev.id, null)).agent).toBeNull();
  });
});
