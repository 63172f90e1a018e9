/**
 * The shopper's own data over REST for the web app's screens (cart, checkout, saved items,
 * history, product search). Every route is a thin wrapper over the shop domain services and acts
 * only for the caller the server's identity resolver returns: another shopper's ids are 404.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, replyWithError } from '../http/errors.ts';
import { getProductCards, getProductDetails } from '../shop/catalog/cards.ts';
import { searchProducts } from '../shop/catalog/search.ts';
import type { Language } from '../shop/contract.ts';
import { isShopError, type ShopErrorCode } from '../shop/errors.ts';
import type { ShopServices } from '../shop/services.ts';
import { listConversations } from '../store/repositories/conversations.ts';
import { UsersRepository } from '../store/repositories/users.ts';

export interface ShopApiDeps {
  /** The same services the voice sessions use (shared confirmation secret, same database). */
  shop: ShopServices;
}

const LANGUAGES = ['en', 'es'] as const;
const languageSchema = z.enum(LANGUAGES);

const variantText = (what: string) => z.string().trim().min(1).max(40).describe(what);
const addItemBody = z.object({
  productId: z.string().trim().min(1).max(200),
  size: variantText('Size as listed on the product').optional(),
  color: variantText('Colour as listed on the product').optional(),
  options: z
    .record(variantText('Option name as listed on the product'), variantText('Option value as listed'))
    .refine((o) => Object.keys(o).length <= 5, 'at most 5 options')
    .optional()
    .describe('Values of options other than size and colour ({"Volume": "50 ml"})'),
  quantity: z.number().int().min(1).max(1000).default(1),
});
const updateItemBody = z.object({ quantity: z.number().int().min(0).max(1000) });
const promoBody = z.object({ code: z.string().trim().min(1).max(60) });
const confirmBody = z.object({
  token: z.string().trim().min(1).max(200),
  // Omitted: the token's own nonce is the key, so a click and a spoken "yes" converge on one order.
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
});
const saveBody = z.object({
  productId: z.string().trim().min(1).max(200),
  size: variantText('Size').optional(),
  color: variantText('Colour').optional(),
  note: z.string().trim().max(200).optional(),
});
const meBody = z.object({ language: languageSchema });
const searchQuery = z.object({
  q: z.string().max(500).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(12),
  lang: languageSchema.optional(),
  ids: z
    .string()
    .max(4000)
    .optional()
    .describe('Comma-separated product ids: those cards, in order (q is ignored)'),
});
const langQuery = z.object({ lang: languageSchema.optional() });
const handoffsQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
const itemParams = z.object({ itemId: z.string().min(1).max(200) });
const productParams = z.object({ id: z.string().min(1).max(200) });

/** Domain refusals → HTTP. Another shopper's ids are `not_found` in the domain already, so they reveal nothing. */
const STATUS: Record<ShopErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  identity_required: 403,
  identity_failed: 403,
  identity_locked: 403,
  out_of_stock: 409,
  variant_required: 422,
  promo_invalid: 422,
  cart_empty: 422,
  confirmation_invalid: 409,
  cancelled: 503,
};

const tags = ['shop'];
/** Every shop route acts for the caller; one without credentials becomes a guest (cookie set). */
const config = { identity: 'guest' } as const;

export async function registerShopApi(root: FastifyInstance, deps: ShopApiDeps): Promise<void> {
  const { shop } = deps;
  const db = shop.db;
  const users = new UsersRepository(db);
  const app = root.withTypeProvider<ZodTypeProvider>();

  // Domain refusals → statuses, for every route of this plugin (it is encapsulated).
  app.setErrorHandler((err: FastifyError | Error, request, reply) => {
    if (!isShopError(err)) return replyWithError(err, request, reply);
    const body: Record<string, unknown> = { detail: err.message, code: err.code };
    if (err.details) body.details = err.details;
    return reply.status(STATUS[err.code]).send(body);
  });

  /** Stored language of the shopper; a query `lang` wins (the UI switch before it is saved). */
  async function languageOf(userId: string, requested?: Language): Promise<Language> {
    if (requested) return requested;
    return (await users.language(userId)) === 'es' ? 'es' : 'en';
  }

  app.get(
    '/api/me',
    { schema: { tags, summary: 'Who the caller is (guest, account or admin) and their language' }, config },
    async ({ identity }) => {
      const row = await users.profile(identity.userId);
      return {
        userId: identity.userId,
        kind: identity.kind,
        language: row?.language === 'es' ? 'es' : 'en',
        // Only an account has these; a guest's are null.
        ...(identity.kind === 'account' ? { email: row?.email ?? null, name: row?.name ?? null } : {}),
      };
    },
  );
  app.patch(
    '/api/me',
    {
      schema: { tags, summary: "Set the caller's language (also the assistant's default)", body: meBody },
      config,
    },
    async ({ identity, body: { language } }) => {
      await users.setLanguage(identity.userId, language, new Date());
      return { userId: identity.userId, kind: identity.kind, language };
    },
  );

  // ── catalog ────────────────────────────────────────────────────────────────
  app.get(
    '/api/products',
    {
      schema: {
        tags,
        summary: 'Ranked product search (EN/ES), as product cards',
        description: 'Empty q lists the catalog. ids=a,b,c (instead of q) returns those cards in order.',
        querystring: searchQuery,
      },
      config,
    },
    async ({ identity, query }) => {
      const language = await languageOf(identity.userId, query.lang);
      if (query.ids !== undefined) {
        const list = query.ids
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .slice(0, 50);
        return { query: '', items: await getProductCards(db, list, language), total: list.length };
      }
      const r = await searchProducts(db, { query: query.q, language, limit: query.limit });
      return {
        query: query.q,
        total: r.total,
        corrections: r.corrections,
        items: r.items.map(({ score: _s, handle: _h, category: _c, ...card }) => card),
      };
    },
  );
  app.get(
    '/api/products/:id',
    {
      schema: {
        tags,
        summary: 'One product with every variant and its stock',
        params: productParams,
        querystring: langQuery,
      },
      config,
    },
    async ({ identity, params, query }, reply) => {
      const details = await getProductDetails(db, params.id, await languageOf(identity.userId, query.lang));
      return details ?? reply.status(404).send({ detail: 'no such product', code: 'not_found' });
    },
  );

  // ── cart ───────────────────────────────────────────────────────────────────
  const cartReply = (snap: { view: unknown; promoProblem: unknown; stockProblems: unknown[] }) => ({
    cart: snap.view,
    promoProblem: snap.promoProblem,
    stockProblems: snap.stockProblems,
  });

  app.get(
    '/api/cart',
    {
      schema: { tags, summary: "The caller's cart with current prices and totals", querystring: langQuery },
      config,
    },
    async ({ identity, query }) =>
      cartReply(await shop.carts.view(identity.userId, await languageOf(identity.userId, query.lang))),
  );
  app.post(
    '/api/cart/items',
    {
      schema: {
        tags,
        summary: 'Add a product (size/colour as listed) to the cart',
        body: addItemBody,
        querystring: langQuery,
      },
      config,
    },
    async ({ identity, body, query }) => {
      const language = await languageOf(identity.userId, query.lang);
      const snap = await shop.carts.add(identity.userId, null, language, body);
      return { ...cartReply(snap), added: snap.added };
    },
  );
  app.patch(
    '/api/cart/items/:itemId',
    {
      schema: {
        tags,
        summary: 'Change the quantity of a cart line (0 removes it)',
        body: updateItemBody,
        params: itemParams,
        querystring: langQuery,
      },
      config,
    },
    async ({ identity, body, params, query }) => {
      const language = await languageOf(identity.userId, query.lang);
      return cartReply(await shop.carts.update(identity.userId, language, params.itemId, body.quantity));
    },
  );
  app.delete(
    '/api/cart/items/:itemId',
    { schema: { tags, summary: 'Remove a cart line', params: itemParams, querystring: langQuery }, config },
    async ({ identity, params, query }) => {
      const language = await languageOf(identity.userId, query.lang);
      return cartReply(await shop.carts.remove(identity.userId, language, params.itemId));
    },
  );
  app.post(
    '/api/cart/promo',
    {
      schema: { tags, summary: 'Apply a promo code to the cart', body: promoBody, querystring: langQuery },
      config,
    },
    async ({ identity, body, query }) => {
      const language = await languageOf(identity.userId, query.lang);
      return cartReply(await shop.carts.applyPromo(identity.userId, language, body.code));
    },
  );

  // ── orders ─────────────────────────────────────────────────────────────────
  app.post(
    '/api/orders/prepare',
    {
      schema: {
        tags,
        summary: 'Checkout step 1: the read-back summary and a confirmation token',
        querystring: langQuery,
      },
      config,
    },
    async ({ identity, query }) => {
      const p = await shop.orders.prepare(identity.userId, await languageOf(identity.userId, query.lang));
      return { summary: p.summary, token: p.token, expiresAt: p.expiresAt, ...cartReply(p.cart) };
    },
  );
  app.post(
    '/api/orders/confirm',
    {
      schema: {
        tags,
        summary: 'Checkout step 2: place the order the token was issued for (idempotent)',
        body: confirmBody,
        querystring: langQuery,
      },
      config,
    },
    async ({ identity, body, query }) => {
      const language = await languageOf(identity.userId, query.lang);
      const placed = await shop.orders.confirm(
        identity.userId,
        null,
        language,
        body.token,
        body.idempotencyKey,
      );
      return { order: placed.order, replayed: placed.replayed };
    },
  );
  app.get(
    '/api/orders',
    { schema: { tags, summary: "The caller's orders, latest first" }, config },
    async ({ identity }) => ({ orders: await shop.orders.list(identity.userId, 20) }),
  );

  // ── saved items and history ───────────────────────────────────────────────
  app.get(
    '/api/saved',
    { schema: { tags, summary: "The caller's saved items", querystring: langQuery }, config },
    async ({ identity, query }) => ({
      saved: await shop.saved.list(identity.userId, await languageOf(identity.userId, query.lang)),
    }),
  );
  app.post(
    '/api/saved',
    { schema: { tags, summary: 'Save a product for later', body: saveBody, querystring: langQuery }, config },
    async ({ identity, body, query }) => ({
      saved: await shop.saved.save(identity.userId, await languageOf(identity.userId, query.lang), body),
    }),
  );
  app.get(
    '/api/history',
    {
      schema: {
        tags,
        summary: "The caller's past conversations, orders and background research",
        querystring: langQuery,
      },
      config,
    },
    async ({ identity, query }) => {
      const language = await languageOf(identity.userId, query.lang);
      const [orders, conversations, research] = await Promise.all([
        shop.orders.list(identity.userId, 20),
        listConversations(db, identity.userId, 20),
        shop.research.list(identity.userId, language, 10),
      ]);
      return { orders, conversations, research };
    },
  );
  app.get(
    '/api/conversations',
    {
      schema: {
        tags,
        summary: 'Recorded conversations: the caller’s own, every shopper’s for the shop owner',
      },
      config,
    },
    async ({ identity }) => ({
      conversations: await listConversations(db, identity.kind === 'admin' ? null : identity.userId, 50),
    }),
  );
  app.get(
    '/api/handoffs',
    {
      schema: {
        tags,
        summary: 'Requests for a human agent, newest first (shop owner only)',
        querystring: handoffsQuery,
      },
      config,
      // Before the query is validated: a shopper learns only that the list is not theirs to read.
      preValidation: async ({ identity }) => {
        if (identity.kind !== 'admin') throw new HttpError(403, 'shop owner only');
      },
    },
    async ({ query }) => ({ handoffs: await shop.handoff.list(query.limit) }),
  );
}
