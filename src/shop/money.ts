/**
 * Money is integer minor units ("cents") inside the domain; major units (59.99) only at the edges
 * (UI events, LLM results). Rounding happens once, in the function that creates a fraction.
 */
import type { Language } from './contract.ts';

export type Cents = number;

const digitsCache = new Map<string, number>();

/** Minor-unit digits of an ISO 4217 currency (USD 2, JPY 0), from ICU. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    digitsCache.set(currency, digits);
  }
  return digits;
}

export function toMajor(cents: Cents, currency = 'USD'): number {
  const factor = 10 ** minorDigits(currency);
  return Math.round(cents) / factor;
}

export function toCents(major: number, currency = 'USD'): Cents {
  const factor = 10 ** minorDigits(currency);
  return Math.round(major * factor);
}

/** `pct` percent of `cents`, rounded half away from zero to a whole minor unit. */
export function percentOf(cents: Cents, pct: number): Cents {
  return Math.round((cents * pct) / 100);
}

const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-ES' };

/** "$59.99" / "59,99 €": the form read back to the shopper and shown on screen. */
export function formatMoney(cents: Cents, currency: string, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(
    toMajor(cents, currency),
  );
}
