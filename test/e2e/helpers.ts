/** Page helpers shared by the browser e2e tests. */
import type { Page } from 'playwright-core';

export async function typeRequest(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid=composer-input]', text);
  await page.press('[data-testid=composer-input]', 'Enter');
}

/** Waits until the assistant has said at least `count` caption bubbles in total. */
export async function waitForBotReply(page: Page, count: number, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=captions] li[data-role=bot]').length >= n,
    count,
    { timeout },
  );
}

export interface VariantPick {
  productId: string;
  name: string;
  size?: string;
  color?: string;
}

/** An in-stock size/colour of a product, read from the shop API (stock is seeded per SKU). */
export async function inStockVariant(base: string, productId: string): Promise<VariantPick> {
  const res = await fetch(`${base}/api/products/${encodeURIComponent(productId)}`);
  if (!res.ok) throw new Error(`product ${productId}: HTTP ${res.status}`);
  const p = (await res.json()) as {
    name: string;
    variants: { size: string | null; color: string | null; stock: number }[];
  };
  const v = p.variants.find((x) => x.stock >= 2);
  if (!v) throw new Error(`no in-stock variant of ${p.name}`);
  return { productId, name: p.name, size: v.size ?? undefined, color: v.color ?? undefined };
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const LETTER_SIZES: Record<string, string> = {
  XS: 'extra small',
  S: 'small',
  M: 'medium',
  L: 'large',
  XL: 'extra large',
};

/** How a shopper says a size ("42" → "forty two", "M" → "medium"). */
export function spokenSize(size: string): string {
  if (LETTER_SIZES[size]) return LETTER_SIZES[size];
  const n = Number(size);
  if (!Number.isInteger(n) || n < 0 || n > 99) return size;
  if (n < 10) return ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]} ${ONES[n % 10]}`;
}

/**
 * The click flow: picks the first in-stock product card on screen, selects an in-stock size and
 * colour and presses "Add to cart"; resolves once the cart shows a line.
 */
export async function addInStockCardToCart(page: Page, base: string): Promise<VariantPick> {
  const card = page
    .locator('[data-testid=product-card]')
    .filter({ hasText: /In stock|Disponible/ })
    .first();
  await card.waitFor();
  const id = (await card.getAttribute('data-product-id')) ?? '';
  const pick = await inStockVariant(base, id);
  const chip = (label: string) => card.locator('button.chip', { hasText: new RegExp(`^\\W*${label}$`) });
  for (const label of [pick.size, pick.color]) {
    const c = label ? chip(label).first() : null;
    if (c && (await c.getAttribute('aria-pressed')) !== 'true') await c.click();
  }
  await card.getByRole('button', { name: /Add to cart|Añadir al carrito/ }).click();
  await page.locator('[data-testid=cart-line]', { hasText: pick.name }).waitFor();
  return pick;
}

/** Waits until finite CSS animations (dialogs and menus rising in) are over, for still screenshots. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}
