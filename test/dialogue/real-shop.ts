/**
 * End-to-end harness: the offline engine through the LLM layer's real tool loop and conversation
 * context, against the real shop tools on a SQLite database (the demo catalog, or a test
 * catalog written with the catalog writer).
 */
import type { Kysely } from 'kysely';
import { ConversationContext } from '../../src/services/llm/context.ts';
import { SHOP_ASSISTANT } from '../../src/services/llm/profiles.ts';
import { runToolLoop } from '../../src/services/llm/tool-loop.ts';
import { getCurrentVocabulary } from '../../src/shop/catalog/current-vocabulary.ts';
import { type CategoryRecord, type ProductRecord, writeCatalog } from '../../src/shop/catalog/writer.ts';
import type { Language } from '../../src/shop/contract.ts';
import { createShopDialogueModel } from '../../src/shop/dialogue/index.ts';
import { createShopTools } from '../../src/shop/tools/index.ts';
import type { Database } from '../../src/store/schema.ts';
import { ES_CATEGORIES, type FakeProduct } from './fixtures.ts';

export interface RealTurn {
  text: string;
  calls: { name: string; input: unknown; result: unknown; error?: string | undefined }[];
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Writes a test catalog (and a customer and a promo its scenarios use) through the catalog writer. */
export async function writeTestCatalog(db: Kysely<Database>, products: FakeProduct[]): Promise<void> {
  const categories: CategoryRecord[] = [...new Set(products.map((p) => p.category))].map((c) => ({
    id: slug(c),
    name: c,
    name_es: ES_CATEGORIES[c]?.[0] ?? c,
    synonyms: ES_CATEGORIES[c] ?? [],
  }));
  const records: ProductRecord[] = products.map((p) => {
    const oos = new Set(p.outOfStock ?? []);
    const sizes = p.sizes.length ? p.sizes : [null];
    const colors = p.colors.length ? p.colors : [null];
    return {
      handle: slug(p.name),
      title: p.name,
      description: `${p.name}: ${p.attributes.join(', ')}.`,
      brand: p.brand,
      category: slug(p.category),
      tags: p.attributes,
      currency: p.currency,
      variants: sizes.flatMap((size) =>
        colors.map((color) => ({
          sku: `${p.id}-${size ?? 'x'}-${color ?? 'x'}`,
          size,
          color,
          price_cents: Math.round(p.price * 100),
          stock: (size && oos.has(size)) || (color && oos.has(color)) ? 0 : 7,
        })),
      ),
    };
  });
  await db.transaction().execute((trx) => writeCatalog(trx, { categories, products: records }));
  const ts = new Date().toISOString();
  await db
    .insertInto('promos')
    .values({
      code: 'SAVE10',
      kind: 'percent',
      value: 10,
      description: '10% off',
      description_es: '10% de descuento',
      min_subtotal_cents: 0,
      applies_to: null,
      active: 1,
      starts_at: null,
      ends_at: null,
      created_at: ts,
    })
    .execute();
  await db
    .insertInto('users')
    .values({
      id: 'u_known',
      kind: 'account',
      name: 'Ana Test',
      customer_number: '1234',
      postal_code: '94105',
      language: 'en',
      created_at: ts,
      updated_at: ts,
    })
    .execute();
}

export class RealConversation {
  readonly context: ConversationContext;
  readonly #tools: ReturnType<typeof createShopTools>;
  readonly #model: ReturnType<typeof createShopDialogueModel>;
  readonly #user: { userId: string; sessionId: string };

  constructor(
    db: Kysely<Database>,
    language: Language,
    userId: string,
    /** A later visit of the same shopper: its own session, and what the shop remembers of them. */
    visit: { sessionId?: string; shopperNote?: string } = {},
    /** The store's policy text, given to the shop tools as the app's SHOP_POLICY_TEXT setting does. */
    policyText?: string,
  ) {
    this.#tools = createShopTools({
      db,
      config: {
        SHOP_CONFIRM_SECRET: 'dialogue-test-secret-123',
        ...(policyText !== undefined ? { SHOP_POLICY_TEXT: policyText } : {}),
      },
    });
    this.#model = createShopDialogueModel({ vocabulary: (l) => getCurrentVocabulary(db, l) });
    this.context = new ConversationContext({
      profile: SHOP_ASSISTANT,
      language,
      maxMessages: 200,
      ...(visit.shopperNote ? { shopperNote: visit.shopperNote } : {}),
    });
    this.#user = { userId, sessionId: visit.sessionId ?? `s_${userId}` };
  }

  get userId(): string {
    return this.#user.userId;
  }

  /** The shop services this conversation's tools use (same database). */
  get services() {
    return this.#tools.services;
  }

  static async guest(
    db: Kysely<Database>,
    language: Language,
    policyText?: string,
  ): Promise<RealConversation> {
    const id = `u_guest_${Math.random().toString(36).slice(2, 8)}`;
    const ts = new Date().toISOString();
    await db.insertInto('users').values({ id, kind: 'guest', created_at: ts, updated_at: ts }).execute();
    return new RealConversation(db, language, id, {}, policyText);
  }

  async say(text: string): Promise<RealTurn> {
    this.context.addUserText(text);
    const calls: RealTurn['calls'] = [];
    const errors: string[] = [];
    const summary = await runToolLoop({
      model: this.#model,
      provider: 'offline',
      context: this.context,
      tools: this.#tools.tools,
      user: this.#user,
      signal: new AbortController().signal,
      // What a step answers is under test here, not how fast: a loaded test machine (two cores
      // shared by every test worker) must not turn a slow first step into a failed turn.
      firstChunkTimeoutMs: 120_000,
      chunkTimeoutMs: 120_000,
      onEvent: (e) => {
        if (e.type === 'tool-call-stopped')
          calls.push({ name: e.call.name, input: e.call.input, result: e.result, error: e.error });
        if (e.type === 'error') errors.push(e.error.message);
      },
    });
    if (summary.reason !== 'completed')
      throw new Error(`tool loop ended with ${summary.reason} on "${text}": ${errors.join('; ')}`);
    return { text: summary.text, calls };
  }

  /** The shopper's cart as the shop sees it. */
  cart() {
    return this.#tools.services.carts.view(this.#user.userId, 'en');
  }

  /** The shopper's latest order, if any. */
  async latestOrder(): Promise<{ id: string; status: string } | undefined> {
    const [o] = await this.#tools.services.orders.list(this.#user.userId, 1);
    return o ? { id: o.id, status: o.status } : undefined;
  }

  async close(): Promise<void> {
    await this.#tools.services.close();
  }
}
