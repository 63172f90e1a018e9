/** Evaluates a step's checks against what happened in the step and the shop's state after it. */
import type { EvalShop, Turn } from './harness.ts';
import { detectLanguage } from './language.ts';
import type { Check, ProductWhere } from './types.ts';

export interface CartLine {
  handle: string;
  size: string | null;
  color: string | null;
  quantity: number;
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
}

const CART_KINDS = new Set<Check['kind']>(['cartHas', 'cartLacks', 'cartLines', 'cartPromo', 'cartKeeps']);

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

function shownIds(turn: Turn): string[] {
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
  return {
    promo: snap.view.promo?.code ?? null,
    lines: snap.view.items.map((l) => ({
      handle: s.shop.products.get(l.productId)?.handle ?? l.productId,
      size: l.size ?? null,
      color: l.color ?? null,
      quantity: l.quantity,
    })),
  };
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
