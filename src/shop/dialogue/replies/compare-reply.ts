/**
 * Two or more products side by side on what their data says: the figures both texts give for the
 * same dimension ("12 hours and 9 oz against 20 hours and 6.5 lb"), the price, and,
 * when no figure is shared, what each description says first. Pure.
 */
import type { Language } from '../../contract.ts';
import { type Dimension, type Figure, figureFor, figuresOf } from '../answers/attribute-view.ts';
import type { ProductInfo } from '../results.ts';
import { money, t } from '../words/spoken.ts';

/** Dimensions every product gives a figure for, in the order the first product's text gives them. */
function sharedDimensions(products: ProductInfo[]): Dimension[] {
  const first = figuresOf(products[0]!).filter((f) => !f.compared);
  const dims = [...new Set(first.map((f) => f.dimension))];
  return dims.filter((d) => products.every((p) => figureFor(p, d)));
}

function firstSentence(p: ProductInfo): string | undefined {
  const text = (p.description ?? p.summary ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const s = /^(.{20,180}?[.!?])(\s|$)/.exec(text)?.[1] ?? (text.length ? text.slice(0, 160) : undefined);
  return s;
}

export function compareReply(products: ProductInfo[], lang: Language): string | undefined {
  if (products.length < 2) return undefined;
  const shown = products.slice(0, 3);
  const dims = sharedDimensions(shown).slice(0, 3);
  const price = (p: ProductInfo) => (p.price !== undefined ? money(p.price, p.currency, lang) : undefined);
  const lines = shown.map((p) => {
    const figs = dims
      .map((d) => figureFor(p, d))
      .filter((f): f is Figure => !!f)
      .map((f) => f.text);
    const said = figs.length ? figs.join(', ') : firstSentence(p);
    return [p.name, [said, price(p)].filter(Boolean).join('; ')].filter(Boolean).join(': ');
  });
  const cheapest = shown.filter((p) => p.price !== undefined).sort((a, b) => a.price! - b.price!)[0];
  const cheap = cheapest
    ? t(lang, ` The cheapest is ${cheapest.name}.`, ` El más barato es ${cheapest.name}.`)
    : '';
  return t(
    lang,
    `Side by side: ${lines.join(' — ')}.${cheap} The full comparison is on your screen.`,
    `Comparando: ${lines.join(' — ')}.${cheap} La comparación completa está en tu pantalla.`,
  );
}
