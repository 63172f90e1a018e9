/**
 * Speakable replies built only from tool results: every product name, price, size and total the
 * engine says is read from a result in the prompt. Two or three options are spoken; the rest are
 * on the shopper's screen (the tools' UI events).
 */

import type { Language } from '../../contract.ts';
import { ownerText } from '../answers/owner-text.ts';
import {
  type CartInfo,
  cartOf,
  confirmationOf,
  errorCode,
  field,
  numField,
  ordersOf,
  type ProductInfo,
  productsOf,
  totalOf,
} from '../results.ts';
import type { ToolExchange } from '../state.ts';
import { list, money, t } from '../words/spoken.ts';
import { compareReply } from './compare-reply.ts';
import { extraReply, promoRefusalEs } from './replies-extra.ts';

type L = Language;

const ORD: Record<L, string[]> = {
  en: ['First', 'Second', 'Third'],
  es: ['Primero', 'Segundo', 'Tercero'],
};

function describe(p: ProductInfo, lang: L): string {
  const by =
    p.brand && !p.name.toLowerCase().includes(p.brand.toLowerCase())
      ? t(lang, ` by ${p.brand}`, ` de ${p.brand}`)
      : '';
  const price =
    p.price !== undefined
      ? t(lang, ` at ${money(p.price, p.currency, lang)}`, ` a ${money(p.price, p.currency, lang)}`)
      : '';
  return `${p.name}${by}${price}`;
}

/** "I found 7 options. First, … Second, … Third, … The other 4 are on your screen." */
export function productList(
  products: ProductInfo[],
  total: number | undefined,
  lang: L,
  emptyHint = true,
): string {
  if (products.length === 0) {
    return emptyHint
      ? t(
          lang,
          "I couldn't find anything matching that. Try another colour, brand or price.",
          'No encontré nada con esos criterios. Prueba con otro color, marca o precio.',
        )
      : t(lang, 'There is nothing there yet.', 'Todavía no hay nada.');
  }
  const n = Math.max(total ?? 0, products.length);
  if (products.length === 1) {
    return t(
      lang,
      `I found one: ${describe(products[0]!, lang)}. Want more details, or shall I add it to your cart?`,
      `Encontré uno: ${describe(products[0]!, lang)}. ¿Quieres más detalles o lo añado al carrito?`,
    );
  }
  const spoken = products.slice(0, 3).map((p, i) => `${ORD[lang][i]}, ${describe(p, lang)}.`);
  const rest = n - spoken.length;
  // "opciones" is feminine; one left over is "the other one", not "the other 1 are".
  const tail =
    rest === 1
      ? t(lang, ' The other one is on your screen.', ' La otra está en tu pantalla.')
      : rest > 1
        ? t(lang, ` The other ${rest} are on your screen.`, ` Las otras ${rest} están en tu pantalla.`)
        : '';
  return `${t(lang, `I found ${n} options.`, `Encontré ${n} opciones.`)} ${spoken.join(' ')}${tail} ${t(lang, 'Which one do you like?', '¿Cuál te interesa?')}`;
}

function variantsText(p: ProductInfo, lang: L): string {
  const parts: string[] = [];
  const sizes = p.sizes.filter((s) => s.inStock).map((s) => s.size);
  const colors = p.colors.filter((c) => c.inStock).map((c) => c.color);
  if (sizes.length)
    parts.push(t(lang, `Sizes in stock: ${list(sizes, lang)}.`, `Tallas disponibles: ${list(sizes, lang)}.`));
  if (colors.length > 1 || (colors.length === 1 && p.colors.length > 1))
    parts.push(t(lang, `Colours: ${list(colors, lang)}.`, `Colores: ${list(colors, lang)}.`));
  // Other options with a choice ("Peso: 365 g y 370 g"): what "¿en qué pesos la tenés?" asks.
  for (const o of p.options ?? []) {
    const inStock = o.values.filter((v) => v.inStock).map((v) => v.value);
    const out = o.values.filter((v) => !v.inStock).map((v) => v.value);
    if (o.values.length < 2 || inStock.length === 0) continue;
    const gone = out.length
      ? t(lang, ` (sold out: ${list(out, lang)})`, ` (agotado: ${list(out, lang)})`)
      : '';
    parts.push(`${o.name}: ${list(inStock, lang)}${gone}.`);
  }
  if ((p.sizes.length || p.colors.length) && !sizes.length && !colors.length)
    parts.push(t(lang, 'It is out of stock right now.', 'Ahora mismo está agotado.'));
  return parts.join(' ');
}

/** The option values a check asked about ("56 cm" of "Frame Size"). */
function optionValuesAsked(options: unknown): string[] {
  if (!options || typeof options !== 'object') return [];
  return Object.values(options).filter((v): v is string => typeof v === 'string');
}

/** The in-stock values of each option a sold-out check returned as alternatives. */
function optionsInStockText(out: unknown, lang: L): string {
  const options = (out as { alternatives?: { options?: Record<string, unknown> } } | null)?.alternatives
    ?.options;
  if (!options) return '';
  return Object.entries(options)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0)
    .map(([name, values]) =>
      t(lang, `${name} in stock: ${list(values, lang)}.`, `${name} disponible: ${list(values, lang)}.`),
    )
    .join(' ');
}

function firstSentence(s: string | undefined): string {
  if (!s) return '';
  const one = s.split(/(?<=[.!?])\s/)[0] ?? '';
  const words = one.split(/\s+/);
  return words.length > 25 ? `${words.slice(0, 25).join(' ')}…` : one;
}

function cartLine(l: CartInfo['items'][number], lang: L): string {
  const v = [l.size ? t(lang, `size ${l.size}`, `talla ${l.size}`) : '', l.color ?? '']
    .filter(Boolean)
    .join(' ');
  return `${l.quantity} ${l.name}${v ? ` (${v})` : ''}`;
}

/** Lines read aloud after a change; a read-back the shopper asked for reads more (up to six). */
export function cartText(cart: CartInfo, lang: L, spokenLines = 3): string {
  if (cart.items.length === 0) return t(lang, 'Your cart is empty.', 'Tu carrito está vacío.');
  const spoken = cart.items.slice(0, spokenLines).map((l) => cartLine(l, lang));
  const more = cart.items.length - spoken.length;
  const tail =
    more > 0 ? t(lang, `, plus ${more} more on your screen`, `, y ${more} más en tu pantalla`) : '';
  const total =
    cart.total !== undefined
      ? t(
          lang,
          ` Total ${money(cart.total, cart.currency, lang)}.`,
          ` Total ${money(cart.total, cart.currency, lang)}.`,
        )
      : '';
  return `${t(lang, 'In your cart:', 'En tu carrito:')} ${list(spoken, lang)}${tail}.${total}`;
}

const STATUS_ES: Record<string, string> = {
  placed: 'realizado',
  paid: 'pagado',
  shipped: 'enviado',
  delivered: 'entregado',
  cancelled: 'cancelado',
  pending: 'pendiente',
  processing: 'en preparación',
};

function errorReply(c: ToolExchange, lang: L): string {
  const code = errorCode(c.output) ?? '';
  const msg = (c.error ?? '')
    .replace(/^(error|the function \w+ failed):?\s*/i, '')
    // Instructions the shop writes for a language model are not said to the shopper.
    .replace(/\s*Do not [^.]*\./g, '')
    .replace(/\s*Ask the shopper \(see get_product\)\.?/g, '')
    .replace(/\s*Ask the shopper \(([^)]*)\)\.?/g, ' Options: $1.');
  if (code === 'UNCLEAR_REQUEST')
    return t(
      lang,
      "Sorry, I'm not sure I heard that right, so I haven't changed anything. Could you say it again?",
      'Perdona, no estoy seguro de haberte entendido, así que no he cambiado nada. ¿Puedes repetirlo?',
    );
  if (/cancel/i.test(msg)) return t(lang, 'Okay, I stopped that.', 'Vale, lo he detenido.');
  if (code === 'out_of_stock' || /out of stock|stock/i.test(msg))
    return t(lang, `Sorry, that is out of stock. ${msg}`, 'Lo siento, eso está agotado.');
  if (lang === 'es') {
    // Shop errors arrive as English text; the common ones get a Spanish explanation.
    if (/empty/i.test(msg)) return 'Tu carrito está vacío. ¿Qué te gustaría añadir?';
    if (c.name === 'apply_promo') return promoRefusalEs(c);
    if (/not found|unknown|no such/i.test(msg)) return 'No lo encontré. ¿Puedes repetirlo?';
    if (/confirmation|token|prepare/i.test(msg))
      return 'El pedido ha cambiado; di pagar para repasarlo de nuevo.';
    return 'Lo siento, no he podido hacerlo. ¿Quieres intentarlo de otra forma?';
  }
  return `Sorry, that didn't work: ${(msg || 'unknown problem').replace(/[.\s]+$/, '')}.`;
}

/** The reply to the tool calls of this turn (the last call decides; earlier ones were look-ups). */
export function replyTo(calls: ToolExchange[], lang: L): string {
  const c = calls.at(-1);
  if (!c) return t(lang, 'How can I help?', '¿En qué te ayudo?');
  if (c.error) return errorReply(c, lang);
  const extra = extraReply(c, calls, lang);
  if (extra !== undefined) return extra;
  const out = c.output;
  const products = productsOf(out);
  const cart = cartOf(out);
  switch (c.name) {
    case 'search_products':
      return productList(products, totalOf(out), lang, true);
    case 'list_saved_items':
      return productList(products, totalOf(out), lang, false);
    case 'get_product': {
      const p = products[0];
      if (!p) return t(lang, "I couldn't find that product.", 'No encontré ese producto.');
      return [
        `${describe(p, lang)}.`,
        ownerText(firstSentence(p.summary), lang),
        variantsText(p, lang),
        t(lang, 'Shall I add it to your cart?', '¿Lo añado al carrito?'),
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'compare_products': {
      if (products.length < 2) return productList(products, undefined, lang);
      const sideBySide = compareReply(products, lang);
      if (sideBySide) return sideBySide;
      const priced = products.filter((p) => p.price !== undefined);
      const cheapest = priced.sort((a, b) => a.price! - b.price!)[0];
      const spoken = products.slice(0, 3).map((p) => describe(p, lang));
      const cheap = cheapest
        ? t(lang, ` The cheapest is ${cheapest.name}.`, ` El más barato es ${cheapest.name}.`)
        : '';
      return `${t(lang, 'Side by side:', 'Comparando:')} ${list(spoken, lang)}.${cheap} ${t(lang, 'The full comparison is on your screen.', 'La comparación completa está en tu pantalla.')}`;
    }
    case 'check_availability': {
      const avail = availabilityOf(out);
      const what = [
        c.input.size ? t(lang, `size ${c.input.size}`, `talla ${c.input.size}`) : '',
        typeof c.input.color === 'string' ? c.input.color : '',
        ...optionValuesAsked(c.input.options),
      ]
        .filter(Boolean)
        .join(' ');
      const p = products[0];
      const alt = [p ? variantsText(p, lang) : '', optionsInStockText(out, lang)].filter(Boolean).join(' ');
      if (avail === true)
        return t(
          lang,
          `Yes, ${what ? `${what} is` : "it's"} in stock. Shall I add it to your cart?`,
          `Sí, ${what ? `${what} está` : 'está'} disponible. ¿Lo añado al carrito?`,
        );
      if (avail === false)
        return `${t(lang, `Sorry, ${what || 'that'} is out of stock.`, `Lo siento, ${what || 'eso'} está agotado.`)} ${alt}`.trim();
      return alt || t(lang, 'I could not tell the stock for that.', 'No pude comprobar el stock de eso.');
    }
    case 'add_to_cart': {
      const q = Number(c.input.quantity ?? 1);
      const added = (out as { added?: { name?: unknown } } | null)?.added;
      const line = cart?.items.find((l) => l.productId === c.input.productId);
      const name =
        (typeof added?.name === 'string' ? added.name : undefined) ??
        line?.name ??
        state(c)?.name ??
        t(lang, 'it', 'el producto');
      const v = [
        c.input.size ? t(lang, `size ${c.input.size}`, `talla ${c.input.size}`) : '',
        typeof c.input.color === 'string' ? c.input.color : '',
      ]
        .filter(Boolean)
        .join(', ');
      const total =
        cart?.total !== undefined
          ? t(
              lang,
              ` Your cart total is ${money(cart.total, cart.currency, lang)}.`,
              ` El total del carrito es ${money(cart.total, cart.currency, lang)}.`,
            )
          : '';
      return `${t(lang, `Added ${q} ${name}${v ? `, ${v},` : ''} to your cart.`, `Añadí ${q} ${name}${v ? `, ${v},` : ''} al carrito.`)}${total} ${t(lang, 'Anything else?', '¿Algo más?')}`;
    }
    case 'update_cart_item':
    case 'remove_from_cart': {
      // Saved for later, then taken out of the cart (cart-later.ts): one answer for both.
      const saved =
        calls.at(-2)?.name === 'save_item' ? productsOf(calls.at(-2)!.output)[0]?.name : undefined;
      const head =
        c.name === 'remove_from_cart'
          ? saved
            ? t(
                lang,
                `Saved ${saved} for later and took it out of your cart.`,
                `Guardé ${saved} para más tarde y lo saqué del carrito.`,
              )
            : t(lang, 'Removed.', 'Eliminado.')
          : t(
              lang,
              `Done, quantity set to ${c.input.quantity}.`,
              `Hecho, cantidad cambiada a ${c.input.quantity}.`,
            );
      return `${head} ${cart ? cartText(cart, lang) : ''}`.trim();
    }
    case 'view_cart':
      return cart
        ? cartText(cart, lang, 6)
        : t(lang, 'I could not read your cart.', 'No pude leer tu carrito.');
    case 'apply_promo': {
      const code = String(c.input.code ?? '');
      const save = cart?.discount
        ? t(
            lang,
            ` You save ${money(cart.discount, cart.currency, lang)}.`,
            ` Ahorras ${money(cart.discount, cart.currency, lang)}.`,
          )
        : '';
      const total =
        cart?.total !== undefined
          ? t(
              lang,
              ` New total ${money(cart.total, cart.currency, lang)}.`,
              ` Nuevo total ${money(cart.total, cart.currency, lang)}.`,
            )
          : '';
      return `${t(lang, `Code ${code} applied.`, `Código ${code} aplicado.`)}${save}${total}`;
    }
    case 'prepare_order': {
      const conf = confirmationOf(out);
      if (!conf) return t(lang, 'I could not prepare your order.', 'No pude preparar tu pedido.');
      let text =
        conf.summary ??
        (cart ? cartText(cart, lang) : t(lang, 'Your order is ready.', 'Tu pedido está listo.'));
      if (!conf.summary && conf.total !== undefined)
        text += ` Total ${money(conf.total, conf.currency, lang)}.`;
      // The shop's read-back may already end with its own question; then only say how to answer.
      const ask = /\?\s*$/.test(text)
        ? t(lang, 'Say yes to confirm, or no to cancel.', 'Di sí para confirmar, o no para cancelar.')
        : t(
            lang,
            'Say yes to place the order, or no to cancel.',
            'Di sí para realizar el pedido, o no para cancelarlo.',
          );
      return `${text} ${ask}`;
    }
    case 'confirm_order': {
      const o = ordersOf(out)[0];
      const total =
        o?.total !== undefined
          ? t(
              lang,
              ` Total ${money(o.total, o.currency, lang)}.`,
              ` Total ${money(o.total, o.currency, lang)}.`,
            )
          : '';
      return t(
        lang,
        `Your order ${o?.id ?? ''} is placed.${total} Thank you!`,
        `Tu pedido ${o?.id ?? ''} está hecho.${total} ¡Gracias!`,
      ).replace(/\s+/g, ' ');
    }
    case 'order_status': {
      const o = ordersOf(out)[0];
      if (!o) return t(lang, "I couldn't find that order.", 'No encontré ese pedido.');
      const status = lang === 'es' ? (STATUS_ES[o.status ?? ''] ?? o.status ?? '') : (o.status ?? 'unknown');
      const eta = o.eta ? t(lang, `, expected ${o.eta}`, `, llegada prevista ${o.eta}`) : '';
      return t(lang, `Order ${o.id} is ${status}${eta}.`, `El pedido ${o.id} está ${status}${eta}.`);
    }
    case 'shopping_history': {
      const orders = ordersOf(out);
      if (!orders.length) return t(lang, "You don't have any orders yet.", 'Todavía no tienes pedidos.');
      const last = orders[0]!;
      return t(
        lang,
        `You have ${orders.length} orders. The latest is ${last.id}${last.status ? `, ${last.status}` : ''}${last.total !== undefined ? `, ${money(last.total, last.currency, lang)}` : ''}. The rest are on your screen.`,
        `Tienes ${orders.length} pedidos. El último es ${last.id}${last.status ? `, ${STATUS_ES[last.status] ?? last.status}` : ''}${last.total !== undefined ? `, ${money(last.total, last.currency, lang)}` : ''}. El resto está en tu pantalla.`,
      );
    }
    case 'identify_user': {
      if ((out as { verified?: unknown } | null)?.verified === false)
        return t(
          lang,
          "Sorry, I couldn't verify those details. Could you repeat your number and postal code?",
          'Lo siento, no pude verificar esos datos. ¿Puedes repetir tu número y código postal?',
        );
      const name = field(out, 'firstName', 'name', 'displayName');
      return t(
        lang,
        `Thanks${name ? ` ${name}` : ''}, you're verified. How can I help?`,
        `Gracias${name ? ` ${name}` : ''}, ya estás identificado. ¿En qué te ayudo?`,
      );
    }
    case 'save_item':
      return t(
        lang,
        `Saved ${products[0]?.name ?? 'it'} to your list.`,
        `Guardé ${products[0]?.name ?? 'el producto'} en tu lista.`,
      );
    case 'start_research':
      return t(
        lang,
        `I'm looking into ${String(c.input.query ?? '')} now; I'll put what I find on your screen in a moment.`,
        `Estoy investigando ${String(c.input.query ?? '')}; en un momento te pongo lo que encuentre en pantalla.`,
      );
    case 'get_research': {
      const status = field(out, 'status');
      if (status && /pend|running|progress|queued/.test(status))
        return t(
          lang,
          'Still working on it. Ask me again in a moment.',
          'Sigo trabajando en ello. Pregúntame en un momento.',
        );
      const summary = firstSentence(field(out, 'summary'));
      return (
        `${summary} ${products.length ? productList(products, undefined, lang) : ''}`.trim() ||
        t(lang, 'Nothing found yet.', 'Aún no hay resultados.')
      );
    }
    case 'submit_survey':
      return t(lang, 'Thanks for your feedback! Goodbye.', '¡Gracias por tu opinión! Hasta pronto.');
    case 'request_human':
      if (field(out, 'say', 'message')) return field(out, 'say', 'message')!;
      return t(
        lang,
        'I am passing you to a person now. Please hold on.',
        'Te paso con una persona. Un momento, por favor.',
      );
    default:
      return t(lang, 'Done.', 'Hecho.');
  }
}

/** The product a call was about, as the call's input named it (no lookup needed to name it). */
function state(c: ToolExchange): { name: string } | undefined {
  return typeof c.input.name === 'string' ? { name: c.input.name } : undefined;
}

function availabilityOf(out: unknown): boolean | undefined {
  const v = numField(out, 'stock', 'quantityAvailable');
  const o = out as Record<string, unknown> | null;
  if (o && typeof o === 'object') {
    for (const k of ['available', 'inStock', 'isAvailable'])
      if (typeof o[k] === 'boolean') return o[k] as boolean;
    if (o.result && typeof o.result === 'object') return availabilityOf(o.result);
  }
  return v === undefined ? undefined : v > 0;
}
