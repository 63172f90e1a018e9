/**
 * Reads a Shopify discount codes export (CSV). Shopify's admin export and the usual export apps
 * name the same things differently, so each field is found under any of its known headers:
 *
 *   code          Code | Discount Code | Name (when there is no Code column)
 *   title         Title | Name (when there is a Code column)          → the spoken description
 *   value type    Value Type | Discount Value Type | Type             percentage | fixed_amount
 *   value         Value | Discount Value                              10 (%), or 15.00 (amount off)
 *   minimum       Minimum Requirement: none | subtotal | quantity, or an amount
 *                 Minimum Purchase Amount | Minimum Subtotal | Minimum Requirement Value
 *   dates         Starts At | Starts | Start Date, Ends At | Ends | End Date (ISO 8601; no zone = UTC)
 *   limit         Usage Limit | Total Usage Limit | Usage Limit Per Code (empty = unlimited)
 *   status        Status: active | scheduled | enabled → usable; expired | disabled | inactive → not
 *   applies to    Applies To: empty, "all products" or "entire order" (others cannot be mapped)
 *
 * Discounts Voice Shopper cannot apply (free shipping, buy X get Y, minimum quantities, specific
 * collections) are reported as errors rather than imported as something else.
 */
import { csvRecords } from '../../catalog/import/csv.ts';
import { normalizePromoCode } from '../math.ts';
import type { ParsedPromos, PromoEntry } from './json.ts';
import { checkCode, checkValue, checkWindow, describePromo, parsePromoDate } from './rules.ts';

const COLUMNS = {
  code: ['code', 'discount code'],
  name: ['name', 'title', 'discount name'],
  valueType: ['value type', 'discount value type', 'type'],
  value: ['value', 'discount value'],
  minimumRequirement: ['minimum requirement', 'minimum purchase requirements', 'minimum requirements'],
  minimumAmount: [
    'minimum purchase amount',
    'minimum subtotal',
    'minimum requirement value',
    'minimum amount',
  ],
  startsAt: ['starts at', 'starts', 'start date', 'start'],
  endsAt: ['ends at', 'ends', 'end date', 'end'],
  usageLimit: ['usage limit', 'total usage limit', 'usage limit per code'],
  status: ['status'],
  appliesTo: ['applies to'],
} as const;

const PERCENT = new Set(['percentage', 'percent', '%', 'percentage off']);
const FIXED = new Set(['fixed_amount', 'fixed amount', 'fixed', 'amount', 'amount off', 'fixed amount off']);
const UNSUPPORTED = new Set([
  'free_shipping',
  'free shipping',
  'shipping',
  'bxgy',
  'buy_x_get_y',
  'buy x get y',
]);
const ACTIVE = new Set(['', 'active', 'enabled', 'scheduled']);
const INACTIVE = new Set(['expired', 'disabled', 'inactive', 'deactivated', 'archived']);
const WHOLE_ORDER = new Set(['', 'all', 'all products', 'entire order', 'order', 'all items']);
const NUMBER = /^\d{1,9}(\.\d{1,4})?$/;

/** "10", "10%", "$15.00", "15,00 €" are read; a minus sign is kept so it can be refused. */
function readNumber(text: string): number | null {
  const cleaned = text.replace(/[%$€£¥\s]|[A-Z]{3}$/g, '').replace(/^\+/, '');
  const negative = cleaned.startsWith('-');
  const digits = negative ? cleaned.slice(1) : cleaned;
  if (!NUMBER.test(digits)) return null;
  return (negative ? -1 : 1) * Number(digits);
}

export function parseShopifyDiscountsCsv(text: string): ParsedPromos {
  const { rows, lines, issues } = csvRecords(text);
  if (issues.length > 0) return { entries: [], issues };
  const header = rows[0];
  if (!header) return { entries: [], issues: [{ line: 1, reason: 'empty file' }] };
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const column = (names: readonly string[]) => names.find((n) => index.has(n));
  const codeColumn = column(COLUMNS.code) ?? column(['name']);
  const nameColumn = column(COLUMNS.code) ? column(COLUMNS.name) : column(['title', 'discount name']);
  const typeColumn = column(COLUMNS.valueType);
  const valueColumn = column(COLUMNS.value);
  const missing = [
    codeColumn ? '' : 'Code (or Name)',
    typeColumn ? '' : 'Value Type',
    valueColumn ? '' : 'Value',
  ].filter(Boolean);
  if (missing.length > 0)
    return {
      entries: [],
      issues: [
        {
          line: lines[0]!,
          reason: `missing column(s) ${missing.join(', ')}: is this a Shopify discount codes export?`,
        },
      ],
    };

  const entries: PromoEntry[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((record, i) => {
    const line = lines[i + 1]!;
    if (record.length !== header.length) {
      issues.push({ line, reason: `expected ${header.length} columns, found ${record.length}` });
      return;
    }
    const get = (name: string | undefined) => (name ? (record[index.get(name)!] ?? '').trim() : '');
    const getAny = (names: readonly string[]) => get(column(names));
    const reasons: string[] = [];
    const code = checkCode(get(codeColumn), reasons);

    const typeText = get(typeColumn).toLowerCase();
    const kind = PERCENT.has(typeText) ? 'percent' : FIXED.has(typeText) ? 'fixed' : null;
    if (!kind) {
      reasons.push(
        UNSUPPORTED.has(typeText)
          ? `Value Type "${get(typeColumn)}" cannot be imported: only percentage and fixed_amount discounts are supported`
          : `unknown Value Type "${get(typeColumn)}": use percentage or fixed_amount`,
      );
    }
    const valueText = get(valueColumn);
    const amount = readNumber(valueText);
    let value = 0;
    if (amount === null) reasons.push(`Value "${valueText}" is not a number like 10 or 15.00`);
    else if (kind) value = checkValue(kind, amount, reasons, 'Value');

    let minCents = 0;
    const requirement = getAny(COLUMNS.minimumRequirement);
    const minText = getAny(COLUMNS.minimumAmount);
    const reqLower = requirement.toLowerCase();
    if (/quantit|items/.test(reqLower)) {
      reasons.push(
        `Minimum Requirement "${requirement}" cannot be imported: only a minimum purchase amount is supported`,
      );
    } else {
      const amountText = readNumber(requirement) !== null ? requirement : minText;
      if (amountText) {
        const min = readNumber(amountText);
        if (min === null || min < 0)
          reasons.push(`minimum purchase amount "${amountText}" is not an amount like 50.00`);
        else minCents = Math.round(min * 100);
      } else if (reqLower && !/^(none|no minimum|no minimum requirements?)$/.test(reqLower)) {
        reasons.push(`Minimum Requirement "${requirement}" needs a Minimum Purchase Amount`);
      }
    }

    const dates = (['startsAt', 'endsAt'] as const).map((k) => {
      const raw = getAny(COLUMNS[k]);
      if (!raw) return null;
      const iso = parsePromoDate(raw);
      if (!iso)
        reasons.push(
          `${k === 'startsAt' ? 'Starts At' : 'Ends At'} "${raw}" is not a date like 2026-06-01 or 2026-06-01T00:00:00Z`,
        );
      return iso;
    });
    checkWindow(dates[0]!, dates[1]!, reasons);

    const limitText = getAny(COLUMNS.usageLimit);
    let usageLimit: number | null = null;
    if (limitText && !/^(unlimited|none|no limit)$/i.test(limitText)) {
      if (!/^\d+$/.test(limitText) || Number(limitText) < 1)
        reasons.push(`Usage Limit "${limitText}" is not a whole number of at least 1`);
      else usageLimit = Number(limitText);
    }

    const statusText = getAny(COLUMNS.status).toLowerCase();
    if (!ACTIVE.has(statusText) && !INACTIVE.has(statusText))
      reasons.push(`Status must be active, scheduled or expired, not "${getAny(COLUMNS.status)}"`);
    const appliesText = getAny(COLUMNS.appliesTo);
    if (!WHOLE_ORDER.has(appliesText.toLowerCase()))
      reasons.push(
        `Applies To "${appliesText}" cannot be imported: only discounts on the whole order are supported`,
      );

    const key = normalizePromoCode(code);
    const first = seen.get(key);
    if (key && first !== undefined) reasons.push(`duplicate code "${code}" (first on line ${first})`);
    if (reasons.length > 0) {
      for (const reason of reasons) issues.push({ line, reason });
      return;
    }
    seen.set(key, line);
    const name = get(nameColumn);
    entries.push({
      where: { line },
      record: {
        code,
        kind: kind!,
        value,
        ...describePromo(kind!, value, minCents, name && name !== code ? name : ''),
        min_subtotal_cents: minCents,
        applies_to: null,
        active: INACTIVE.has(statusText) ? 0 : 1,
        starts_at: dates[0]!,
        ends_at: dates[1]!,
        usage_limit: usageLimit,
      },
    });
  });
  return { entries, issues };
}
