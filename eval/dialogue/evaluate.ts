/** Evaluates a step's checks against what happened in the step and the shop's state after it. */
import type { EvalShop, Turn } from './harness.ts';
import { detectLanguage } from './language.ts';
import type { Check, LineSpec, ProductWhere } from './types.ts';

export interface CartLine {
  handle: string;
  size: string | null;
  color: string | null;
  quantity: number;
  /** The variant's SKU and its options as the catalog CSV names them (round-2 checks read these). */
  sku?: string;
  options?: Readonly<Record<string, string>>;
}

export interface CartState {
  promo: string | null;
  lines: CartLine[];
}

export interface StepState {
  turn: Turn;
  shop: EvalShop;
  userId: string;
  language: 'en' | 'es';
  /** The cart just before the step (cartKeeps compares with it). */
  cartBefore?: CartState;
  /** Read cart checks against this cart instead of the live one (to ask: was it already true?). */
  cartNow?: CartState;
  /** Product ids shown by the latest earlier step of the conversation that showed any ("the second one"). */
  shownBefore?: readonly string[];
}

const CART_KINDS = new Set<Check['kind']>([
  'cartHas',
  'cartLacks',
  'cartLines',
  'cartPromo',
  'cartKeeps',
  'cartDelta',
]);

/** A step whose checks are all about the cart, and all held before the step: right without acting. */
export async function alreadyTrue(checks: readonly Check[], s: StepState): Promise<boolean> {
  if (!s.cartBefore || !checks.every((c) => CART_KINDS.has(c.kind))) return false;
  for (const c of checks) if (!(await evaluate(c, { ...s, cartNow: s.cartBefore })).ok) return false;
  return true;
}

export interface CheckResult {
  ok: boolean;
  /** Why it failed, in terms a reader of the failure table understands. */
  reason: string;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const same = (a: string | null | undefined, b: string) => !!a && fold(a).trim() === fold(b).trim();

export function shownIds(turn: Turn): string[] {
  return turn.ui.flatMap((e) =>
    e.type === 'products' || e.type === 'research' ? e.items.map((i) => i.id) : [],
  );
}

function matches(shop: EvalShop, id: string, w: ProductWhere): string | null {
  const p = shop.products.get(id);
  if (!p) return `unknown product ${id}`;
  const types = w.type === undefined ? [] : [w.type].flat();
  if (types.length && !types.some((t) => same(p.type, t))) return `${p.handle} is a ${p.type}`;
  if (w.vendor && !same(p.vendor, w.vendor)) return `${p.handle} is by ${p.vendor}`;
  if (w.notVendor && same(p.vendor, w.notVendor)) return `${p.handle} is by ${p.vendor}`;
  const prices = p.variants.map((v) => v.price);
  if (w.maxPrice !== undefined && !prices.some((x) => x <= w.maxPrice!))
    return `${p.handle} costs ${Math.min(...prices)} > ${w.maxPrice}`;
  if (w.minPrice !== undefined && !prices.some((x) => x >= w.minPrice!))
    return `${p.handle} costs at most ${Math.max(...prices)} < ${w.minPrice}`;
  if (w.color && !p.variants.some((v) => w.color!.some((c) => same(v.color, c))))
    return `${p.handle} has no ${w.color.join('/')} variant`;
  if (w.handles && !w.handles.includes(p.handle)) return `${p.handle} is not one of ${w.handles.join(', ')}`;
  if (w.notHandles?.includes(p.handle)) return `${p.handle} must not be shown`;
  if (w.notType?.some((t) => same(p.type, t))) return `${p.handle} is a ${p.type}`;
  const o = w.option;
  if (o && !p.variants.some((v) => o.values.some((x) => same(v.options[o.name], x))))
    return `${p.handle} has no ${o.name} ${o.values.join('/')}`;
  return null;
}

function inputMatches(input: unknown, want: Record<string, string | number | boolean>): boolean {
  if (!input || typeof input !== 'object') return false;
  const rec = input as Record<string, unknown>;
  return Object.entries(want).every(([k, v]) =>
    typeof v === 'string' ? typeof rec[k] === 'string' && fold(rec[k]).includes(fold(v)) : rec[k] === v,
  );
}

export async function cartState(s: Pick<StepState, 'shop' | 'userId' | 'language'>): Promise<CartState> {
  const snap = await s.shop.tools.services.carts.view(s.userId, s.language);
  const ids = snap.view.items.map((l) => l.itemId);
  const skus = new Map(
    ids.length === 0
      ? []
      : (
          await s.shop.store.db
            .selectFrom('cart_items')
            .innerJoin('variants', 'variants.id', 'cart_items.variant_id')
            .select(['cart_items.id as id', 'variants.sku as sku'])
            .where('cart_items.id', 'in', ids)
            .execute()
        ).map((r) => [r.id, r.sku]),
  );
  return {
    promo: snap.view.promo?.code ?? null,
    lines: snap.view.items.map((l) => {
      const product = s.shop.products.get(l.productId);
      const sku = skus.get(l.itemId);
      return {
        handle: product?.handle ?? l.productId,
        size: l.size ?? null,
        color: l.color ?? null,
        quantity: l.quantity,
        ...(sku ? { sku, options: product?.variants.find((v) => v.sku === sku)?.options ?? {} } : {}),
      };
    }),
  };
}

const lineKey = (l: CartLine) => l.sku ?? `${l.handle}|${l.size ?? ''}|${l.color ?? ''}`;

const describeOptions = (l: CartLine) =>
  Object.values(l.options ?? {}).join('/') || [l.size, l.color].filter(Boolean).join('/');

const describeDelta = (d: { line: CartLine; by: number }[]) =>
  d
    .map((x) => `${x.by > 0 ? '+' : ''}${x.by} ${x.line.handle} ${describeOptions(x.line)}`.trim())
    .join('; ') || 'nothing';

const fitsSpec = (d: { line: CartLine; by: number }, spec: LineSpec) =>
  [spec.handle].flat().includes(d.line.handle) &&
  Object.entries(spec.options ?? {}).every(([name, value]) => same(d.line.options?.[name], value)) &&
  (spec.quantity === undefined || Math.abs(d.by) === spec.quantity);

/** Lines whose quantity went up (by > 0) or down (by < 0, a line gone: by = -quantity) since `before`. */
export function cartChanges(before: readonly CartLine[], after: readonly CartLine[]) {
  const was = new Map(before.map((l) => [lineKey(l), l]));
  const now = new Map(after.map((l) => [lineKey(l), l]));
  const changes: { line: CartLine; by: number }[] = [];
  for (const [k, l] of now) {
    const by = l.quantity - (was.get(k)?.quantity ?? 0);
    if (by !== 0) changes.push({ line: l, by });
  }
  for (const [k, l] of was) if (!now.has(k)) changes.push({ line: l, by: -l.quantity });
  return changes;
}

/** Every spec matched by its own change and every change by a spec (a spec never matches two changes). */
function sameChanges(changes: { line: CartLine; by: number }[], specs: readonly LineSpec[]): boolean {
  if (changes.length !== specs.length) return false;
  const used = new Set<number>();
  const assign = (i: number): boolean => {
    if (i === specs.length) return true;
    for (let j = 0; j < changes.length; j++) {
      if (used.has(j) || !fitsSpec(changes[j]!, specs[i]!)) continue;
      used.add(j);
      if (assign(i + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return assign(0);
}

/** How a reply names the store's currency, and what would name another one, by ISO 4217 code. */
const CURRENCY_WORDS: Readonly<Record<string, { name: string; says: RegExp; not: RegExp }>> = {
  USD: { name: 'US dollars', says: /\$|US\$|USD|dollar|dolar/i, not: /€|\bEUR\b|euro/i },
  EUR: { name: 'euros', says: /€|\bEUR\b|euro/i, not: /\$|\bUSD\b|dollar|dolar/i },
  GBP: {
    name: 'pounds sterling',
    says: /£|\bGBP\b|pound|libra/i,
    not: /\$|\bUSD\b|dollar|dolar|€|\bEUR\b|euro/i,
  },
  // Round 20's Australian shop: its prices are written "$45.00" or "A$45.00"; a total named as US
  // dollars, euros or pounds is the wrong currency.
  AUD: {
    name: 'Australian dollars',
    says: /\$|\bAUD\b|dollar|dolar/i,
    not: /US\$|\bUSD\b|US dollar|d[oó]lares? (estadounidense|americano)|€|\bEUR\b|euro|£|\bGBP\b|pound|libra/i,
  },
  // Round 21's Canadian shop: its prices are written "$45.00", "C$45.00" or "CA$45.00"; a total named
  // as US or Australian dollars, euros or pounds is the wrong currency ("CA$" is not "A$": \b).
  CAD: {
    name: 'Canadian dollars',
    says: /\$|\bCAD\b|dollar|dolar/i,
    not: /US\$|\bUSD\b|US dollar|d[oó]lares? (estadounidense|americano)|\bA\$|\bAUD\b|australian|€|\bEUR\b|euro|£|\bGBP\b|pound|libra/i,
  },
};

/**
 * A money amount as a reply may write it: 84.96, 84,96, $84.96, 84,96 US$ (thousands grouping
 * optional); a whole amount also without its cents ("$68", "68 dollars").
 */
export function amountPattern(major: number): RegExp {
  const [int, dec] = major.toFixed(2).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '[,.\\s]?');
  const cents = dec === '00' ? `([.,]00)?` : `[.,]${dec}`;
  return new RegExp(`(^|[^\\d.,])${grouped}${cents}(?![\\d.,]\\d|\\d)`);
}

const describeCart = (
  lines: { handle: string; size: string | null; color: string | null; quantity: number }[],
) =>
  lines.length === 0
    ? 'cart is empty'
    : `cart: ${lines
        .map(
          (l) =>
            `${l.quantity}× ${l.handle}${[l.size, l.color]
              .filter(Boolean)
              .map((o) => ` ${o}`)
              .join('')}`,
        )
        .join('; ')}`;

const hasOptions = (l: { size: string | null; color: string | null }, options: string[] | undefined) =>
  (options ?? []).every((o) => same(l.size, o) || same(l.color, o));

const pass: CheckResult = { ok: true, reason: '' };
const fail = (reason: string): CheckResult => ({ ok: false, reason });

export async function evaluate(check: Check, s: StepState): Promise<CheckResult> {
  const reply = fold(s.turn.text);
  switch (check.kind) {
    case 'tool': {
      const calls = s.turn.calls.filter((c) => c.name === check.name && !c.error);
      const hit = check.input ? calls.some((c) => inputMatches(c.input, check.input!)) : calls.length > 0;
      if (hit === check.called) return pass;
      const names = s.turn.calls.map((c) => c.name + (c.error ? ' (error)' : '')).join(', ') || 'none';
      return fail(`${check.name} ${check.called ? 'not called' : 'called'} (calls: ${names})`);
    }
    case 'shown':
    case 'shownSome': {
      const ids = shownIds(s.turn);
      if (ids.length === 0)
        return check.kind === 'shown' && !check.nonEmpty ? pass : fail('no products shown');
      const misses = ids.map((id) => matches(s.shop, id, check.where)).filter((m): m is string => m !== null);
      if (check.kind === 'shown')
        return misses.length === 0
          ? pass
          : fail(`shown ${ids.length}, wrong: ${misses.slice(0, 3).join('; ')}`);
      return misses.length < ids.length ? pass : fail(`none of ${ids.length} shown fits: ${misses[0]}`);
    }
    case 'shownOnly': {
      const handles = shownIds(s.turn).map((id) => s.shop.products.get(id)?.handle ?? id);
      const other = handles.filter((h) => !check.handles.includes(h));
      return other.length === 0
        ? pass
        : fail(`showed other products: ${[...new Set(other)].slice(0, 3).join(', ')}`);
    }
    case 'cartHas': {
      const { lines } = await (s.cartNow ?? cartState(s));
      const line = lines.find((l) => l.handle === check.handle && hasOptions(l, check.options));
      if (!line)
        return fail(`no ${check.handle} ${check.options?.join('/') ?? ''} in ${describeCart(lines)}`);
      if (check.quantity !== undefined && line.quantity !== check.quantity)
        return fail(`quantity ${line.quantity}, wanted ${check.quantity}`);
      return pass;
    }
    case 'cartLacks': {
      const { lines } = await (s.cartNow ?? cartState(s));
      const line = lines.find((l) => l.handle === check.handle && hasOptions(l, check.options));
      return line ? fail(`should not be in the cart: ${describeCart([line])}`) : pass;
    }
    case 'cartLines': {
      const { lines } = await (s.cartNow ?? cartState(s));
      return lines.length === check.count
        ? pass
        : fail(`${describeCart(lines)}, wanted ${check.count} lines`);
    }
    case 'cartKeeps': {
      if (!s.cartBefore) return fail('no cart snapshot before the step');
      const { lines } = await (s.cartNow ?? cartState(s));
      const key = (l: CartLine) => `${l.handle}|${l.size ?? ''}|${l.color ?? ''}`;
      const now = new Map(lines.map((l) => [key(l), l.quantity]));
      const changed = s.cartBefore.lines.filter(
        (l) => !check.except.includes(l.handle) && now.get(key(l)) !== l.quantity,
      );
      return changed.length === 0 ? pass : fail(`changed lines not asked about: ${describeCart(changed)}`);
    }
    case 'cartPromo': {
      const { promo } = await (s.cartNow ?? cartState(s));
      return promo === check.code
        ? pass
        : fail(`cart promo ${promo ?? 'none'}, wanted ${check.code ?? 'none'}`);
    }
    case 'orders': {
      const list = await s.shop.tools.services.orders.list(s.userId, 50);
      return list.length === check.count ? pass : fail(`${list.length} orders, wanted ${check.count}`);
    }
    case 'latestOrder': {
      const [latest] = await s.shop.tools.services.orders.list(s.userId, 1);
      if (!latest) return fail('no order');
      const is = latest.status === check.status;
      return is !== Boolean(check.not)
        ? pass
        : fail(
            `latest order is ${latest.status}${check.not ? `, must not be ${check.status}` : `, wanted ${check.status}`}`,
          );
    }
    case 'saysOrderId': {
      const [latest] = await s.shop.tools.services.orders.list(s.userId, 1);
      if (!latest) return fail('no order');
      const digits = latest.id.replace(/\D/g, '');
      return digits && s.turn.text.replace(/\D/g, '').includes(digits)
        ? pass
        : fail(`order ${latest.id} not named`);
    }
    case 'says':
      return new RegExp(check.pattern, 'i').test(reply) ? pass : fail(`reply lacks /${check.pattern}/`);
    case 'saysNot':
      return new RegExp(check.pattern, 'i').test(reply) ? fail(`reply has /${check.pattern}/`) : pass;
    case 'lang': {
      const got = detectLanguage(s.turn.text, s.shop.phrases);
      return got === check.is ? pass : fail(`reply language ${got}, wanted ${check.is}`);
    }
    case 'cartDelta': {
      if (!s.cartBefore) return fail('no cart snapshot before the step');
      const { lines } = await (s.cartNow ?? cartState(s));
      const changes = cartChanges(s.cartBefore.lines, lines);
      const up = changes.filter((c) => c.by > 0);
      const down = changes.filter((c) => c.by < 0);
      const wantUp = check.add;
      const wantDown = check.remove ?? [];
      if (sameChanges(up, wantUp) && sameChanges(down, wantDown)) return pass;
      const want = [
        ...wantUp.map(
          (w) =>
            `+${w.quantity ?? '?'} ${[w.handle].flat().join('|')} ${Object.values(w.options ?? {}).join('/')}`,
        ),
        ...wantDown.map(
          (w) =>
            `-${w.quantity ?? '?'} ${[w.handle].flat().join('|')} ${Object.values(w.options ?? {}).join('/')}`,
        ),
      ];
      return fail(
        `cart changed by ${describeDelta(changes)}; wanted ${want.join('; ').trim() || 'no change'}`,
      );
    }
    case 'best': {
      const first = shownIds(s.turn)[0];
      const firstHandle = first ? s.shop.products.get(first)?.handle : undefined;
      if (firstHandle && check.handles.includes(firstHandle)) return pass;
      const at = reply.search(new RegExp(check.pattern, 'i'));
      const rival = reply.search(new RegExp(check.rivals, 'i'));
      if (at >= 0 && (rival < 0 || at < rival)) return pass;
      return fail(
        `first shown ${firstHandle ?? 'nothing'}; reply ${at < 0 ? `lacks /${check.pattern}/` : `names a rival /${check.rivals}/ first`}`,
      );
    }
    case 'saysCartTotal': {
      const snap = await s.shop.tools.services.carts.view(s.userId, s.language);
      if (snap.view.items.length === 0) return fail('cart is empty');
      const amount = amountPattern(snap.view.total);
      if (!amount.test(s.turn.text)) return fail(`reply lacks the total ${snap.view.total.toFixed(2)}`);
      const money = CURRENCY_WORDS[s.shop.currency];
      if (!money) return fail(`no currency words for ${s.shop.currency}`);
      if (!money.says.test(reply) || money.not.test(reply)) return fail(`total not in ${money.name}`);
      return pass;
    }
    case 'saved': {
      const rows = await s.shop.store.db
        .selectFrom('saved_items')
        .select('product_id')
        .where('user_id', '=', s.userId)
        .execute();
      const handles = rows.map((r) => s.shop.products.get(r.product_id)?.handle ?? r.product_id);
      return handles.includes(check.handle) ? pass : fail(`saved items: ${handles.join(', ') || 'none'}`);
    }
    case 'addedShownAt': {
      if (!s.cartBefore) return fail('no cart snapshot before the step');
      const wanted = s.shownBefore?.[check.position - 1];
      if (!wanted) return fail(`no product at position ${check.position} of the earlier list`);
      const handle = s.shop.products.get(wanted)?.handle ?? wanted;
      const { lines } = await (s.cartNow ?? cartState(s));
      const changes = cartChanges(s.cartBefore.lines, lines);
      const spec: LineSpec = { handle, ...(check.options ? { options: check.options } : {}) };
      return sameChanges(changes, [spec])
        ? pass
        : fail(
            `cart changed by ${describeDelta(changes)}; wanted +1 line of ${handle} (position ${check.position})`,
          );
    }
    case 'any': {
      const results = await Promise.all(check.of.map((c) => evaluate(c, s)));
      return results.some((r) => r.ok) ? pass : fail(`none of: ${results.map((r) => r.reason).join(' | ')}`);
    }
    case 'all': {
      for (const c of check.of) {
        const r = await evaluate(c, s);
        if (!r.ok) return r;
      }
      return pass;
    }
  }
}
