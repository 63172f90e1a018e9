/**
 * Reads tool results leniently: products, carts, order confirmations, orders and errors are
 * recognised by their fields wherever they sit in the result, so the engine keeps working when a
 * tool adds or nests fields. Everything the engine says about products and money comes from here.
 */
import { type OptionList, optionsOf } from './variants/option-choice.ts';

export interface ProductInfo {
  id: string;
  name: string;
  brand?: string;
  price?: number;
  currency?: string;
  sizes: { size: string; inStock: boolean }[];
  colors: { color: string; inStock: boolean }[];
  inStock?: boolean;
  summary?: string;
  /** The full description (get_product), what spec questions are answered from. */
  description?: string;
  tags?: string[];
  /** Figures the shop read from the product's text ({weight: "1.2 kg"}). */
  specs?: Record<string, string>;
  /** The figure a sorted search ordered by ("0.9 kg"). */
  spec?: string;
  category?: string;
  /** Options other than size and colour (Voltage, Pack…) with their values' stock. */
  options?: OptionList;
}

export interface CartLineInfo {
  itemId: string;
  productId?: string;
  name: string;
  size?: string;
  color?: string;
  /** Options other than size and colour ({Voltage: "20V"}). */
  options?: Record<string, string>;
  quantity: number;
  lineTotal?: number;
}

export interface CartInfo {
  items: CartLineInfo[];
  total?: number;
  discount?: number;
  currency?: string;
  promo?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined;
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Tools may return `{result, ui}` (a ToolOutcome) or the result itself. */
export function unwrap(v: unknown): unknown {
  if (isObj(v) && 'result' in v && ('ui' in v || Object.keys(v).length === 1)) return v.result;
  return v;
}

export function errorOf(v: unknown): string | undefined {
  if (typeof v === 'string' && /^(error|cancelled|timeout)/i.test(v)) return v;
  if (!isObj(v)) return undefined;
  // `error: null` is a result saying there is no error (a research still pending), not a failure.
  if (v.ok === false || ('error' in v && v.error !== null && v.error !== undefined)) {
    const e = v.error;
    if (typeof e === 'string') return e;
    if (isObj(e)) return str(e.message) ?? str(e.code) ?? 'error';
    return str(v.message) ?? 'error';
  }
  return undefined;
}

/** A short machine code for known errors ("out_of_stock", "not_found"), when the tool gave one. */
export function errorCode(v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  const e = v.error;
  if (isObj(e)) return str(e.code);
  return str(v.code);
}

function variants(
  list: unknown,
  key: 'size' | 'color',
): { size: string; inStock: boolean }[] | { color: string; inStock: boolean }[] {
  if (!Array.isArray(list)) return [];
  const out: { v: string; inStock: boolean }[] = [];
  for (const x of list) {
    if (typeof x === 'string') out.push({ v: x, inStock: true });
    else if (isObj(x)) {
      const v = str(x[key]) ?? str(x.value) ?? str(x.name);
      if (v) out.push({ v, inStock: x.inStock !== false && x.available !== false && num(x.stock) !== 0 });
    }
  }
  return key === 'size'
    ? out.map((o) => ({ size: o.v, inStock: o.inStock }))
    : out.map((o) => ({ color: o.v, inStock: o.inStock }));
}

/**
 * Sizes and colours from whichever form the tool used: cards ({size, inStock}[]), in-stock lists
 * (sizesInStock), variants with stock (get_product) or known options (check_availability).
 */
function variantLists(v: Obj): Pick<ProductInfo, 'sizes' | 'colors'> {
  if (Array.isArray(v.variants)) {
    const sizes = new Map<string, boolean>();
    const colors = new Map<string, boolean>();
    for (const x of v.variants) {
      if (!isObj(x)) continue;
      const ok = (num(x.stock) ?? 1) > 0 && x.inStock !== false;
      const s = str(x.size);
      const c = str(x.color);
      if (s) sizes.set(s, (sizes.get(s) ?? false) || ok);
      if (c) colors.set(c, (colors.get(c) ?? false) || ok);
    }
    return {
      sizes: [...sizes].map(([size, inStock]) => ({ size, inStock })),
      colors: [...colors].map(([color, inStock]) => ({ color, inStock })),
    };
  }
  const opts = isObj(v.knownOptions) ? v.knownOptions : undefined;
  const sizes = variants(v.sizes ?? v.sizesInStock ?? opts?.sizes, 'size') as ProductInfo['sizes'];
  const colors = variants(v.colors ?? v.colorsInStock ?? opts?.colors, 'color') as ProductInfo['colors'];
  return { sizes, colors };
}

export function toProduct(v: unknown): ProductInfo | undefined {
  if (!isObj(v)) return undefined;
  const id = str(v.productId) ?? str(v.id);
  const name = str(v.name) ?? str(v.title);
  if (!id || !name || 'itemId' in v) return undefined;
  const price =
    num(v.price) ?? num(v.minPrice) ?? num(v.fromPrice) ?? (isObj(v.price) ? num(v.price.amount) : undefined);
  const p: ProductInfo = { id, name, ...variantLists(v) };
  const brand = str(v.brand);
  if (brand) p.brand = brand;
  if (price !== undefined) p.price = price;
  const currency = str(v.currency) ?? (isObj(v.price) ? str(v.price.currency) : undefined);
  if (currency) p.currency = currency;
  if (typeof v.inStock === 'boolean') p.inStock = v.inStock;
  const summary = str(v.summary) ?? str(v.description);
  if (summary) p.summary = summary;
  const description = str(v.description);
  if (description) p.description = description;
  if (Array.isArray(v.tags)) p.tags = v.tags.filter((x): x is string => typeof x === 'string');
  if (isObj(v.specs)) {
    const specs = Object.fromEntries(
      Object.entries(v.specs).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    if (Object.keys(specs).length) p.specs = specs;
  }
  const spec = str(v.spec);
  if (spec) p.spec = spec;
  const category = str(v.category);
  if (category) p.category = category;
  const options = optionsOf(v);
  if (options) p.options = options;
  return p;
}

const LIST_KEYS = ['items', 'products', 'results', 'matches', 'savedItems', 'saved', 'recommendations'];

/** Products in a result: an array of products, or one under a usual key, or a single product. */
export function productsOf(value: unknown, depth = 0): ProductInfo[] {
  const v = unwrap(value);
  if (Array.isArray(v))
    return v
      .map((x) => toProduct(x) ?? (isObj(x) ? toProduct(x.product) : undefined))
      .filter((p): p is ProductInfo => !!p);
  if (!isObj(v) || depth > 2) return [];
  for (const k of LIST_KEYS) {
    const list = v[k];
    if (Array.isArray(list)) {
      const ps = productsOf(list, depth + 1);
      if (ps.length) return ps;
    }
  }
  const single = toProduct(v) ?? toProduct(v.product) ?? toProduct(v.saved);
  return single ? [single] : [];
}

/** Total number of matches the tool reported (may exceed the items returned). */
export function totalOf(value: unknown): number | undefined {
  const v = unwrap(value);
  return isObj(v) ? (num(v.total) ?? num(v.totalMatches) ?? num(v.count)) : undefined;
}

export function cartOf(value: unknown): CartInfo | undefined {
  const v = unwrap(value);
  if (!isObj(v)) return undefined;
  const c = isObj(v.cart) ? v.cart : v;
  if (!Array.isArray(c.items) && !Array.isArray(c.lines)) return undefined;
  const raw = (Array.isArray(c.items) ? c.items : c.lines) as unknown[];
  const items: CartLineInfo[] = [];
  for (const x of raw) {
    if (!isObj(x)) continue;
    const itemId = str(x.itemId) ?? str(x.lineId);
    const name = str(x.name);
    if (!itemId || !name) continue;
    const line: CartLineInfo = { itemId, name, quantity: num(x.quantity) ?? 1 };
    const productId = str(x.productId);
    if (productId) line.productId = productId;
    const size = str(x.size);
    if (size) line.size = size;
    const color = str(x.color);
    if (color) line.color = color;
    if (isObj(x.options)) {
      const options = Object.fromEntries(
        Object.entries(x.options).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      if (Object.keys(options).length > 0) line.options = options;
    }
    const lt = num(x.lineTotal);
    if (lt !== undefined) line.lineTotal = lt;
    items.push(line);
  }
  if (items.length === 0 && raw.length > 0) return undefined;
  const cart: CartInfo = { items };
  const total = num(c.total);
  if (total !== undefined) cart.total = total;
  const discount = num(c.discount);
  if (discount) cart.discount = discount;
  const currency = str(c.currency);
  if (currency) cart.currency = currency;
  const promo = isObj(c.promo) ? str(c.promo.code) : str(c.promo);
  if (promo) cart.promo = promo;
  return cart;
}

/** The prepare_order read-back: the token to confirm with and the summary to read. */
export function confirmationOf(
  value: unknown,
): { token: string; summary?: string; total?: number; currency?: string } | undefined {
  const v = unwrap(value);
  if (!isObj(v)) return undefined;
  const token = str(v.confirmationToken) ?? str(v.token);
  if (!token) return undefined;
  const out: { token: string; summary?: string; total?: number; currency?: string } = { token };
  const summary = str(v.summary) ?? str(v.readBack);
  if (summary) out.summary = summary;
  const total = num(v.total) ?? (isObj(v.totals) ? num(v.totals.total) : undefined);
  if (total !== undefined) out.total = total;
  const currency = str(v.currency);
  if (currency) out.currency = currency;
  return out;
}

export interface OrderInfo {
  id: string;
  status?: string;
  total?: number;
  currency?: string;
  eta?: string;
}

function toOrder(o: unknown): OrderInfo | undefined {
  if (!isObj(o)) return undefined;
  const id = str(o.orderId) ?? str(o.id);
  if (!id) return undefined;
  const out: OrderInfo = { id };
  const status = str(o.status);
  if (status) out.status = status;
  const total = num(o.total);
  if (total !== undefined) out.total = total;
  const currency = str(o.currency);
  if (currency) out.currency = currency;
  const eta = str(o.estimatedDelivery) ?? str(o.eta) ?? str(o.deliveryDate);
  if (eta) out.eta = eta;
  return out;
}

export function ordersOf(value: unknown): OrderInfo[] {
  const v = unwrap(value);
  if (Array.isArray(v)) return v.map(toOrder).filter((o): o is OrderInfo => !!o);
  if (!isObj(v)) return [];
  if (Array.isArray(v.orders)) return ordersOf(v.orders);
  const o = toOrder(isObj(v.order) ? v.order : v);
  return o ? [o] : [];
}

/** A string field from the (unwrapped) result: researchId, status, message, customer name… */
export function field(value: unknown, ...keys: string[]): string | undefined {
  const v = unwrap(value);
  if (!isObj(v)) return undefined;
  for (const k of keys) {
    const s = str(v[k]);
    if (s) return s;
  }
  return undefined;
}

export function numField(value: unknown, ...keys: string[]): number | undefined {
  const v = unwrap(value);
  if (!isObj(v)) return undefined;
  for (const k of keys) {
    const n = num(v[k]);
    if (n !== undefined) return n;
  }
  return undefined;
}
