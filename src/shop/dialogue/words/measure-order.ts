/**
 * Option values as sizes to order by: feet and inches (7'6"), areas (16x20"), figures with a unit
 * (8.25", 24 Pans, 59 ml) and letter sizes (XS … 3XL). Used to step a size up or down and to rank
 * products by a measured option ("the widest deck").
 */
const LETTERS = ['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', '2xl', 'xxxl', '3xl'];

/** A value as a number to order by: 7'6" → 90, 16x20" → 320, 8.25" → 8.25, 24 Pans → 24. */
export function measureOf(value: string): number | undefined {
  const v = value.trim().toLowerCase();
  const feet = /^(\d+)'\s*(\d+(\.\d+)?)?"?$/.exec(v);
  if (feet) return Number(feet[1]) * 12 + Number(feet[2] ?? 0);
  const area = /^(\d+(\.\d+)?)\s*(x|by)\s*(\d+(\.\d+)?)/.exec(v);
  if (area) return Number(area[1]) * Number(area[4]);
  const lead = /^(\d+(\.\d+)?)/.exec(v);
  if (lead) return Number(lead[1]);
  const letter = LETTERS.indexOf(v);
  return letter >= 0 ? 1000 + letter : undefined;
}

/** The values in size order when each reads as a measure or a letter size, else as the shop lists them. */
export function ordered<T extends { value: string }>(values: T[]): T[] {
  const measured = values.map((v) => ({ v, m: measureOf(v.value) }));
  if (measured.some((x) => x.m === undefined)) return values;
  return measured.sort((a, b) => a.m! - b.m!).map((x) => x.v);
}
