/** Page helpers shared by the browser e2e tests. */
import type { Page } from 'playwright-core';

export async function typeRequest(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid=composer-input]', text);
  await page.press('[data-testid=composer-input]', 'Enter');
}

/**
 * Waits for a bot caption matching `text`; on timeout the error lists every caption shown, so a
 * failure says what the assistant said instead (a CI run once timed out here with nothing more).
 */
export async function waitForBotCaption(page: Page, text: RegExp, timeout = 30_000): Promise<void> {
  try {
    await page
      .locator('[data-testid=captions] li[data-role=bot]', { hasText: text })
      .first()
      .waitFor({ timeout });
  } catch (e) {
    const shown = await page
      .locator('[data-testid=captions] li')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-role')}: ${el.textContent}`))
      .catch(() => ['(captions unreadable)']);
    throw new Error(
      `no bot caption matching ${text} within ${timeout} ms; captions shown:\n${shown.join('\n')}`,
      {
        cause: e,
      },
    );
  }
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

type VoiceStates = [at: number, state: string][];

/**
 * Init script (page side): records every voice state the page shows (listening, botSpeaking…)
 * with its page time in `window.__voiceStates`, so a test can tell a turn that ended from one
 * that has not started. Install with `context.addInitScript(recordVoiceStates)` before `goto`.
 */
export function recordVoiceStates(): void {
  const log: [number, string][] = [];
  (window as unknown as { __voiceStates: typeof log }).__voiceStates = log;
  const watch = () => {
    const el = document.querySelector('[data-testid=voice-state]');
    if (!el) return void setTimeout(watch, 50);
    const record = () => log.push([performance.now(), el.getAttribute('data-state') ?? '']);
    record();
    new MutationObserver(record).observe(el, { attributes: true, attributeFilter: ['data-state'] });
  };
  document.addEventListener('DOMContentLoaded', watch);
}

/** The voice states recorded so far (needs `recordVoiceStates`). */
export async function voiceStates(page: Page): Promise<VoiceStates> {
  const states = await page.evaluate(
    () => (window as unknown as { __voiceStates?: VoiceStates }).__voiceStates,
  );
  if (!states) throw new Error('voice states are not recorded: add the recordVoiceStates init script');
  return states;
}

/**
 * Waits until the assistant has spoken after the `from`-th recorded state and is listening again:
 * a reply (or the greeting) said to its end.
 */
export async function waitForSpokenTurn(page: Page, from: number, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    (i) => {
      const states = (window as unknown as { __voiceStates: VoiceStates }).__voiceStates
        .slice(i)
        .map(([, s]) => s);
      const spoke = states.indexOf('botSpeaking');
      return spoke >= 0 && states.lastIndexOf('listening') > spoke && states.at(-1) === 'listening';
    },
    from,
    { timeout, polling: 100 },
  );
}

/**
 * Starts the conversation with the microphone button (on `transport` when given) and waits until
 * the assistant's greeting has been said to its end, so what a test then says or types is never
 * raced by the greeting (needs `recordVoiceStates` and a server whose profile greets).
 */
export async function connectAndGreeted(
  page: Page,
  opts: { transport?: string; timeout?: number } = {},
): Promise<void> {
  const timeout = opts.timeout ?? 30_000;
  const from = (await voiceStates(page)).length;
  if (opts.transport) await page.selectOption('[data-testid=transport-select]', opts.transport);
  await page.click('[data-testid=mic-button]');
  await page.locator('[data-testid=voice-state][data-state=listening]').waitFor({ timeout });
  await waitForSpokenTurn(page, from, timeout);
}
