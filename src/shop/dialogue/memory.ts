/**
 * What the engine knows about the shopper: the memory note of its instructions (what earlier
 * visits stored) updated by this conversation's remember/forget calls, and the usual size it
 * offers from it. Pure.
 */
import { parseMemoryNote } from '../memory/note.ts';
import { type PreferenceKind, SINGLE_VALUED } from '../memory/preferences.ts';
import { usualSize } from '../memory/usual-size.ts';
import type { ProductInfo } from './results.ts';
import type { Turn } from './state.ts';

export interface RememberedPreference {
  kind: PreferenceKind;
  value: string;
  scope: string;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function asPreference(v: unknown): RememberedPreference | undefined {
  if (!isRecord(v) || typeof v.kind !== 'string' || typeof v.value !== 'string') return undefined;
  if (!['size', 'brand', 'color', 'budget'].includes(v.kind)) return undefined;
  return {
    kind: v.kind as PreferenceKind,
    value: v.value,
    scope: typeof v.scope === 'string' ? v.scope : '',
  };
}

function add(list: RememberedPreference[], p: RememberedPreference): RememberedPreference[] {
  const rest = list.filter(
    (x) => !(x.kind === p.kind && x.scope === p.scope && (SINGLE_VALUED.has(p.kind) || x.value === p.value)),
  );
  return [p, ...rest];
}

/** The shopper's preferences as this conversation stands, newest first. */
export function memoryOf(system: string, turns: readonly Turn[]): RememberedPreference[] {
  let list: RememberedPreference[] = parseMemoryNote(system);
  for (const c of turns.flatMap((x) => x.calls)) {
    if (c.error || !isRecord(c.output)) continue;
    if (c.name === 'remember_preference') {
      const p = asPreference(c.output.remembered);
      if (p) list = add(list, p);
    } else if (c.name === 'forget_preferences') {
      const kind = c.input.kind;
      list = typeof kind === 'string' ? list.filter((p) => p.kind !== kind) : [];
    } else if (c.name === 'identify_user' && Array.isArray(c.output.preferences)) {
      // The account just proved brings what it said on earlier visits.
      for (const p of c.output.preferences.map(asPreference).reverse()) if (p) list = add(list, p);
    }
  }
  return list;
}

/** The usual size for this product when the shopper stated one that it has in stock. */
export function usualSizeFor(
  memory: readonly RememberedPreference[] | undefined,
  product: ProductInfo,
  inStock: readonly string[],
): string | undefined {
  return memory?.length ? usualSize(memory, product, inStock) : undefined;
}
