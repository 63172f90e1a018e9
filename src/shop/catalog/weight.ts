/** Variant weights: stored in grams, stated in the unit the shop uses (Shopify's Variant Weight Unit). */

export const GRAMS_PER: Record<string, number> = { g: 1, kg: 1000, lb: 453.59237, oz: 28.349523125 };

/** A weight as the shop states it ("1.2 kg", "2.5 lb", "450 g"). */
export function formatWeight(grams: number, unit: string | null): string {
  const u = unit && unit in GRAMS_PER ? unit : 'g';
  const value = grams / GRAMS_PER[u]!;
  const rounded = u === 'g' ? Math.round(value) : Math.round(value * 100) / 100;
  return `${rounded} ${u}`;
}
