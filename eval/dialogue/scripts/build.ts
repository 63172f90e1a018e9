/** Small constructors that keep the scripts readable. Part of the frozen set. */
import type { Check, ProductWhere } from '../types.ts';

export const shown = (where: ProductWhere): Check => ({ kind: 'shown', where, nonEmpty: true });
export const shownSome = (where: ProductWhere): Check => ({ kind: 'shownSome', where });
export const shownOnly = (...handles: string[]): Check => ({ kind: 'shownOnly', handles });
export const has = (handle: string, options?: string[], quantity?: number): Check => ({
  kind: 'cartHas',
  handle,
  ...(options ? { options } : {}),
  ...(quantity !== undefined ? { quantity } : {}),
});
export const lacks = (handle: string, options?: string[]): Check => ({
  kind: 'cartLacks',
  handle,
  ...(options ? { options } : {}),
});
/** Nothing already in the cart changed, except lines of these products. */
export const keeps = (...except: string[]): Check => ({ kind: 'cartKeeps', except });
export const says = (pattern: string): Check => ({ kind: 'says', pattern });
export const saysNot = (pattern: string): Check => ({ kind: 'saysNot', pattern });
export const called = (name: string, input?: Record<string, string | number | boolean>): Check => ({
  kind: 'tool',
  name,
  called: true,
  ...(input ? { input } : {}),
});
export const notCalled = (name: string): Check => ({ kind: 'tool', name, called: false });
export const orders = (count: number): Check => ({ kind: 'orders', count });
export const any = (...of: Check[]): Check => ({ kind: 'any', of });
export const all = (...of: Check[]): Check => ({ kind: 'all', of });

/** Prices spoken in US dollars, never in euros. */
export const usd: Check[] = [says('\\$|US\\$|USD|dollar|dolar'), saysNot('€|\\bEUR\\b|euro')];
/** "I don't know" / "the description does not say" in either language. */
export const DONT_KNOW =
  "(don'?t|do not|doesn'?t|does not|can'?t|cannot|isn'?t|is not|not) (know|say|mention|list|sure|find|see|have (that|any|this) (info|detail))|no (information|info|details|mention)|not (listed|mentioned|stated|specified)|unknown|no (lo )?se\\b|no (dice|indica|menciona|especifica|aparece|consta|figura|tengo (esa|ese|informacion|datos))|sin (informacion|datos)|no hay (informacion|datos)";
/** Returns or policy: handed to a person, or answered as a policy without searching products. */
export const policyHandled: Check = any(
  called('request_human'),
  all(says('return|refund|devol|reembols|cambio'), notCalled('search_products'), notCalled('add_to_cart')),
);
/** Order status: looked up, or the order named. */
export const orderStatusAnswered: Check = any(called('order_status'), { kind: 'saysOrderId' });
export const notCancelledYet: Check = { kind: 'latestOrder', status: 'cancelled', not: true };
export const cancelled: Check = { kind: 'latestOrder', status: 'cancelled' };
