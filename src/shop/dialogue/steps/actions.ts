/**
 * Intent → action builders used by the policy: search (and refine), product actions with the
 * size/colour questions, cart-line actions and identification. Each returns tool calls or a
 * spoken question carrying what it waits for.
 */

import type { Language, ToolName } from '../../contract.ts';
import { usualSizeFor } from '../memory.ts';
import type { ProductInfo } from '../results.ts';
import { saysUnlistedValueWord } from '../spanish/es-value-words.ts';
import type { DialogueState } from '../state.ts';
import type { Understanding } from '../understand/nlu.ts';
import { choosesSoldOutValue, saysUnlistedShapedValue } from '../variants/option-choice.ts';
import { sizeByMeasure, sizeByRange, sizeBySpan } from '../variants/option-phrase.ts';
import {
  chosenOptions,
  optionText,
  quantityAsValue,
  sizeAsOption,
  unlistedOption,
  withOnlyInStock,
  withoutQuantityAt,
} from '../variants/variant-options.ts';
import { colorByWords } from '../words/color-words.ts';
import { colourInName } from '../words/colour-in-name.ts';
import { restrictionClause } from '../words/only-those.ts';
import { sizeByRank } from '../words/size-pairs.ts';
import { letterSaidAsRelative } from '../words/sizes.ts';
import { t } from '../words/spoken.ts';
import { normalize, stem } from '../words/text.ts';
import type { Action, Awaiting, DecideInput } from './action-types.ts';
import { productOfSaidLine } from './cart-words.ts';
import { conjoinedLines, removedCount } from './line-count.ts';
import { pickedFromList, searchedValues, withListWords } from './list-pick.ts';
import { leavesShownKind } from './refine-scope.ts';
import { matchColor, matchSize, resolveLine, resolveProduct } from './resolve.ts';
import { readsAllValuesFirst } from './superlative-read.ts';
import { productWanted } from './unplaced.ts';

export type { Action, Awaiting, DecideInput, ToolCallPlan } from './action-types.ts';
export { optionText, t };
export const say = (text: string, awaiting?: Awaiting): Action =>
  awaiting ? { kind: 'text', text, awaiting } : { kind: 'text', text };
/** A reply saying the request could not be placed (see Action's `unplaced`). */
export const sayUnplaced = (text: string, awaiting?: Awaiting): Action =>
  awaiting ? { kind: 'text', text, awaiting, unplaced: true } : { kind: 'text', text, unplaced: true };
export const call = (name: ToolName, input: Record<string, unknown> = {}): Action => ({
  kind: 'tools',
  calls: [{ name, input }],
});

export function search(intent: string, input: DecideInput, s: Understanding['slots']): Action {
  const { state, nlu } = input;
  const args: Record<string, unknown> = {};
  const base = intent === 'refine' && state.lastSearch ? { ...state.lastSearch } : {};
  // "And a hood in medium" after boots: another kind, not boots that are hoods (refine-scope.ts).
  // "Just the ones that slice cucumbers": the clause ranks within the search shown (only-those.ts).
  const within =
    intent === 'refine' && state.lastSearch ? restrictionClause(nlu.text, nlu.language) : undefined;
  if (
    nlu.language === 'en' &&
    base.category &&
    !s.category &&
    !within &&
    leavesShownKind(s.query, state.lastResults)
  ) {
    delete base.category;
    delete base.query;
  }
  if (within) {
    args.prefer = within;
    delete s.query;
    delete s.category;
    delete s.productNames;
  }
  if (s.query) args.query = s.query;
  if (s.need && intent === 'search') args.prefer = s.need;
  // A named product is searched by its catalog name (the spoken form may be misheard).
  if (intent === 'search' && s.productNames?.length && !s.category) args.query = s.productNames[0];
  if (intent === 'search' && s.productNames?.length === 1 && s.category) {
    args.query = s.productNames[0];
    delete s.category;
  }
  for (const k of [
    'category',
    'brand',
    'color',
    'size',
    'minPrice',
    'maxPrice',
    'excludeBrand',
    'excludeColor',
    'exclude',
    'excludeText',
  ] as const)
    if (s[k] !== undefined) args[k] = s[k];
  const named = s.productNames?.[0];
  if (typeof args.color === 'string' && named && named === args.query && colourInName(named, args.color))
    delete args.color;
  // A superlative orders the results; "cheaper" alone (a comparative) keeps lowering the price cap.
  const priceSort = s.sort === 'cheapest' || s.sort === 'most_expensive';
  if (s.sort && (!priceSort || s.category || s.query || s.brand || s.storeWide)) args.sort = s.sort;
  if (s.storeWide) delete args.query;
  // A new constraint replaces its opposite from before ("only Alpenrock" after "not Alpenrock").
  if (args.brand) delete base.excludeBrand;
  if (args.excludeBrand && base.brand === args.excludeBrand) delete base.brand;
  if (args.color) delete base.excludeColor;
  if (args.excludeColor && base.color === args.excludeColor) delete base.color;
  if (intent === 'refine' && s.reference === 'cheapest' && args.maxPrice === undefined && !args.sort) {
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
  if (
    !merged.query &&
    !merged.category &&
    !merged.brand &&
    !merged.color &&
    !(s.storeWide && merged.sort) &&
    Object.keys(merged).length > 0
  )
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

/**
 * Looks up a product named but not on screen: by its exact name (get_product, which shows only
 * it), or by a search when that is not offered or found nothing. Undefined once both were tried.
 */
export function lookUpNamed(name: string, input: DecideInput): Action | undefined {
  const done = input.current.calls;
  if (done.some((c) => c.name === 'search_products')) return undefined;
  const byName = done.find((c) => c.name === 'get_product' && c.input.name === name);
  if (!byName && (!input.tools || input.tools.has('get_product'))) return call('get_product', { name });
  if (byName && !byName.error) return undefined;
  return call('search_products', { query: name });
}

export function productAction(
  intent: string,
  input: DecideInput,
  s: Understanding['slots'],
  productId?: string,
): Action {
  const { state, nlu, current } = input;
  const lang = nlu.language;
  let product: ProductInfo | undefined = productId ? state.known.get(productId) : undefined;
  // "Set the wood aside for later": a line of the cart said by words of its name (cart-words.ts).
  if (!product && intent === 'save_item') product = productOfSaidLine(input);
  // A line the words named is what was meant: the request's other words ("para otro día") are no other product's.
  const fromCartLine = !productId && !!product;
  // "Save the laser level for later" while the drywall anchors are in focus: a kind of product
  // named that the product in focus is not is looked up first, never taken for the focus.
  if (!product && namesOtherKind(s, state) && !current.calls.some((c) => c.name === 'search_products'))
    return call('search_products', { query: [s.brand, s.category].filter(Boolean).join(' ') });
  if (
    !product &&
    s.category &&
    !s.productNames?.length &&
    current.calls.some((c) => c.name === 'search_products')
  )
    product = onlyOfKind(s.category, state.lastResults);
  if (!product) {
    const r = resolveProduct(s, state);
    // What every tool said of it (get_product's options), not only the list it was picked from.
    if ('product' in r) product = state.known.get(r.product.id) ?? r.product;
    else if (s.productNames?.length && lookUpNamed(s.productNames[0]!, input))
      // A product named but not on screen: look it up first, then come back here with its id.
      return lookUpNamed(s.productNames[0]!, input)!;
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
      return sayUnplaced(
        t(
          lang,
          'Which product do you mean? Tell me its name, or search first.',
          '¿Qué producto? Dime su nombre o busca primero.',
        ),
        pending,
      );
    }
  }
  // "Añade el pastillero mensual" with the ice pack in focus: words of another product are
  // looked for, never taken for the product the request fell back to (unplaced.ts).
  const other = fromCartLine ? product : productWanted(intent, input, s, product, productId);
  if (!('id' in other)) return other;
  product = other;
  input = withListWords(input, product, intent);
  if (intent === 'details') return call('get_product', { productId: product.id });
  // "The Harbor press, the 12 cup": the number read as a count starts a size or option value.
  const value = quantityAsValue(input.nlu, product);
  if (value) {
    const { quantity: _count, ...rest } = s;
    s = value.size ? { ...rest, size: value.size } : rest;
    // The number is the value's, so no reader takes it for the count either ("ten pounds" is no 10).
    const { quantity: _q, ...slots } = withoutQuantityAt(input.nlu.slots);
    input = { ...input, nlu: { ...input.nlu, slots } };
  }
  // "A cover for a 16 by 32 pool" or "bags in black", then "the clear one", "the second one": the
  // size and colour the list was searched with are still the shopper's (list-pick.ts).
  s = searchedValues(s, intent, state, product);
  if (letterSaidAsRelative(s.size, optionText(input.nlu), product.sizes)) {
    const { size: _letter, ...rest } = s;
    s = rest;
  }
  const size =
    matchSize(
      product,
      s.size,
      intent === 'add_to_cart' || intent === 'availability' ? (s.numbers ?? []) : [],
    ) ??
    (intent === 'add_to_cart' && !s.size
      ? (sizeBySpan(optionText(input.nlu), product) ??
        sizeByMeasure(optionText(input.nlu), product) ??
        sizeByRange(input.nlu.text, product) ??
        sizeByRank(
          optionText(input.nlu).split(' '),
          product.sizes.map((x) => x.size),
        ))
      : undefined);
  const color = matchColor(product, s.color) ?? colorByWords(optionText(input.nlu), product);
  const args: Record<string, unknown> = { productId: product.id };
  if (size) args.size = size;
  if (color) args.color = color;
  const chosen = sizeAsOption(chosenOptions(input, product), product, s.size);
  const option = unlistedOption(input, product, chosen);
  // "Unos guantes de cuero de cabra" when the card lists only the cowhide ones: every value is
  // read before one listed value is added in place of a sold-out one said (es-value-words.ts).
  if (
    intent === 'add_to_cart' &&
    input.nlu.language === 'es' &&
    product.options?.partial &&
    !option &&
    !current.calls.some((c) => c.name === 'get_product' && c.input.productId === product.id) &&
    saysUnlistedValueWord(optionText(input.nlu), product)
  )
    return call('get_product', { productId: product.id });
  if (intent === 'add_to_cart' && readsAllValuesFirst(input, product, optionText(input.nlu)))
    return call('get_product', { productId: product.id });
  if (option) args.option = option;
  // One value of an option in stock is the one meant when adding, as with one size in stock
  // (unless the shopper named a value not listed: the shop then says what is in stock).
  const options = intent === 'add_to_cart' && !option ? withOnlyInStock(chosen, product) : chosen;
  if (options) args.options = options;
  // The availability tool judges sizes it may know better than the results on screen ("10" sold out).
  if (intent === 'availability') {
    // Search listed only the option values in stock: the one asked about may be sold out, so every
    // value is read first.
    if (
      !options &&
      product.options?.partial &&
      !current.calls.some((c) => c.name === 'get_product' && c.input.productId === product.id)
    )
      return call('get_product', { productId: product.id });
    // A size read as an option's value ("Frame Size": "56 cm") is asked as that option only.
    const sizeIsOption = !!s.size && Object.values(options ?? {}).includes(s.size);
    if (!size && s.size && !sizeIsOption) args.size = s.size;
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
        `Sorry, ${product.name} isn't available in ${size}: that size is sold out. In stock: ${inStockSizes.join(', ')}.`,
        `Lo siento, ${product.name} no está disponible en la talla ${size}: está agotada. Disponibles: ${inStockSizes.join(', ')}.`,
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
  // A size the results do not list may be sold out or missing: the cart tool refuses it with what is in stock.
  if (!size && s.size && product.sizes.length > 0) args.size = s.size;
  // One size (colour) in stock is the one meant, as when search listed only what is in stock.
  const oneSize = inStockSizes.length === 1 ? inStockSizes : product.sizes.map((x) => x.size);
  const needSize = !args.size && oneSize.length > 1;
  if (!color && s.color && product.colors.length > 0) args.color = s.color;
  const oneColor = inStockColors.length === 1 ? inStockColors : product.colors.map((x) => x.color);
  const needColor = !args.color && oneColor.length > 1;
  if (!args.size && oneSize.length === 1) args.size = oneSize[0]!;
  if (!args.color && oneColor.length === 1) args.color = oneColor[0]!;
  // "Pillowcases in king" then "the second one": the king size may come in one colour only.
  if (needColor && !needSize && args.size && pickedFromList(input, product))
    return call('add_to_cart', { ...args, quantity });
  // A value said that search did not list ("in WF6", likely sold out) is read with every value
  // first; a value chosen that no variant in stock has is refused by the shop with what is in
  // stock, not asked its other options (option-choice.ts).
  if ((needSize || needColor) && intent === 'add_to_cart') {
    if (
      !current.calls.some((c) => c.name === 'get_product' && c.input.productId === product.id) &&
      saysUnlistedShapedValue(input.nlu.text, product.options)
    )
      return call('get_product', { productId: product.id });
    if (choosesSoldOutValue(options, product.options)) return call('add_to_cart', { ...args, quantity });
  }
  if (needSize || needColor) {
    const ask: string[] = [];
    const wrongSize =
      s.size && !size && !args.size
        ? t(
            lang,
            `${product.name} isn't available in ${s.size}. `,
            `${product.name} no está disponible en ${s.size}. `,
          )
        : '';
    const usual = needSize ? usualSizeFor(input.memory, product, inStockSizes) : undefined;
    if (needSize)
      ask.push(
        t(
          lang,
          `Which size? In stock: ${inStockSizes.join(', ')}.${usual ? ` Your usual ${usual}?` : ''}`,
          `¿Qué talla? Disponibles: ${inStockSizes.join(', ')}.${usual ? ` ¿Tu talla de siempre, la ${usual}?` : ''}`,
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
      ...(typeof args.size === 'string' ? { size: args.size } : {}),
      ...(typeof args.color === 'string' ? { color: args.color } : {}),
      ...(options ? { options } : {}),
      ...(usual ? { suggested: { size: usual } } : {}),
    });
  }
  return call('add_to_cart', { ...args, quantity });
}

/** The one product of a list whose category (or name) has every word of the category said. */
function onlyOfKind(category: string, products: ProductInfo[]): ProductInfo | undefined {
  const said = normalize(category).split(' ').map(stem);
  const hits = products.filter((p) => {
    const own = normalize(`${p.category ?? ''} ${p.name}`)
      .split(' ')
      .map(stem);
    return said.every((w) => own.includes(w));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** A category is said, no product by name or position, and the product it would fall back to is of another kind. */
function namesOtherKind(s: Understanding['slots'], state: DialogueState): boolean {
  if (!s.category || s.productNames?.length || s.ordinals?.length || s.reference === 'anaphora') return false;
  const r = resolveProduct(s, state);
  if (!('product' in r)) return false;
  const p = r.product;
  const said = normalize(s.category).split(' ').map(stem);
  const own = normalize(`${p.category ?? ''} ${p.name}`)
    .split(' ')
    .map(stem);
  // "A bottle cage" is not the water bottle in focus: every word of the kind must be its own.
  return !said.filter((w) => w.length > 2).every((w) => own.includes(w));
}

function pickVariant(s: Understanding['slots']): { quantity?: number; size?: string; color?: string } {
  const out: { quantity?: number; size?: string; color?: string } = {};
  if (s.quantity) out.quantity = s.quantity;
  if (s.size) out.size = s.size;
  if (s.color) out.color = s.color;
  return out;
}

export function lineAction(
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
  const both =
    Array.isArray(line) && intent === 'remove_from_cart' ? conjoinedLines(line, s, nlu.text) : undefined;
  // "Take the gravel out" with two colours of it in the cart, no colour said: the product goes.
  const whole =
    Array.isArray(line) &&
    intent === 'remove_from_cart' &&
    !both &&
    !s.color &&
    !s.size &&
    line.every((l) => l.name === line[0]!.name)
      ? line
      : undefined;
  const gone = both ?? whole;
  if (gone)
    return {
      kind: 'tools',
      calls: gone.map((l) => ({ name: 'remove_from_cart', input: { itemId: l.itemId } })),
    };
  if (Array.isArray(line)) {
    // Two lines of one product are told apart by their variant ("A, 4-pack, or A, 8-pack").
    const names = line
      .slice(0, 3)
      .map((l) => [l.name, l.size, l.color, ...Object.values(l.options ?? {})].filter(Boolean).join(', '));
    return say(t(lang, `Which item: ${names.join(', or ')}?`, `¿Qué artículo: ${names.join(', o ')}?`), {
      what: 'line',
      intent,
      ...(quantity !== undefined ? { quantity } : {}),
    });
  }
  // "Remove one pair of the gloves" from a line of two leaves one.
  const fewer = intent === 'remove_from_cart' ? removedCount(nlu.text, lang) : undefined;
  if (fewer !== undefined && line.quantity > fewer)
    return call('update_cart_item', { itemId: line.itemId, quantity: line.quantity - fewer });
  if (intent === 'remove_from_cart' || quantity === 0)
    return call('remove_from_cart', { itemId: line.itemId });
  return call('update_cart_item', { itemId: line.itemId, quantity });
}

export function identify(
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
