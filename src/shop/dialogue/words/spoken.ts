/** Small speakable pieces every reply module shares: amounts of money and spoken lists. */
import type { Language } from '../../contract.ts';
import { formatMoney, toCents } from '../../money.ts';

type L = Language;
/** Picks the English or Spanish wording of a reply. */
export const t = (lang: L, en: string, es: string): string => (lang === 'es' ? es : en);

export function money(amount: number | undefined, currency: string | undefined, lang: L): string {
  if (amount === undefined) return '';
  const cur = currency ?? 'USD';
  try {
    return formatMoney(toCents(amount, cur), cur, lang);
  } catch {
    return `${amount} ${cur}`;
  }
}

export function list(parts: string[], lang: L): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${t(lang, 'and', 'y')} ${parts.at(-1)}`;
}
