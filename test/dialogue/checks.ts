/** Checks shared by the conversation tests (fake shop and real tools). */

/** Prices as the engine speaks them: "$89.99", "89,99 €", "89,99 US$", "18.99 EUR". */
export function spokenPrices(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(
    /\$\s?(\d+(?:[.,]\d{2})?)|(?<![\d.,])(\d+(?:[.,]\d{2})?)\s?(?:€|US\$|EUR|USD)/g,
  )) {
    out.push(Number((m[1] ?? m[2])!.replace(',', '.')));
  }
  return out;
}

const LOOKUPS = new Set(['search_products', 'get_product', 'view_cart']);

/** The calls to compare with a scenario: look-ups only count when the scenario lists them. */
export function comparableCalls(actual: string[], expected: string[]): string[] {
  return actual.filter((n) => expected.includes(n) || !LOOKUPS.has(n));
}

export function numbersIn(value: unknown, out = new Set<number>()): Set<number> {
  if (typeof value === 'number') out.add(Math.round(value * 100) / 100);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}
