/** Checks on a round's written material (not on the engine): what its scripts name exists in its catalogs. */
import type { EvalShop } from './harness.ts';
import type { Check, LineSpec, Script } from './types.ts';

/** Every check, with the ones nested in any/all. */
export function flatChecks(checks: readonly Check[]): Check[] {
  return checks.flatMap((c) => (c.kind === 'any' || c.kind === 'all' ? [c, ...flatChecks(c.of)] : [c]));
}

/**
 * Product handles and variants (by the CSV's option names and values) that a script's checks name
 * but the shop's catalog lacks: a typo in a script would otherwise fail its step forever.
 */
export function unknownNames(script: Script, shop: EvalShop): string[] {
  const byHandle = new Map([...shop.products.values()].map((p) => [p.handle, p]));
  const problems: string[] = [];
  const known = (h: string) => {
    if (!byHandle.has(h)) problems.push(`${script.catalog}: no product ${h}`);
    return byHandle.has(h);
  };
  const variantExists = (spec: LineSpec) => {
    for (const h of [spec.handle].flat()) {
      if (!known(h)) continue;
      const fits = byHandle
        .get(h)!
        .variants.some((v) => Object.entries(spec.options ?? {}).every(([k, x]) => v.options[k] === x));
      if (!fits) problems.push(`${script.catalog}: no variant ${h} ${JSON.stringify(spec.options)}`);
    }
  };
  for (const step of script.conversations.flatMap((c) => c.steps))
    for (const c of flatChecks(step.checks)) {
      if (c.kind === 'cartDelta') [...c.add, ...(c.remove ?? [])].forEach(variantExists);
      if (c.kind === 'best') c.handles.forEach(known);
      if (c.kind === 'saved') known(c.handle);
      if (c.kind === 'shownOnly') c.handles.forEach(known);
      if (c.kind === 'shown' || c.kind === 'shownSome')
        [...(c.where.handles ?? []), ...(c.where.notHandles ?? [])].forEach(known);
    }
  return problems;
}
