/**
 * A fresh shop for one script: a new SQLite database, the catalog CSV imported through the real
 * import code path, the store's promo codes seeded, and the real offline dialogue engine behind
 * the real LLM tool loop and shop tools.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ConversationContext } from '../../src/services/llm/context.ts';
import { SHOP_ASSISTANT } from '../../src/services/llm/profiles.ts';
import { runToolLoop } from '../../src/services/llm/tool-loop.ts';
import { getCurrentVocabulary } from '../../src/shop/catalog/current-vocabulary.ts';
import { type ImportOptions, importCatalog } from '../../src/shop/catalog/import/index.ts';
import type { Language, UiEvent } from '../../src/shop/contract.ts';
import { createShopDialogueModel } from '../../src/shop/dialogue/index.ts';
import { importPromos } from '../../src/shop/promos/import/index.ts';
import { createShopTools, type ShopToolset } from '../../src/shop/tools/index.ts';
import { openDatabase, type Store } from '../../src/store/db.ts';
import type { EvalPromo } from './types.ts';

export const CATALOG_DIR = join(import.meta.dirname, '..', 'catalogs');

/** Where an evaluation round's catalogs live and how its shop is set up the way the app would set it up. */
export interface EvalCatalogSet {
  /** Holds `<catalog>.csv` and `<catalog>.promos.json` (and `<catalog>.policy.txt` with `policy`). */
  dir: string;
  /**
   * `seed`: round 1's own promo JSON (EvalPromo[]) inserted straight into the promos table (there was
   * no promo import when it was written). `import`: the project's promo file through `importPromos`.
   */
  promos: 'seed' | 'import';
  /** Give `<catalog>.policy.txt` to the shop tools as SHOP_POLICY_TEXT, as the app's config does. */
  policy: boolean;
  /**
   * ISO 4217 currency of a catalog's prices, by catalog name (a Shopify CSV states none, so the
   * owner passes it to the import as the app's `--currency` does); a catalog not named sells in USD.
   */
  currency?: Readonly<Record<string, string>>;
}

/** Round 1 (eval/README.md), frozen as it was measured. */
export const ROUND1: EvalCatalogSet = { dir: CATALOG_DIR, promos: 'seed', policy: false };

export interface CatalogProduct {
  id: string;
  handle: string;
  title: string;
  vendor: string;
  type: string;
  variants: CatalogVariant[];
}

export interface CatalogVariant {
  sku: string;
  size: string | null;
  color: string | null;
  /** Option name → value as the CSV spells them (`Volume: 50 ml`), whatever the importer kept. */
  options: Readonly<Record<string, string>>;
  price: number;
  stock: number;
}

export interface Turn {
  text: string;
  calls: { name: string; input: unknown; error?: string | undefined }[];
  ui: UiEvent[];
}

export class EvalShop {
  readonly store: Store;
  readonly tools: ShopToolset;
  readonly model: ReturnType<typeof createShopDialogueModel>;
  /** By product id, as the shop's tools and UI events name products. */
  readonly products: ReadonlyMap<string, CatalogProduct>;
  /** Titles, vendors and option values: removed from replies before detecting their language. */
  readonly phrases: readonly string[];
  readonly importNotes: string[];
  /** ISO 4217 code the catalog was imported with: the currency read-backs must state. */
  readonly currency: string;

  private constructor(
    store: Store,
    products: CatalogProduct[],
    importNotes: string[],
    policyText: string | undefined,
    currency: string,
  ) {
    this.store = store;
    this.currency = currency;
    this.tools = createShopTools({
      db: store.db,
      config: {
        SHOP_CONFIRM_SECRET: 'eval-secret-0123456789',
        ...(policyText !== undefined ? { SHOP_POLICY_TEXT: policyText } : {}),
      },
    });
    this.model = createShopDialogueModel({ vocabulary: (l) => getCurrentVocabulary(store.db, l) });
    this.products = new Map(products.map((p) => [p.id, p]));
    this.phrases = [
      ...new Set(
        products.flatMap((p) => [
          p.title,
          p.vendor,
          ...p.variants.flatMap((v) => [v.size ?? '', v.color ?? '', ...Object.values(v.options)]),
        ]),
      ),
    ].filter(Boolean);
    this.importNotes = importNotes;
  }

  static async open(catalog: string, set: EvalCatalogSet = ROUND1): Promise<EvalShop> {
    const store = await openDatabase({ path: ':memory:' });
    try {
      // A Shopify CSV carries no currency; these stores sell in USD unless the round names another.
      const currency = set.currency?.[catalog] ?? 'USD';
      const options: ImportOptions = { currency };
      const csv = join(set.dir, `${catalog}.csv`);
      const result = await importCatalog(store.db, csv, options);
      const notes = result.skipped.map((s) => `skipped line ${s.line ?? '?'}: ${s.reason}`);
      const promoFile = join(set.dir, `${catalog}.promos.json`);
      if (set.promos === 'import') await importPromos(store.db, promoFile);
      else await seedPromos(store, JSON.parse(await readFile(promoFile, 'utf8')));
      const policy = set.policy ? await readFile(join(set.dir, `${catalog}.policy.txt`), 'utf8') : undefined;
      const products = await loadProducts(store, await csvVariantOptions(csv));
      return new EvalShop(store, products, notes, policy, currency);
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  async newShopper(language: Language): Promise<Shopper> {
    const id = `u_eval_${Math.random().toString(36).slice(2, 10)}`;
    const ts = new Date().toISOString();
    await this.store.db
      .insertInto('users')
      .values({ id, kind: 'guest', created_at: ts, updated_at: ts })
      .execute();
    return new Shopper(this, id, language);
  }

  async close(): Promise<void> {
    await this.tools.services.close();
    await this.store.close();
  }
}

export class Shopper {
  readonly context: ConversationContext;
  readonly userId: string;
  readonly language: Language;
  readonly #shop: EvalShop;

  constructor(shop: EvalShop, userId: string, language: Language) {
    this.#shop = shop;
    this.userId = userId;
    this.language = language;
    this.context = new ConversationContext({ profile: SHOP_ASSISTANT, language, maxMessages: 200 });
  }

  async say(text: string): Promise<Turn> {
    this.context.addUserText(text);
    const calls: Turn['calls'] = [];
    const ui: UiEvent[] = [];
    const summary = await runToolLoop({
      model: this.#shop.model,
      provider: 'offline',
      context: this.context,
      tools: this.#shop.tools.tools,
      user: { userId: this.userId, sessionId: `s_${this.userId}` },
      signal: new AbortController().signal,
      // Scored on what each step answers, not how fast: a loaded machine must not fail a turn.
      firstChunkTimeoutMs: 120_000,
      chunkTimeoutMs: 120_000,
      onEvent: (e) => {
        if (e.type === 'tool-call-stopped')
          calls.push({ name: e.call.name, input: e.call.input, error: e.error });
        else if (e.type === 'ui') ui.push(e.event);
      },
    });
    if (summary.reason !== 'completed') throw new Error(`tool loop ended with ${summary.reason}`);
    return { text: summary.text, calls, ui };
  }
}

/** No promo import exists yet (issue 12 asks for one): the codes go straight into the promos table. */
async function seedPromos(store: Store, promos: EvalPromo[]): Promise<void> {
  const ts = new Date().toISOString();
  for (const p of promos) {
    await store.db
      .insertInto('promos')
      .values({
        code: p.code,
        kind: p.kind,
        value: p.value,
        description: p.description,
        description_es: null,
        min_subtotal_cents: p.minSubtotalCents,
        applies_to: null,
        active: 1,
        starts_at: null,
        ends_at: p.endsAt,
        created_at: ts,
      })
      .execute();
  }
}

/** SKU → the variant's options as the CSV names them, read from the file itself (not the importer). */
async function csvVariantOptions(file: string): Promise<Map<string, Record<string, string>>> {
  const rows = parse(await readFile(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
  const out = new Map<string, Record<string, string>>();
  let names: string[] = [];
  let handle = '';
  for (const r of rows) {
    if (r.Handle !== handle) {
      handle = r.Handle ?? '';
      names = [1, 2, 3].map((n) => r[`Option${n} Name`] ?? '');
    }
    const options: Record<string, string> = {};
    names.forEach((name, i) => {
      const value = r[`Option${i + 1} Value`];
      if (name && value && value !== 'Default Title') options[name] = value;
    });
    if (r['Variant SKU']) out.set(r['Variant SKU'], options);
  }
  return out;
}

async function loadProducts(
  store: Store,
  csvOptions: ReadonlyMap<string, Record<string, string>>,
): Promise<CatalogProduct[]> {
  const rows = await store.db
    .selectFrom('products')
    .leftJoin('variants', 'variants.product_id', 'products.id')
    .select([
      'products.id as id',
      'products.handle as handle',
      'products.title as title',
      'products.brand as brand',
      'products.product_type as type',
      'variants.sku as sku',
      'variants.size as size',
      'variants.color as color',
      'variants.price_cents as price',
      'variants.stock as stock',
    ])
    .execute();
  const byId = new Map<string, CatalogProduct>();
  for (const r of rows) {
    const p = byId.get(r.id) ?? {
      id: r.id,
      handle: r.handle,
      title: r.title,
      vendor: r.brand,
      type: r.type,
      variants: [],
    };
    if (r.price !== null && r.sku !== null)
      p.variants.push({
        sku: r.sku,
        size: r.size,
        color: r.color,
        options: csvOptions.get(r.sku) ?? {},
        price: Number(r.price) / 100,
        stock: Number(r.stock),
      });
    byId.set(r.id, p);
  }
  return [...byId.values()];
}
