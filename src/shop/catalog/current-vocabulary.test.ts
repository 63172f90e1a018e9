import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../../../test/store/databases.ts';
import { seedDemo } from '../demo/index.ts';
import { getCurrentVocabulary } from './current-vocabulary.ts';
import { bumpCatalogVersion } from './version.ts';
import { getVocabulary } from './vocabulary.ts';

describe.each(TEST_DIALECTS)('current catalog vocabulary (%s)', (dialect) => {
  const t = useTestStore(dialect);

  it('is built once per catalog version and set of active promo codes, and equals a fresh build', async () => {
    await seedDemo(t.store.db);
    const db = t.store.db;
    const first = await getCurrentVocabulary(db, 'en');
    expect(await getCurrentVocabulary(db, 'en')).toBe(first);
    expect(first).toEqual(await getVocabulary(db, 'en'));
    const es = await getCurrentVocabulary(db, 'es');
    expect(es).not.toBe(first);
    expect(es.language).toBe('es');

    await db.transaction().execute((trx) => bumpCatalogVersion(trx));
    const afterChange = await getCurrentVocabulary(db, 'en');
    expect(afterChange).not.toBe(first);
    expect(await getCurrentVocabulary(db, 'en')).toBe(afterChange);

    const ts = new Date().toISOString();
    await db
      .insertInto('promos')
      .values({ code: 'NEWCODE5', kind: 'percent', value: 5, active: 1, created_at: ts } as never)
      .execute();
    const withPromo = await getCurrentVocabulary(db, 'en');
    expect(withPromo).not.toBe(afterChange);
    expect(withPromo.promoCodes).toContain('NEWCODE5');
  });
});
