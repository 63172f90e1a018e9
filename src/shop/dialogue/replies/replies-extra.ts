/**
 * Replies to the tools beyond browsing and the cart (sorted searches, several adds at once,
 * empty cart, promos, policies, order cancellation), built only from their results.
 */
import type { SortName } from '../../catalog/search-specs.ts';
import type { Language } from '../../contract.ts';
import { policyReply } from '../answers/policy-reply.ts';
import { sortWord } from '../answers/specs.ts';
import { cartOf, field, ordersOf, type ProductInfo, productsOf } from '../results.ts';
import type { ToolExchange } from '../state.ts';
import { list, money, t } from '../words/spoken.ts';

type L = Language;

/** The reply for the last call when it is one of these cases; undefined leaves it to replyTo. */
export function extraReply(c: ToolExchange, calls: ToolExchange[], lang: L): string | undefined {
  const out = c.output;
  switch (c.name) {
    case 'search_products': {
      const products = productsOf(out);
      if (typeof c.input.sort === 'string' && products.length > 0)
        return sortedList(products, c.input.sort as SortName, lang);
      return undefined;
    }
    case 'add_to_cart':
      return batchAdded(calls, lang);
    case 'clear_cart':
      return t(lang, 'Done, your cart is empty now.', 'Hecho, tu carrito ya está vacío.');
    case 'list_promos':
      return promosText(out, lang);
    case 'get_policy': {
      const text = field(out, 'text');
      if (text) return policyReply(text, String(c.input.topic ?? 'other'), lang);
      return t(
        lang,
        "I don't have that policy here; I can pass you to a person.",
        'No tengo esa política aquí; puedo pasarte con una persona.',
      );
    }
    case 'cancel_order': {
      const o = ordersOf(out)[0];
      return (out as { cancelled?: unknown } | null)?.cancelled === true
        ? t(lang, `Order ${o?.id ?? ''} is cancelled.`, `El pedido ${o?.id ?? ''} está cancelado.`)
        : t(lang, `Shall I cancel order ${o?.id ?? ''}?`, `¿Cancelo el pedido ${o?.id ?? ''}?`);
    }
  }
  return undefined;
}

/** Several items added in one step: one sentence for all of them (undefined for a single add). */
function batchAdded(calls: ToolExchange[], lang: L): string | undefined {
  const batch: ToolExchange[] = [];
  for (let i = calls.length - 1; i >= 0 && calls[i]!.name === 'add_to_cart' && !calls[i]!.error; i--)
    batch.unshift(calls[i]!);
  if (batch.length < 2) return undefined;
  const names = batch.map((b) => {
    const added = (b.output as { added?: { name?: unknown } } | null)?.added;
    return `${Number(b.input.quantity ?? 1)} ${typeof added?.name === 'string' ? added.name : ''}`.trim();
  });
  const cart = cartOf(batch.at(-1)!.output);
  const total =
    cart?.total !== undefined
      ? t(
          lang,
          ` Your cart total is ${money(cart.total, cart.currency, lang)}.`,
          ` El total del carrito es ${money(cart.total, cart.currency, lang)}.`,
        )
      : '';
  return `${t(lang, `Added ${list(names, lang)} to your cart.`, `Añadí ${list(names, lang)} al carrito.`)}${total}`;
}

/** "The lightest is Nimbus 1 Solo Tent, 0.9 kg, at $189.00. Then …": a sorted search read in order. */
function sortedList(products: ProductInfo[], sort: SortName, lang: L): string {
  const fig = (p: ProductInfo) => (p.spec ? `, ${p.spec},` : '');
  const [first, ...rest] = products;
  const then = rest
    .slice(0, 1)
    .map((p) => `${p.name}${p.spec ? ` (${p.spec})` : ''}`)
    .join('');
  const head = t(
    lang,
    `The ${sortWord(sort, lang)} is ${first!.name}${fig(first!)} at ${money(first!.price, first!.currency, lang)}.`,
    `El ${sortWord(sort, lang)} es ${first!.name}${fig(first!)} a ${money(first!.price, first!.currency, lang)}.`,
  );
  const tail = then ? t(lang, ` Then ${then}.`, ` Después, ${then}.`) : '';
  return `${head}${tail} ${t(lang, 'Want more details?', '¿Quieres más detalles?')}`;
}

interface PromoOut {
  code?: string;
  description?: string;
  descriptionLanguage?: string;
  minSpend?: number;
  currency?: string;
  discount?: { kind?: string; percent?: number; amount?: number; currency?: string; days?: number };
}

/**
 * One promo as said in the shopper's language: the owner's description when it is in that
 * language, else the figures the promo carries ("un 10 % de descuento en pedidos desde 30,00 US$").
 */
export function promoLine(p: PromoOut, lang: L): string {
  const inLanguage = (p.descriptionLanguage ?? 'en') === lang;
  if (p.description && (inLanguage || !p.discount)) return `${p.code}, ${p.description}`;
  const d = p.discount;
  if (!d) return p.code ?? '';
  const what =
    d.kind === 'percent'
      ? t(lang, `${d.percent}% off`, `un ${d.percent} % de descuento`)
      : d.kind === 'fixed'
        ? t(
            lang,
            `${money(d.amount, d.currency, lang)} off`,
            `${money(d.amount, d.currency, lang)} de descuento`,
          )
        : t(lang, `a ${d.days}-day free trial`, `una prueba gratis de ${d.days} días`);
  const min =
    p.minSpend !== undefined
      ? t(
          lang,
          ` on orders of ${money(p.minSpend, p.currency, lang)} or more`,
          ` en pedidos desde ${money(p.minSpend, p.currency, lang)}`,
        )
      : '';
  return `${p.code}: ${what}${min}`;
}

function promosText(out: unknown, lang: L): string {
  const promos = ((out as { promos?: unknown } | null)?.promos ?? []) as PromoOut[];
  if (!Array.isArray(promos) || promos.length === 0)
    return t(
      lang,
      'There are no promo codes running right now.',
      'Ahora mismo no hay códigos promocionales.',
    );
  const said = promos.slice(0, 3).map((p) => promoLine(p, lang));
  return t(
    lang,
    `Current promos: ${said.join('; ')}. Say apply and the code to use one.`,
    `Promociones actuales: ${said.join('; ')}. Di aplica y el código para usar una.`,
  );
}

/**
 * Why a promo code was refused, in Spanish, from the shop's problem code and figures (the shop's
 * own message is English): unknown, expired, not yet valid, minimum spend, nothing it applies to.
 */
export function promoRefusalEs(c: ToolExchange): string {
  const e = (c.output as { error?: { details?: { problem?: unknown } } } | null)?.error;
  const problem = typeof e?.details?.problem === 'string' ? e.details.problem : undefined;
  const code = typeof c.input.code === 'string' ? c.input.code.toUpperCase() : '';
  const el = code ? `El código ${code}` : 'Ese código';
  switch (problem) {
    case 'unknown':
      return code ? `No existe el código ${code}. ¿Puedes deletrearlo?` : 'Ese código no existe.';
    case 'expired':
      return `${el} ha caducado.`;
    case 'not_started':
      return `${el} aún no es válido.`;
    case 'inactive':
    case 'misconfigured':
      return `${el} no está disponible.`;
    case 'min_subtotal': {
      const m = /(\d+(?:\.\d+)?)\s+([A-Z]{3})/.exec(c.error ?? '');
      const min = m ? ` de al menos ${money(Number(m[1]), m[2], 'es')}` : ' mínimo';
      return `${el} necesita un subtotal${min}.`;
    }
    case 'not_applicable':
      return `${el} no se aplica a nada de tu carrito.`;
  }
  return 'Ese código no es válido o no se puede aplicar.';
}
