/**
 * The template research summary: short enough to speak, built only from what the job gathered —
 * each top pick's price, stock, the asked-for words its text states and its options in stock; the
 * figures the picks differ on; the cheapest in stock; a line from the shop's documents; how many
 * web results there are to read on screen. Used when no LLM summariser is configured or it fails.
 */
import { formatMoney } from '../money.ts';
import { type CandidateFacts, specContrasts } from './compare.ts';
import type { ResearchInput } from './types.ts';

const MAX_VALUES = 4;

function firstSentence(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](\s|$)/);
  const sentence = end > 0 ? flat.slice(0, end + 1) : flat;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

function list(values: readonly string[], es: boolean): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${es ? 'y' : 'and'} ${values.at(-1)}`;
}

export function researchSummary(input: ResearchInput): string {
  const { query, language, candidates, passages, web } = input;
  const es = language === 'es';
  const parts: string[] = [];
  if (candidates.length === 0) {
    parts.push(es ? `No encontré productos para «${query}».` : `I found no products for "${query}".`);
  } else {
    const price = (c: CandidateFacts) => formatMoney(c.priceCents, c.product.currency, language);
    const line = (c: CandidateFacts) => {
      const bits = [`${c.product.name} ${es ? 'de' : 'by'} ${c.product.brand}, ${price(c)}`];
      if (c.mentions.length > 0) bits.push(`${es ? 'dice' : 'says'} ${list(c.mentions, es)}`);
      const options = c.inStockOptions.find((o) => o.name !== 'color') ?? c.inStockOptions[0];
      if (options && c.inStock) {
        const shown = options.values.slice(0, MAX_VALUES);
        const more = options.values.length > shown.length ? (es ? ' y más' : ' and more') : '';
        bits.push(`${es ? 'hay' : 'in stock in'} ${shown.join(', ')}${more}`);
      }
      if (!c.inStock) bits.push(es ? 'agotado' : 'out of stock');
      return bits.join(', ');
    };
    const top = candidates.slice(0, 3);
    // One candidate is nothing to compare: it is named, not ranked.
    if (candidates.length === 1)
      parts.push(
        es
          ? `Encontré un producto para «${query}»: ${line(top[0]!)}.`
          : `I found one product for "${query}": ${line(top[0]!)}.`,
      );
    else
      parts.push(
        es
          ? `Comparé ${candidates.length} productos para «${query}». Los mejores: ${top.map(line).join('; ')}.`
          : `I compared ${candidates.length} products for "${query}". Top picks: ${top.map(line).join('; ')}.`,
      );
    const contrasts = specContrasts(top, language);
    if (contrasts.length > 0)
      parts.push(`${contrasts.slice(0, 2).join('; ')}.`.replace(/^./, (c) => c.toUpperCase()));
    const cheapest = [...candidates].filter((c) => c.inStock).sort((a, b) => a.priceCents - b.priceCents)[0];
    if (cheapest)
      parts.push(
        es
          ? `El más barato disponible es ${cheapest.product.name}, a ${price(cheapest)}.`
          : `The cheapest in stock is ${cheapest.product.name} at ${price(cheapest)}.`,
      );
  }
  const passage = passages[0];
  if (passage)
    parts.push(
      es
        ? `Según «${passage.title}»: ${firstSentence(passage.text)}`
        : `From "${passage.title}": ${firstSentence(passage.text)}`,
    );
  if (web.length > 0)
    parts.push(
      es
        ? `También hay ${web.length} resultados de la web en pantalla.`
        : `There ${web.length === 1 ? 'is 1 web result' : `are ${web.length} web results`} on screen too.`,
    );
  return parts.join(' ');
}
