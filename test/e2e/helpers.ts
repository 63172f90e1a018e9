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
