/** Reads the project's promo codes JSON into validated records, collecting every problem. */

import type { ImportIssue } from '../../catalog/import/errors.ts';
import { fieldLines, lineAt } from '../../catalog/import/json.ts';
import { zodIssues } from '../../catalog/import/json-format.ts';
import { normalizePromoCode } from '../math.ts';
import { promoSchema, promosFileSchema } from './format.ts';
import { checkCode, checkValue, checkWindow, type PromoRecord, parsePromoDate } from './rules.ts';

export interface PromoEntry {
  record: PromoRecord;
  /** Where it is in the file, for errors found later (an unknown category). */
  where: Pick<ImportIssue, 'line' | 'path'>;
}

export interface ParsedPromos {
  entries: PromoEntry[];
  issues: ImportIssue[];
}

export function parsePromosJson(text: string): ParsedPromos {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const msg = (error as Error).message;
    const pos = /position (\d+)/.exec(msg);
    return {
      entries: [],
      issues: [{ ...(pos ? { line: lineAt(text, Number(pos[1])) } : {}), reason: `not valid JSON: ${msg}` }],
    };
  }
  const file = promosFileSchema.safeParse(raw);
  if (!file.success) return { entries: [], issues: zodIssues(file.error, '$') };

  const issues: ImportIssue[] = [];
  const entries: PromoEntry[] = [];
  const seenCodes = new Map<string, number>();
  const occurrences = new Map<string, number>();
  const codeLines = fieldLines(text, 'code');
  file.data.promos.forEach((item, index) => {
    const code = (item as { code?: unknown } | null)?.code;
    const occurrence = typeof code === 'string' ? (occurrences.get(code) ?? 0) : 0;
    if (typeof code === 'string') occurrences.set(code, occurrence + 1);
    const line = typeof code === 'string' ? codeLines.get(code)?.[occurrence] : undefined;
    const at = { ...(line !== undefined ? { line } : {}) };
    const parsed = promoSchema.safeParse(item);
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, `promos[${index}]`, at));
      return;
    }
    const p = parsed.data;
    const path = `promos[${index}]`;
    const reasons: string[] = [];
    const stored = checkCode(p.code, reasons);
    const value = checkValue(p.kind, p.value, reasons);
    const startsAt = p.startsAt === undefined ? null : parsePromoDate(p.startsAt);
    if (p.startsAt !== undefined && !startsAt)
      reasons.push(`startsAt "${p.startsAt}" is not an ISO 8601 date`);
    const endsAt = p.endsAt === undefined ? null : parsePromoDate(p.endsAt);
    if (p.endsAt !== undefined && !endsAt) reasons.push(`endsAt "${p.endsAt}" is not an ISO 8601 date`);
    checkWindow(startsAt, endsAt, reasons);
    if (p.appliesTo?.category && p.appliesTo.product)
      reasons.push('appliesTo names a category or a product, not both');
    if (p.kind === 'free_trial' && !p.appliesTo?.product)
      reasons.push('a free_trial promo needs appliesTo.product (the product that is free)');
    const key = normalizePromoCode(stored);
    const first = seenCodes.get(key);
    if (key && first !== undefined)
      reasons.push(
        `duplicate code "${stored}" (same as promos[${first}] once case, spaces and dashes are ignored)`,
      );
    if (reasons.length > 0) {
      for (const reason of reasons) issues.push({ ...at, path, reason });
      return;
    }
    seenCodes.set(key, index);
    entries.push({
      where: { ...at, path },
      record: {
        code: stored,
        kind: p.kind,
        value,
        description: p.description,
        description_es: p.descriptionEs ?? null,
        min_subtotal_cents: Math.round(p.minSubtotal * 100),
        applies_to: p.appliesTo?.category ?? (p.appliesTo?.product ? `p_${p.appliesTo.product}` : null),
        active: p.active ? 1 : 0,
        starts_at: startsAt,
        ends_at: endsAt,
        usage_limit: p.usageLimit ?? null,
      },
    });
  });
  return { entries, issues };
}
