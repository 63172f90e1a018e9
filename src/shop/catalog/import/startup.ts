/**
 * What the server loads at start: the shop's own catalog (CATALOG) or else the demo store, then
 * the shop's promo codes (PROMOS). The demo store is seeded only into a store that never held an
 * imported catalog, and a replacing import archives whatever the demo left behind.
 */
import type { Kysely } from 'kysely';
import type { Env } from '../../../config/section.ts';
import { childLogger } from '../../../log/logger.ts';
import type { Database } from '../../../store/schema.ts';
import { seedDemo } from '../../demo/seed.ts';
import { importPromos } from '../../promos/import/index.ts';
import { importCatalog } from './index.ts';
import { type CatalogEnv, loadCatalogSettings } from './settings.ts';

const log = childLogger({ component: 'shop-data' });

export async function loadShopData(
  db: Kysely<Database>,
  /** `settings`: the catalog section of the config tree; or `env` to parse it from (tests). */
  opts: { catalog?: string | undefined; settings?: CatalogEnv; env?: Env },
): Promise<void> {
  const settings = opts.settings ?? loadCatalogSettings(opts.env ?? {});
  if (opts.catalog) {
    const r = await importCatalog(db, opts.catalog, {
      mode: settings.CATALOG_MODE,
      locale: settings.SHOP_LOCALE,
      ...(settings.CATALOG_CURRENCY ? { currency: settings.CATALOG_CURRENCY } : {}),
      ...(settings.CATALOG_CATEGORIES_ES ? { categoriesEs: settings.CATALOG_CATEGORIES_ES } : {}),
    });
    for (const w of r.warnings) log.warn({ file: r.file, ...w }, 'catalog import warning');
    log.info(
      {
        file: r.file,
        changed: r.changed,
        created: r.productsCreated,
        updated: r.productsUpdated,
        archived: r.productsArchived,
        currency: r.currency,
      },
      r.changed ? 'catalog imported' : 'catalog file unchanged',
    );
  } else {
    const seeded = await seedDemo(db);
    log.info({ seeded }, 'demo catalog ready');
  }
  if (settings.PROMOS) {
    const r = await importPromos(db, settings.PROMOS, { mode: settings.PROMOS_MODE });
    log.info(
      {
        file: r.file,
        changed: r.changed,
        created: r.created,
        updated: r.updated,
        deactivated: r.deactivated,
      },
      'promo codes imported',
    );
  }
}
