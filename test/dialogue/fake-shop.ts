/**
 * An in-memory shop with the real tools' names and argument shapes, returning results shaped like
 * theirs (product cards, cart views, read-back tokens). It lets the dialogue tests drive whole
 * conversations through the V4 model without a database.
 */
import type { LanguageModelV4, LanguageModelV4Prompt, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { ES_CATEGORIES, ES_COLORS, type FakeProduct } from './fixtures.ts';

interface Line {
  itemId: string;
  productId: string;
  name: string;
  size?: string;
  color?: string;
  quantity: number;
  unitPrice: number;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
const stem = (w: string) => w.replace(/(es|s)$/, '');

export class FakeShop {
  readonly products: FakeProduct[];
  cart: Line[] = [];
  promo: string | null = null;
  orders: { orderId: string; status: string; total: number; currency: string }[] = [];
  saved: string[] = [];
  tokens = new Set<string>();
  placed = 0;
  #next = 1;

  constructor(products: FakeProduct[]) {
    this.products = products;
  }

  /** Shaped like the real tools' productForLlm. */
  card(p: FakeProduct) {
    const oos = new Set(p.outOfStock ?? []);
    return {
      id: p.id,
      name: p.name,
      brand: p.brand,
      category: p.category,
      price: p.price,
      currency: p.currency,
      inStock: true,
      sizesInStock: p.sizes.filter((x) => !oos.has(x)),
      colorsInStock: p.colors.filter((x) => !oos.has(x)),
      summary: `${p.name}: ${p.attributes.join(', ')} ${p.category}.`,
    };
  }

  variants(p: FakeProduct) {
    const oos = new Set(p.outOfStock ?? []);
    const sizes = p.sizes.length ? p.sizes : [null];
    const colors = p.colors.length ? p.colors : [null];
    return sizes.flatMap((size) =>
      colors.map((color) => ({
        variantId: `${p.id}-${size}-${color}`,
        size,
        color,
        price: p.price,
        stock: (size && oos.has(size)) || (color && oos.has(color)) ? 0 : 5,
      })),
    );
  }

  get(id: unknown): FakeProduct {
    const p = this.products.find((x) => x.id === id);
    if (!p) throw new Error(`not_found: no product ${String(id)}`);
    return p;
  }

  cartView() {
    const subtotal = this.cart.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
    const discount = this.promo ? Math.round(subtotal * 10) / 100 : 0;
    return {
      // Like the real cartForLlm: lines carry no productId.
      items: this.cart.map(({ productId: _p, ...l }) => ({
        ...l,
        lineTotal: Math.round(l.unitPrice * l.quantity * 100) / 100,
      })),
      subtotal: Math.round(subtotal * 100) / 100,
      discount,
      total: Math.round((subtotal - discount) * 100) / 100,
      currency: this.products[0]?.currency ?? 'USD',
      promo: this.promo,
    };
  }

  /** Runs one tool; throws like a real tool does (the loop turns it into an error result). */
  run(name: string, a: Record<string, unknown>): unknown {
    switch (name) {
      case 'search_products': {
        const q = typeof a.query === 'string' ? norm(a.query).split(/\s+/).map(stem) : [];
        const hits = this.products.filter((p) => {
          const es = (ES_CATEGORIES[p.category] ?? []).join(' ');
          const hay = norm(`${p.name} ${p.category} ${es} ${p.brand} ${p.attributes.join(' ')}`)
            .split(/[\s-]+/)
            .map(stem);
          if (q.length && !q.some((w) => hay.includes(w))) return false;
          if (
            a.category &&
            !norm(String(a.category))
              .split(/\s+/)
              .map(stem)
              .every((w) => hay.includes(w))
          )
            return false;
          if (a.brand && norm(p.brand) !== norm(String(a.brand))) return false;
          if (
            a.color &&
            !p.colors.some(
              (c) => norm(c) === norm(String(a.color)) || norm(ES_COLORS[c] ?? '') === norm(String(a.color)),
            )
          )
            return false;
          if (a.size && !p.sizes.includes(String(a.size))) return false;
          if (typeof a.maxPrice === 'number' && p.price > a.maxPrice) return false;
          if (typeof a.minPrice === 'number' && p.price < a.minPrice) return false;
          return true;
        });
        if (!a.query && !a.category && !a.brand && !a.color)
          throw new Error('invalid_input: give a query or a filter');
        const products = hits.slice(0, 6).map((p) => this.card(p));
        return { count: products.length, products };
      }
      case 'get_product': {
        // By id, or by the exact catalog name (as the real tool takes it).
        const named =
          typeof a.name === 'string'
            ? this.products.find((x) => x.name.toLowerCase() === String(a.name).toLowerCase())
            : undefined;
        const p = named ?? this.get(a.productId);
        return { ...this.card(p), variants: this.variants(p) };
      }
      case 'compare_products': {
        const rows = (a.productIds as string[]).map((id) => this.card(this.get(id)));
        return { products: rows, cheapestId: [...rows].sort((x, y) => x.price - y.price)[0]?.id ?? null };
      }
      case 'check_availability': {
        const p = this.get(a.productId);
        const oos = new Set(p.outOfStock ?? []);
        const available = !(a.size && oos.has(String(a.size))) && !(a.color && oos.has(String(a.color)));
        return {
          productId: p.id,
          name: p.name,
          size: a.size ?? null,
          color: a.color ?? null,
          available,
          stock: available ? 5 : 0,
          price: p.price,
          currency: p.currency,
          alternatives: {
            sizes: p.sizes.filter((x) => !oos.has(x)),
            colors: p.colors.filter((x) => !oos.has(x)),
          },
          knownOptions: { sizes: p.sizes, colors: p.colors },
        };
      }
      case 'add_to_cart': {
        const p = this.get(a.productId);
        if (p.sizes.length > 1 && !a.size) throw new Error(`size_required: ${p.name} needs a size`);
        if (a.size && (p.outOfStock ?? []).includes(String(a.size)))
          throw new Error(`out_of_stock: size ${a.size} is out of stock`);
        const line: Line = {
          itemId: `i${this.#next++}`,
          productId: p.id,
          name: p.name,
          quantity: Number(a.quantity ?? 1),
          unitPrice: p.price,
        };
        if (a.size) line.size = String(a.size);
        if (a.color) line.color = String(a.color);
        this.cart.push(line);
        return { added: { ...line, lineTotal: line.unitPrice * line.quantity }, cart: this.cartView() };
      }
      case 'update_cart_item': {
        const l = this.cart.find((x) => x.itemId === a.itemId);
        if (!l) throw new Error('not_found: no such cart item');
        l.quantity = Number(a.quantity);
        return this.cartView();
      }
      case 'remove_from_cart':
        if (!this.cart.some((x) => x.itemId === a.itemId)) throw new Error('not_found: no such cart item');
        this.cart = this.cart.filter((x) => x.itemId !== a.itemId);
        return this.cartView();
      case 'view_cart':
        return this.cartView();
      case 'apply_promo':
        if (a.code !== 'SAVE10') throw new Error(`invalid_promo: code ${String(a.code)} is not valid`);
        this.promo = 'SAVE10';
        return this.cartView();
      case 'prepare_order': {
        if (this.cart.length === 0) throw new Error('empty_cart: the cart is empty');
        const v = this.cartView();
        const token = `tok${this.#next++}`;
        this.tokens.add(token);
        const items = this.cart.map((l) => `${l.quantity} ${l.name} at ${l.unitPrice}`).join('; ');
        return {
          summary: `Your order: ${items}. Total ${v.total} ${v.currency}.`,
          token,
          total: v.total,
          currency: v.currency,
        };
      }
      case 'confirm_order': {
        if (!this.tokens.has(String(a.token)))
          throw new Error('confirmation_invalid: prepare the order again');
        this.tokens.clear();
        const v = this.cartView();
        const order = {
          orderId: `A${1000 + this.orders.length + 1}`,
          status: 'placed',
          total: v.total,
          currency: v.currency,
        };
        this.orders.unshift(order);
        this.cart = [];
        this.promo = null;
        this.placed++;
        return { ...order, alreadyPlaced: false };
      }
      case 'order_status': {
        if (!a.orderId) return { orders: this.orders.slice(0, 3) };
        const o = this.orders.find((x) => x.orderId === a.orderId);
        if (!o) throw new Error('not_found: no such order');
        return o;
      }
      case 'identify_user':
        if (a.postalCode !== '94105' && a.postalCode !== '28001')
          throw new Error('not_verified: details do not match');
        return { verified: true, firstName: 'Ana' };
      case 'save_item':
        this.saved.push(String(a.productId));
        return {
          saved: {
            productId: a.productId,
            name: this.get(a.productId).name,
            price: this.get(a.productId).price,
            size: a.size ?? null,
            color: a.color ?? null,
          },
        };
      case 'list_saved_items':
        return {
          count: this.saved.length,
          items: this.saved.map((id) => ({
            productId: id,
            name: this.get(id).name,
            price: this.get(id).price,
          })),
        };
      case 'shopping_history':
        return { orders: this.orders };
      case 'start_research':
        return { researchId: 'r1', status: 'pending' };
      case 'get_research':
        return {
          researchId: a.researchId,
          status: 'done',
          summary: 'Reviewers prefer lighter options.',
          products: this.products
            .slice(0, 2)
            .map((p) => ({ id: p.id, name: p.name, price: p.price, currency: p.currency, inStock: true })),
        };
      case 'submit_survey':
        return { recorded: true, surveyId: 's1' };
      case 'request_human':
        return { handoffId: 'h1', say: 'I am passing you to a colleague now.' };
      default:
        throw new Error(`unknown tool ${name}`);
    }
  }
}

export interface TurnResult {
  text: string;
  calls: { name: string; input: Record<string, unknown> }[];
  parts: LanguageModelV4StreamPart[][];
}

async function readAll(
  model: LanguageModelV4,
  prompt: LanguageModelV4Prompt,
): Promise<LanguageModelV4StreamPart[]> {
  const { stream } = await model.doStream({ prompt });
  const parts: LanguageModelV4StreamPart[] = [];
  const reader = stream.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    parts.push(r.value);
  }
  return parts;
}

/** A minimal tool loop: the model's tool calls run on the fake shop until the model answers in text. */
export class Conversation {
  readonly prompt: LanguageModelV4Prompt;
  readonly model: LanguageModelV4;
  readonly shop: FakeShop;

  constructor(model: LanguageModelV4, shop: FakeShop, system = 'You are a shopping assistant.') {
    this.model = model;
    this.shop = shop;
    this.prompt = [{ role: 'system', content: system }];
  }

  async say(text: string, maxSteps = 5): Promise<TurnResult> {
    this.prompt.push({ role: 'user', content: [{ type: 'text', text }] });
    const out: TurnResult = { text: '', calls: [], parts: [] };
    for (let step = 0; step < maxSteps; step++) {
      const parts = await readAll(this.model, this.prompt);
      out.parts.push(parts);
      const calls = parts.filter((p) => p.type === 'tool-call');
      const text = parts
        .filter((p) => p.type === 'text-delta')
        .map((p) => p.delta)
        .join('');
      if (calls.length === 0) {
        out.text = text;
        this.prompt.push({ role: 'assistant', content: [{ type: 'text', text }] });
        return out;
      }
      this.prompt.push({
        role: 'assistant',
        content: calls.map((c) => ({
          type: 'tool-call' as const,
          toolCallId: c.toolCallId,
          toolName: c.toolName,
          input: JSON.parse(c.input),
        })),
      });
      const results = calls.map((c) => {
        const input = JSON.parse(c.input) as Record<string, unknown>;
        out.calls.push({ name: c.toolName, input });
        try {
          return {
            type: 'tool-result' as const,
            toolCallId: c.toolCallId,
            toolName: c.toolName,
            output: { type: 'json' as const, value: this.shop.run(c.toolName, input) as never },
          };
        } catch (err) {
          return {
            type: 'tool-result' as const,
            toolCallId: c.toolCallId,
            toolName: c.toolName,
            output: { type: 'error-json' as const, value: { error: (err as Error).message } },
          };
        }
      });
      this.prompt.push({ role: 'tool', content: results });
    }
    throw new Error(`no text answer after ${maxSteps} steps for "${text}"`);
  }
}
