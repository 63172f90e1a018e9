/**
 * The shopper's own data over REST for the web app's screens (cart, checkout, saved items,
 * history, product search). Every route is a thin wrapper over the shop domain services and acts
 * only for the caller the server's identity resolver returns: another shopper's ids are 404.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import type { Identity } from '../http/identity.ts';
import { parseInput, validatedInHandler } from '../http/zod.ts';
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
});
const langQuery = z.object({ lang: languageSchema.optional() });
const handoffsQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
const idsQuery = z.object({ ids: z.string().max(4000), lang: languageSchema.optional() });
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

function route(
  summary: string,
  parts: { body?: z.ZodType; querystring?: z.ZodType; params?: z.ZodType; description?: string } = {},
): RouteShorthandOptions {
  const schema: Record<string, unknown> = { tags: ['shop'], summary };
  // Every shop route acts for the caller; one without credentials becomes a guest (cookie set).
  if (parts.description) schema.description = parts.description;
  if (parts.body) schema.body = parts.body;
  if (parts.querystring) schema.querystring = parts.querystring;
  if (parts.params) schema.params = parts.params;
  return { schema, validatorCompiler: validatedInHandler, config: { identity: 'guest' } };
}

export async function registerShopApi(app: FastifyInstance, deps: ShopApiDeps): Promise<void> {
  const { shop } = deps;
  const db = shop.db;
  const users = new UsersRepository(db);

  /** Stored language of the shopper; a query `lang` wins (the UI switch before it is saved). */
  async function languageOf(userId: string, requested?: Language): Promise<Language> {
    if (requested) return requested;
    return (await users.language(userId)) === 'es' ? 'es' : 'en';
  }

  type Handler = (ctx: {
    request: FastifyRequest;
    reply: FastifyReply;
    identity: Identity;
  }) => Promise<unknown>;

  /** Runs a handler for the caller (resolved by the identity hook) and maps domain errors to statuses. */
  const act =
    (handler: Handler) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
      try {
        return await handler({ request, reply, identity: request.identity });
      } catch (err) {
        if (isShopError(err)) {
          const body: Record<string, unknown> = { detail: err.message, code: err.code };
          if (err.details) body.details = err.details;
          return reply.status(STATUS[err.code]).send(body);
        }
        throw err;
      }
    };

  const lang = async (request: FastifyRequest, identity: Identity) =>
    languageOf(identity.userId, parseInput(langQuery, request.query, 'query').lang);

  app.get(
    '/api/me',
    route('Who the caller is (guest, account or admin) and their language'),
    act(async ({ identity }) => {
      const row = await users.profile(identity.userId);
      return {
        userId: identity.userId,
        kind: identity.kind,
        language: row?.language === 'es' ? 'es' : 'en',
        // Only an account has these; a guest's are null.
        ...(identity.kind === 'account' ? { email: row?.email ?? null, name: row?.name ?? null } : {}),
      };
    }),
  );
  app.patch(
    '/api/me',
    route("Set the caller's language (also the assistant's default)", { body: meBody }),
    act(async ({ request, identity }) => {
      const { language } = parseInput(meBody, request.body, 'body');
      await users.setLanguage(identity.userId, language, new Date());
      return { userId: identity.userId, kind: identity.kind, language };
    }),
  );

  // ── catalog ────────────────────────────────────────────────────────────────
  app.get(
    '/api/products',
    route('Ranked product search (EN/ES), as product cards', {
      querystring: searchQuery,
      description: 'Empty q lists the catalog. ids=a,b,c (instead of q) returns those cards in order.',
    }),
    act(async ({ request, identity }) => {
      const query = request.query as Record<string, unknown>;
      if (typeof query.ids === 'string') {
        const { ids, lang: l } = parseInput(idsQuery, query, 'query');
        const language = await languageOf(identity.userId, l);
        const list = ids
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .slice(0, 50);
        return { query: '', items: await getProductCards(db, list, language), total: list.length };
      }
      const q = parseInput(searchQuery, query, 'query');
      const language = await languageOf(identity.userId, q.lang);
      const r = await searchProducts(db, { query: q.q, language, limit: q.limit });
      return {
        query: q.q,
        total: r.total,
        corrections: r.corrections,
        items: r.items.map(({ score: _s, handle: _h, category: _c, ...card }) => card),
      };
    }),
  );
  app.get(
    '/api/products/:id',
    route('One product with every variant and its stock', { params: productParams }),
    act(async ({ request, reply, identity }) => {
      const { id } = parseInput(productParams, request.params, 'path');
      const details = await getProductDetails(db, id, await lang(request, identity));
      return details ?? reply.status(404).send({ detail: 'no such product', code: 'not_found' });
    }),
  );

  // ── cart ───────────────────────────────────────────────────────────────────
  const cartReply = (snap: { view: unknown; promoProblem: unknown; stockProblems: unknown[] }) => ({
    cart: snap.view,
    promoProblem: snap.promoProblem,
    stockProblems: snap.stockProblems,
  });

  app.get(
    '/api/cart',
    route("The caller's cart with current prices and totals", { querystring: langQuery }),
    act(async ({ request, identity }) =>
      cartReply(await shop.carts.view(identity.userId, await lang(request, identity))),
    ),
  );
  app.post(
    '/api/cart/items',
    route('Add a product (size/colour as listed) to the cart', { body: addItemBody, querystring: langQuery }),
    act(async ({ request, identity }) => {
      const body = parseInput(addItemBody, request.body, 'body');
      const snap = await shop.carts.add(identity.userId, null, await lang(request, identity), body);
      return { ...cartReply(snap), added: snap.added };
    }),
  );
  app.patch(
    '/api/cart/items/:itemId',
    route('Change the quantity of a cart line (0 removes it)', {
      body: updateItemBody,
      params: itemParams,
      querystring: langQuery,
    }),
    act(async ({ request, identity }) => {
      const { itemId } = parseInput(itemParams, request.params, 'path');
      const { quantity } = parseInput(updateItemBody, request.body, 'body');
      return cartReply(
        await shop.carts.update(identity.userId, await lang(request, identity), itemId, quantity),
      );
    }),
  );
  app.delete(
    '/api/cart/items/:itemId',
    route('Remove a cart line', { params: itemParams, querystring: langQuery }),
    act(async ({ request, identity }) => {
      const { itemId } = parseInput(itemParams, request.params, 'path');
      return cartReply(await shop.carts.remove(identity.userId, await lang(request, identity), itemId));
    }),
  );
  app.post(
    '/api/cart/promo',
    route('Apply a promo code to the cart', { body: promoBody, querystring: langQuery }),
    act(async ({ request, identity }) => {
      const { code } = parseInput(promoBody, request.body, 'body');
      return cartReply(await shop.carts.applyPromo(identity.userId, await lang(request, identity), code));
    }),
  );

  // ── orders ─────────────────────────────────────────────────────────────────
  app.post(
    '/api/orders/prepare',
    route('Checkout step 1: the read-back summary and a confirmation token', { querystring: langQuery }),
    act(async ({ request, identity }) => {
      const p = await shop.orders.prepare(identity.userId, await lang(request, identity));
      return { summary: p.summary, token: p.token, expiresAt: p.expiresAt, ...cartReply(p.cart) };
    }),
  );
  app.post(
    '/api/orders/confirm',
    route('Checkout step 2: place the order the token was issued for (idempotent)', {
      body: confirmBody,
      querystring: langQuery,
    }),
    act(async ({ request, identity }) => {
      const { token, idempotencyKey } = parseInput(confirmBody, request.body, 'body');
      const placed = await shop.orders.confirm(
        identity.userId,
        null,
        await lang(request, identity),
        token,
        idempotencyKey,
      );
      return { order: placed.order, replayed: placed.replayed };
    }),
  );
  app.get(
    '/api/orders',
    route("The caller's orders, latest first"),
    act(async ({ identity }) => ({ orders: await shop.orders.list(identity.userId, 20) })),
  );

  // ── saved items and history ───────────────────────────────────────────────
  app.get(
    '/api/saved',
    route("The caller's saved items", { querystring: langQuery }),
    act(async ({ request, identity }) => ({
      saved: await shop.saved.list(identity.userId, await lang(request, identity)),
    })),
  );
  app.post(
    '/api/saved',
    route('Save a product for later', { body: saveBody, querystring: langQuery }),
    act(async ({ request, identity }) => {
      const body = parseInput(saveBody, request.body, 'body');
      return { saved: await shop.saved.save(identity.userId, await lang(request, identity), body) };
    }),
  );
  app.get(
    '/api/history',
    route("The caller's past conversations and orders", { querystring: langQuery }),
    act(async ({ identity }) => {
      const [orders, conversations] = await Promise.all([
        shop.orders.list(identity.userId, 20),
        listConversations(db, identity.userId, 20),
      ]);
      return { orders, conversations };
    }),
  );
  app.get(
    '/api/conversations',
    route('Recorded conversations: the caller’s own, every shopper’s for the shop owner'),
    act(async ({ identity }) => ({
      conversations: await listConversations(db, identity.kind === 'admin' ? null : identity.userId, 50),
    })),
  );
  app.get(
    '/api/handoffs',
    route('Requests for a human agent, newest first (shop owner only)', { querystring: handoffsQuery }),
    act(async ({ request, reply, identity }) => {
      if (identity.kind !== 'admin') return reply.status(403).send({ detail: 'shop owner only' });
      const { limit } = parseInput(handoffsQuery, request.query, 'query');
      return { handoffs: await shop.handoff.list(limit) };
    }),
  );
}
