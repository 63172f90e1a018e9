/**
 * The dialogue policy: given what the shopper said, the state rebuilt from the prompt and the tool
 * calls already made this turn, either call tools (one step) or answer. Orders are placed only by
 * confirm_order right after a prepare_order read-back answered with a plain yes.
 */
import type { Language, ToolName } from '../contract.ts';
import type { Understanding } from './nlu.ts';
import { spokenCode } from './numbers.ts';
import { replyTo } from './replies.ts';
import { matchColor, matchSize, resolveLine, resolveMany, resolveProduct } from './resolve.ts';
import type { ProductInfo } from './results.ts';
import type { DialogueState, Turn } from './state.ts';
import { tokenize } from './text.ts';

export interface ToolCallPlan {
  name: ToolName;
  input: Record<string, unknown>;
}

/** What the engine asked and waits for; recomputed from the previous turn, never stored. */
export type Awaiting =
  | {
      what: 'variant';
      intent: 'add_to_cart' | 'availability' | 'save_item';
      productId: string;
      quantity?: number;
      size?: string;
      color?: string;
    }
  | {
      what: 'product';
      intent: 'add_to_cart' | 'details' | 'availability' | 'save_item';
      quantity?: number;
      size?: string;
      color?: string;
    }
  | { what: 'promo' }
  | { what: 'identify'; customerNumber?: string; documentNumber?: string; postalCode?: string }
  | { what: 'rating' }
  | { what: 'line'; intent: 'remove_from_cart' | 'update_quantity'; quantity?: number };

export type Action =
  | { kind: 'tools'; calls: ToolCallPlan[] }
  | { kind: 'text'; text: string; awaiting?: Awaiting };

export interface DecideInput {
  nlu: Understanding;
  state: DialogueState;
  current: Turn;
  awaiting?: Awaiting;
  /** Tool names the caller offered; undefined means all. */
  tools?: Set<string>;
  maxSteps?: number;
}

const t = (lang: Language, en: string, es: string): string => (lang === 'es' ? es : en);
const say = (text: string, awaiting?: Awaiting): Action =>
  awaiting ? { kind: 'text', text, awaiting } : { kind: 'text', text };
const call = (name: ToolName, input: Record<string, unknown> = {}): Action => ({
  kind: 'tools',
  calls: [{ name, input }],
});

/** Tools that finish an intent; look-ups (search, get_product, view_cart) may precede them in a turn. */
const GOAL: Partial<Record<string, ToolName>> = {
  add_to_cart: 'add_to_cart',
  details: 'get_product',
  availability: 'check_availability',
  save_item: 'save_item',
  compare: 'compare_products',
  remove_from_cart: 'remove_from_cart',
  update_quantity: 'update_cart_item',
};

export function decide(input: DecideInput): Action {
  const { nlu, current } = input;
  const lang = nlu.language;
  const done = current.calls;
  if (done.length > 0) {
    const last = done.at(-1)!;
    const goal = GOAL[effectiveIntent(input)];
    const finished =
      !goal || done.some((c) => c.name === goal) || last.error || current.steps >= (input.maxSteps ?? 3);
    if (finished && last.error && last.name === 'add_to_cart' && typeof last.input.productId === 'string') {
      // A refused add (out of stock, variant needed) keeps the question open: "nine" next turn completes it.
      const p = input.state.known.get(last.input.productId);
      const sizes = p?.sizes.filter((x) => x.inStock && x.size !== last.input.size).map((x) => x.size) ?? [];
      const ask = sizes.length
        ? t(lang, ` In stock: ${sizes.join(', ')}. Which one?`, ` Disponibles: ${sizes.join(', ')}. ¿Cuál?`)
        : '';
      const keep = typeof last.input.color === 'string' ? { color: last.input.color } : {};
      return say(`${replyTo(done, lang)}${ask}`, {
        what: 'variant',
        intent: 'add_to_cart',
        productId: last.input.productId,
        quantity: Number(last.input.quantity ?? 1),
        ...keep,
      });
    }
    if (finished) return say(replyTo(done, lang));
  }
  const action = plan(input);
  if (action.kind === 'tools') {
    const offered = input.tools;
    const calls = action.calls.filter((c) => !offered || offered.has(c.name));
    // No tools left (the loop's last step offers none): answer from what this turn already found.
    if (calls.length === 0)
      return say(
        done.length
          ? replyTo(done, lang)
          : t(lang, "Sorry, I can't do that here.", 'Lo siento, eso no lo puedo hacer aquí.'),
      );
    // Never repeat a look-up within a turn: answer from what it returned instead.
    const repeat = calls.every((c) =>
      done.some((d) => d.name === c.name && JSON.stringify(d.input) === JSON.stringify(c.input)),
    );
    if (repeat)
      return say(
        done.length ? replyTo(done, lang) : t(lang, 'Sorry, something went wrong.', 'Lo siento, algo falló.'),
      );
    return { kind: 'tools', calls };
  }
  return action;
}

/** A slot-only answer to a question the engine asked continues that question's intent. */
function effectiveIntent(input: DecideInput): string {
  const { nlu, awaiting } = input;
  if (!awaiting || !answersQuestion(input)) return nlu.intent;
  if ('intent' in awaiting) return awaiting.intent;
  return nlu.intent;
}

function answersQuestion({ nlu, awaiting }: DecideInput): boolean {
  if (!awaiting) return false;
  const s = nlu.slots;
  switch (awaiting.what) {
    case 'variant':
      return (
        ['unknown', 'refine', 'search', 'confirm', 'add_to_cart', 'availability'].includes(nlu.intent) &&
        !s.category &&
        !s.productNames &&
        !!(s.size || s.color || s.numbers || s.quantity)
      );
    case 'product':
      return (
        ['unknown', 'details', 'refine', 'add_to_cart', 'search'].includes(nlu.intent) &&
        !!(s.ordinals || s.productNames || s.reference || s.color)
      );
    case 'promo':
      return ['unknown', 'promo', 'search', 'refine'].includes(nlu.intent);
    case 'identify':
      return (
        ['unknown', 'identify', 'search', 'refine'].includes(nlu.intent) &&
        !!(s.numbers || s.customerNumber || s.postalCode || s.documentNumber || /\d/.test(nlu.text))
      );
    case 'rating':
      return ['unknown', 'survey', 'refine', 'details'].includes(nlu.intent) && !!(s.rating || s.numbers);
    case 'line':
      return (
        ['unknown', 'details', 'refine', 'remove_from_cart', 'update_quantity', 'search'].includes(
          nlu.intent,
        ) && !!(s.ordinals || s.productNames || s.color || s.size || s.category)
      );
  }
}

function plan(input: DecideInput): Action {
  const { nlu, awaiting } = input;
  const lang = nlu.language;
  const s = { ...nlu.slots };
  if (awaiting && answersQuestion(input)) {
    switch (awaiting.what) {
      case 'variant':
      case 'product':
        if (awaiting.size && !s.size) s.size = awaiting.size;
        if (awaiting.color && !s.color) s.color = awaiting.color;
        if (awaiting.quantity && !s.quantity) s.quantity = awaiting.quantity;
        return intentAction(
          awaiting.intent,
          input,
          s,
          awaiting.what === 'variant' ? awaiting.productId : undefined,
        );
      case 'promo':
        return call('apply_promo', { code: s.promoCode ?? spokenCode(tokenize(nlu.text), lang) });
      case 'identify':
        return identify(lang, {
          customerNumber: s.customerNumber ?? awaiting.customerNumber,
          documentNumber: s.documentNumber ?? awaiting.documentNumber,
          postalCode: s.postalCode ?? awaiting.postalCode,
          numbers:
            awaiting.customerNumber || awaiting.documentNumber
              ? spokenCode(tokenize(nlu.text), lang)
              : undefined,
        });
      case 'rating': {
        const rating = s.rating ?? s.numbers?.find((n) => n >= 1 && n <= 5);
        if (rating) return call('submit_survey', s.comment ? { rating, comment: s.comment } : { rating });
        break;
      }
      case 'line':
        if (awaiting.quantity && !s.quantity) s.quantity = awaiting.quantity;
        return intentAction(awaiting.intent, input, s);
    }
  }
  return intentAction(nlu.intent, input, s);
}

function intentAction(
  intent: string,
  input: DecideInput,
  s: Understanding['slots'],
  productId?: string,
): Action {
  const { nlu, state } = input;
  const lang = nlu.language;
  switch (intent) {
    case 'greeting':
      return say(t(lang, 'Hi! What are you shopping for today?', '¡Hola! ¿Qué estás buscando hoy?'));
    case 'help':
      return say(
        t(
          lang,
          'I can find products, check sizes and stock, manage your cart, apply promo codes, place orders and track them. Try: show me something under 50.',
          'Puedo buscar productos, ver tallas y stock, gestionar tu carrito, aplicar códigos, hacer pedidos y seguirlos. Prueba: busco algo de menos de 50.',
        ),
      );
    case 'goodbye':
      return say(
        t(
          lang,
          'Thanks for shopping with us! Before you go, how would you rate me from one to five?',
          '¡Gracias por tu compra! Antes de irte, ¿qué nota me das del uno al cinco?',
        ),
        { what: 'rating' },
      );
    case 'human':
      return call('request_human', { reason: nlu.text });
    case 'survey': {
      if (s.rating)
        return call(
          'submit_survey',
          s.comment ? { rating: s.rating, comment: s.comment } : { rating: s.rating },
        );
      return say(t(lang, 'How would you rate me from one to five?', '¿Qué nota me das del uno al cinco?'), {
        what: 'rating',
      });
    }
    case 'search':
    case 'refine':
      return search(intent, input, s);
    case 'details':
    case 'availability':
    case 'save_item':
    case 'add_to_cart':
      return productAction(intent, input, s, productId);
    case 'compare': {
      const many = resolveMany(s, state);
      if (many.length < 2) {
        if (s.productNames?.length && !input.current.calls.some((c) => c.name === 'search_products'))
          return call('search_products', { query: s.productNames.join(' ') });
        return say(
          t(
            lang,
            'Which products should I compare? Say for example the first and the second.',
            '¿Qué productos comparo? Di por ejemplo el primero y el segundo.',
          ),
        );
      }
      return call('compare_products', { productIds: many.map((p) => p.id) });
    }
    case 'remove_from_cart':
    case 'update_quantity':
      return lineAction(intent, input, s);
    case 'view_cart':
      return call('view_cart');
    case 'promo':
      if (s.promoCode) return call('apply_promo', { code: s.promoCode });
      return say(t(lang, "What's the code? You can spell it.", '¿Cuál es el código? Puedes deletrearlo.'), {
        what: 'promo',
      });
    case 'checkout':
      if (state.pendingConfirmation && !nlu.no)
        return call('confirm_order', { token: state.pendingConfirmation.token });
      if (state.cart && state.cart.items.length === 0)
        return say(
          t(
            lang,
            'Your cart is empty. What would you like to buy?',
            'Tu carrito está vacío. ¿Qué te gustaría comprar?',
          ),
        );
      return call('prepare_order');
    case 'confirm':
      if (state.pendingConfirmation) return call('confirm_order', { token: state.pendingConfirmation.token });
      return say(
        t(
          lang,
          'There is nothing to confirm right now. Say check out when you are ready to order.',
          'Ahora no hay nada que confirmar. Di pagar cuando quieras hacer el pedido.',
        ),
      );
    case 'deny':
      if (state.pendingConfirmation)
        return say(
          t(
            lang,
            "Okay, I won't place the order. Your cart is still saved.",
            'De acuerdo, no hago el pedido. Tu carrito sigue guardado.',
          ),
        );
      return say(t(lang, 'Okay. What else can I do for you?', 'Vale. ¿Qué más puedo hacer por ti?'));
    case 'order_status':
      return call(
        'order_status',
        s.orderId ? { orderId: s.orderId } : state.lastOrderId ? { orderId: state.lastOrderId } : {},
      );
    case 'identify':
      return identify(lang, {
        customerNumber: s.customerNumber,
        documentNumber: s.documentNumber,
        postalCode: s.postalCode,
      });
    case 'list_saved':
      return call('list_saved_items');
    case 'history':
      return call('shopping_history');
    case 'research': {
      // The shopper's own words after the verb make the best research brief.
      const said = nlu.text
        .replace(
          /^.*?\b(research|look into|investigate|find out about|dig into|investiga(r)?|averigua(r)?|indaga)\b\s*/,
          '',
        )
        .replace(/^(on|about|into|for|sobre|acerca de)\s+/, '');
      const query =
        (said.length >= 2 && said !== nlu.text ? said : '') ||
        [s.query, s.category, s.brand, ...(s.productNames ?? [])].filter(Boolean).join(' ') ||
        nlu.text;
      return call('start_research', { query });
    }
    case 'research_status':
      if (state.researchId) return call('get_research', { researchId: state.researchId });
      return say(
        t(
          lang,
          "I haven't started any research yet. What should I look into?",
          'Todavía no he empezado ninguna investigación. ¿Qué quieres que investigue?',
        ),
      );
    default:
      return say(
        t(
          lang,
          "Sorry, I didn't catch that. You can ask me for a product, your cart, or an order.",
          'Perdona, no te he entendido. Puedes pedirme un producto, tu carrito o un pedido.',
        ),
      );
  }
}

function search(intent: string, input: DecideInput, s: Understanding['slots']): Action {
  const { state, nlu } = input;
  const args: Record<string, unknown> = {};
  const base = intent === 'refine' && state.lastSearch ? { ...state.lastSearch } : {};
  if (s.query) args.query = s.query;
  // A named product is searched by its catalog name (the spoken form may be misheard).
  if (intent === 'search' && s.productNames?.length && !s.category) args.query = s.productNames[0];
  if (intent === 'search' && s.productNames?.length === 1 && s.category) {
    args.query = s.productNames[0];
    delete s.category;
  }
  for (const k of ['category', 'brand', 'color', 'size', 'minPrice', 'maxPrice'] as const)
    if (s[k] !== undefined) args[k] = s[k];
  if (intent === 'refine' && s.reference === 'cheapest' && args.maxPrice === undefined) {
    const prices = state.lastResults
      .map((p) => p.price)
      .filter((p): p is number => p !== undefined)
      .sort((a, b) => a - b);
    const ref = state.focus?.price ?? prices[Math.floor(prices.length / 2)];
    if (ref !== undefined) args.maxPrice = Math.max(0, Math.round((ref - 0.01) * 100) / 100);
  }
  if (/\b(in stock|disponibles?|en stock)\b/.test(nlu.text)) args.inStock = true;
  const merged = { ...base, ...args };
  delete merged.limit;
  // The search tool needs something to search by; price or size alone is not enough.
  if (!merged.query && !merged.category && !merged.brand && !merged.color && Object.keys(merged).length > 0)
    return say(
      t(
        nlu.language,
        'What kind of product should I look for in that range?',
        '¿Qué tipo de producto busco con ese filtro?',
      ),
    );
  if (Object.keys(merged).length === 0)
    return say(
      t(
        nlu.language,
        'What are you looking for? Tell me a product, brand or colour.',
        '¿Qué buscas? Dime un producto, una marca o un color.',
      ),
    );
  return call('search_products', merged);
}

function productAction(
  intent: string,
  input: DecideInput,
  s: Understanding['slots'],
  productId?: string,
): Action {
  const { state, nlu, current } = input;
  const lang = nlu.language;
  let product: ProductInfo | undefined = productId ? state.known.get(productId) : undefined;
  if (!product) {
    const r = resolveProduct(s, state);
    if ('product' in r) product = r.product;
    else if (s.productNames?.length && !current.calls.some((c) => c.name === 'search_products'))
      // A product named but not on screen: look it up first, then come back here with its id.
      return call('search_products', { query: s.productNames[0] });
    else {
      const pending: Awaiting = { what: 'product', intent: intent as 'add_to_cart', ...pickVariant(s) };
      if ('ambiguous' in r)
        return say(
          t(
            lang,
            `Which one? ${r.ambiguous.map((p, i) => `${['The first', 'the second', 'or the third'][i]}, ${p.name}`).join('; ')}?`,
            `¿Cuál? ${r.ambiguous.map((p, i) => `${['El primero', 'el segundo', 'o el tercero'][i]}, ${p.name}`).join('; ')}?`,
          ),
          pending,
        );
      return say(
        t(
          lang,
          'Which product do you mean? Tell me its name, or search first.',
          '¿Qué producto? Dime su nombre o busca primero.',
        ),
        pending,
      );
    }
  }
  if (intent === 'details') return call('get_product', { productId: product.id });
  const size = matchSize(
    product,
    s.size,
    intent === 'add_to_cart' || intent === 'availability' ? (s.numbers ?? []) : [],
  );
  const color = matchColor(product, s.color);
  const args: Record<string, unknown> = { productId: product.id };
  if (size) args.size = size;
  if (color) args.color = color;
  // The availability tool judges sizes it may know better than the results on screen ("10" sold out).
  if (intent === 'availability') {
    if (!size && s.size) args.size = s.size;
    if (!color && s.color) args.color = s.color;
    return call('check_availability', args);
  }
  if (intent === 'save_item') return call('save_item', args);
  // add_to_cart: a sized product needs a size; several colours need a colour.
  const quantity = s.quantity ?? 1;
  const inStockSizes = product.sizes.filter((x) => x.inStock).map((x) => x.size);
  const inStockColors = product.colors.filter((x) => x.inStock).map((x) => x.color);
  const soldOut = size ? product.sizes.find((x) => x.size === size && !x.inStock) : undefined;
  if (soldOut) {
    return say(
      t(
        lang,
        `Sorry, size ${size} is sold out. In stock: ${inStockSizes.join(', ')}.`,
        `Lo siento, la talla ${size} está agotada. Disponibles: ${inStockSizes.join(', ')}.`,
      ),
      {
        what: 'variant',
        intent: 'add_to_cart',
        productId: product.id,
        quantity,
        ...(color ? { color } : {}),
      },
    );
  }
  const needSize = !size && product.sizes.length > 1;
  const needColor = !color && product.colors.length > 1;
  if (!size && product.sizes.length === 1) args.size = product.sizes[0]!.size;
  if (!color && product.colors.length === 1) args.color = product.colors[0]!.color;
  if (needSize || needColor) {
    const ask: string[] = [];
    const wrongSize =
      s.size && !size
        ? t(
            lang,
            `${product.name} isn't available in ${s.size}. `,
            `${product.name} no está disponible en ${s.size}. `,
          )
        : '';
    if (needSize)
      ask.push(
        t(
          lang,
          `Which size? In stock: ${inStockSizes.join(', ')}.`,
          `¿Qué talla? Disponibles: ${inStockSizes.join(', ')}.`,
        ),
      );
    if (needColor)
      ask.push(
        t(lang, `Which colour: ${inStockColors.join(', ')}?`, `¿Qué color: ${inStockColors.join(', ')}?`),
      );
    if (inStockSizes.length === 0 && product.sizes.length > 0)
      return say(
        t(
          lang,
          `Sorry, ${product.name} is out of stock in every size.`,
          `Lo siento, ${product.name} está agotado en todas las tallas.`,
        ),
      );
    return say(`${wrongSize}${ask.join(' ')}`, {
      what: 'variant',
      intent: 'add_to_cart',
      productId: product.id,
      quantity,
      ...(size ? { size } : {}),
      ...(color ? { color } : {}),
    });
  }
  return call('add_to_cart', { ...args, quantity });
}

function pickVariant(s: Understanding['slots']): { quantity?: number; size?: string; color?: string } {
  const out: { quantity?: number; size?: string; color?: string } = {};
  if (s.quantity) out.quantity = s.quantity;
  if (s.size) out.size = s.size;
  if (s.color) out.color = s.color;
  return out;
}

function lineAction(
  intent: 'remove_from_cart' | 'update_quantity',
  input: DecideInput,
  s: Understanding['slots'],
): Action {
  const { state, nlu } = input;
  const lang = nlu.language;
  if (!state.cart) return call('view_cart');
  const quantity = s.quantity ?? s.numbers?.find((n) => n >= 0 && n < 100);
  if (intent === 'update_quantity' && quantity === undefined)
    return say(t(lang, 'How many would you like?', '¿Cuántas unidades quieres?'));
  const line = resolveLine(s, state.cart, state);
  if (!line)
    return say(
      state.cart.items.length === 0
        ? t(lang, 'Your cart is empty.', 'Tu carrito está vacío.')
        : t(lang, "I don't see that in your cart.", 'No veo eso en tu carrito.'),
    );
  if (Array.isArray(line)) {
    const names = line.slice(0, 3).map((l) => l.name);
    return say(t(lang, `Which item: ${names.join(', or ')}?`, `¿Qué artículo: ${names.join(', o ')}?`), {
      what: 'line',
      intent,
      ...(quantity !== undefined ? { quantity } : {}),
    });
  }
  if (intent === 'remove_from_cart' || quantity === 0)
    return call('remove_from_cart', { itemId: line.itemId });
  return call('update_cart_item', { itemId: line.itemId, quantity });
}

function identify(
  lang: Language,
  v: {
    customerNumber?: string | undefined;
    documentNumber?: string | undefined;
    postalCode?: string | undefined;
    numbers?: string | undefined;
  },
): Action {
  const id = v.customerNumber
    ? { customerNumber: v.customerNumber }
    : v.documentNumber
      ? { documentNumber: v.documentNumber }
      : undefined;
  const postalCode = v.postalCode ?? (id && v.numbers && /\d/.test(v.numbers) ? v.numbers : undefined);
  if (id && postalCode) return call('identify_user', { ...id, postalCode });
  const keep = {
    ...(v.customerNumber ? { customerNumber: v.customerNumber } : {}),
    ...(v.documentNumber ? { documentNumber: v.documentNumber } : {}),
    ...(v.postalCode ? { postalCode: v.postalCode } : {}),
  };
  if (!id)
    return say(
      t(
        lang,
        'Please tell me your customer number and your postal code.',
        'Dime tu número de cliente y tu código postal, por favor.',
      ),
      { what: 'identify', ...keep },
    );
  return say(t(lang, 'And your postal code?', '¿Y tu código postal?'), { what: 'identify', ...keep });
}
