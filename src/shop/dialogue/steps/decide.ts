/**
 * The dialogue policy: given what the shopper said, the state rebuilt from the prompt and the tool
 * calls already made this turn, either call tools (one step) or answer. Orders are placed only by
 * confirm_order right after a prepare_order read-back answered with a plain yes.
 */

import type { Language, ToolName } from '../../contract.ts';
import { answerMaterial, asksMaterial } from '../answers/material-answer.ts';
import { replyTo } from '../replies/replies.ts';
import { confirmationOf, productsOf } from '../results.ts';
import { ASIDE_TOOLS, holdsOff } from '../state.ts';
import type { Understanding } from '../understand/nlu.ts';
import { optionRefusalText, refusalOf } from '../variants/option-choice.ts';
import { pickAfterSearch, pickShown, withSearchWords } from '../variants/variant-pick.ts';
import { variantQuestion } from '../variants/variant-question.ts';
import { shadeOfAnswer } from '../words/color-words.ts';
import { INTENT_PATTERNS } from '../words/lexicon.ts';
import { spokenCode } from '../words/numbers.ts';
import { placesOrder } from '../words/order-words.ts';
import { leadingCount, valuesOf } from '../words/quantity.ts';
import { tokenize } from '../words/text.ts';
import {
  type Action,
  call,
  type DecideInput,
  identify,
  lineAction,
  productAction,
  say,
  sayUnplaced,
  search,
  t,
} from './actions.ts';
import { answersQuestion, effectiveIntent, isStringRecord, sizeNamed } from './answers-question.ts';
import { moveSavedOutOfCart } from './cart-later.ts';
import { ANSWER_INTENTS, cancelRefused, extraAction } from './decide-extra.ts';
import { searchKindAlone } from './kind-only.ts';
import { memoryStep } from './memory-step.ts';
import { withAddedFirst } from './partly-added.ts';
import { notAnOrder } from './price-asked.ts';
import { refusedStepAction } from './refused-step.ts';
import { searchWithoutRelativeSize } from './relative-size.ts';
import { resolveMany } from './resolve.ts';
import { inStockOf, routeOf } from './route.ts';
import { soldOutKindStep } from './sold-out-kind.ts';
import { storeQuestionStep } from './store-question.ts';
import { withLetterSize } from './terse-order.ts';
import { readValuesFirst } from './value-owner.ts';

export type { Action, Awaiting, DecideInput, ToolCallPlan } from './actions.ts';

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
  // "Déjame pensarlo un segundo" after the read-back: nothing to do, it still waits for the yes
  // (state.ts), whatever else its words could mean ("un segundo" is no second product).
  if (input.state.pendingConfirmation && input.current.calls.length === 0 && holdsOff(input.current.user))
    return say(holdReply(input.nlu.language));
  const action = storeQuestionStep(input, decideStep) ?? decideStep(input);
  const done = input.current.calls;
  // A question while an order waits for its yes ("any codes?") is answered, then the read-back asked again.
  if (
    action.kind === 'text' &&
    input.state.pendingConfirmation &&
    done.length > 0 &&
    done.every((c) => ASIDE_TOOLS.has(c.name) && !c.error)
  )
    return say(
      `${action.text} ${t(input.nlu.language, 'Your order is still waiting: shall I place it? Say yes to confirm.', 'Tu pedido sigue pendiente: ¿lo hago? Di sí para confirmarlo.')}`,
    );
  return action;
}

function decideStep(input: DecideInput): Action {
  const remembered = memoryStep(input);
  if (remembered) return remembered;
  // "¿Y la siguiente?" after a refused value: the next value of that option (refused-step.ts).
  const stepped = refusedStepAction(input);
  if (stepped) return stepped;
  const { nlu, current } = input;
  const lang = nlu.language;
  const done = current.calls;
  if (done.length > 0) {
    const last = done.at(-1)!;
    // "Yes, send the order through" once the read-back was set aside: the order read back again
    // this turn is the one the shopper just said yes to placing. Only when it was read back to them
    // before, and not said as a checkout ("vale, tramita el pedido" first hears the read-back).
    const prepared = last.name === 'prepare_order' && !last.error ? confirmationOf(last.output) : undefined;
    if (
      prepared &&
      input.state.orderReadBack &&
      nlu.intent === 'confirm' &&
      nlu.yes &&
      placesOrder(nlu.text, lang) &&
      !INTENT_PATTERNS[lang].checkout?.test(nlu.text)
    )
      return call('confirm_order', { token: prepared.token });
    const route = routeOf(effectiveIntent(input), input, input.nlu.slots);
    if (last.name === 'cancel_order' && last.error) return say(cancelRefused(last, lang));
    if (last.name === 'cancel_order' || (ANSWER_INTENTS.has(route) && !last.error)) {
      const a = extraAction(route === 'add_to_cart' ? 'add_many' : route, input, input.nlu.slots);
      if (a?.kind === 'text') return a;
      if (
        a?.kind === 'tools' &&
        !a.calls.every((c) =>
          done.some((d) => d.name === c.name && JSON.stringify(d.input) === JSON.stringify(c.input)),
        )
      )
        return a;
    }
    const again = searchWithoutRelativeSize(input) ?? searchKindAlone(input);
    if (again) return again;
    const goal = GOAL[route === 'add_many' ? 'add_to_cart' : route];
    const finished =
      !goal ||
      // Taking some off a line ("remove one pair of …") is done by a count change (line-count.ts).
      done.some((c) => c.name === goal || (goal === 'remove_from_cart' && c.name === 'update_cart_item')) ||
      last.error ||
      current.steps >= (input.maxSteps ?? 3);
    // A product with nothing left in stock: the products like it that are (sold-out-kind.ts).
    const instead = finished ? soldOutKindStep(input) : undefined;
    if (instead) return instead;
    if (finished && last.error && last.name === 'add_to_cart' && typeof last.input.productId === 'string') {
      // A refused add keeps the question open ("nine" completes it); adds made beside it are said first.
      const p = input.state.known.get(last.input.productId);
      const chosen = isStringRecord(last.input.options) ? last.input.options : undefined;
      const refusal = refusalOf(last.output);
      const byOption =
        refusal &&
        optionRefusalText(refusal, p?.name ?? t(lang, 'that', 'eso'), chosen ?? {}, p?.options, lang);
      if (byOption)
        return say(withAddedFirst(done, byOption, lang), {
          what: 'variant',
          intent: 'add_to_cart',
          productId: last.input.productId,
          quantity: Number(last.input.quantity ?? 1),
          ...(typeof last.input.color === 'string' ? { color: last.input.color } : {}),
          ...(typeof last.input.size === 'string' ? { size: last.input.size } : {}),
          ...(chosen ? { options: chosen } : {}),
          // The values it asks for or has in stock instead: "just the front one" after "Front +
          // Rear" is sold out means the in-stock "Front Only", not the value just refused.
          ...(refusal.options.length > 0 ? { values: Object.fromEntries(refusal.options) } : {}),
        });
      // "Which colour?" for the size chosen: the values the shop says go with it (variant-question.ts).
      const asked = refusal && variantQuestion(refusal, last.input, lang);
      if (asked) return asked;
      // The shop's refusal names what is in stock instead (other sizes in that colour, other colours).
      const told = inStockOf(last.output);
      const sizes = told
        ? told.sizes
        : (p?.sizes.filter((x) => x.inStock && x.size !== last.input.size).map((x) => x.size) ?? []);
      const colors = told?.colors ?? [];
      const options = [...sizes, ...colors.filter((c) => !sizes.includes(c))];
      const head = replyTo(done, lang);
      // The shop's refusal may already list what is in stock: then only the question is added.
      const listed = /\b(In stock|Disponibles):/.test(head);
      const ask = listed
        ? t(lang, ' Which one?', ' ¿Cuál?')
        : options.length
          ? t(
              lang,
              ` In stock: ${options.join(', ')}. Which one?`,
              ` Disponibles: ${options.join(', ')}. ¿Cuál?`,
            )
          : '';
      // The answer replaces one option; the other stays ("sage then" keeps size Tall).
      const keep = {
        ...(typeof last.input.color === 'string' ? { color: last.input.color } : {}),
        ...(typeof last.input.size === 'string' ? { size: last.input.size } : {}),
        ...(chosen ? { options: chosen } : {}),
      };
      return say(`${head}${ask}`, {
        what: 'variant',
        intent: 'add_to_cart',
        productId: last.input.productId,
        quantity: Number(last.input.quantity ?? 1),
        ...keep,
      });
    }
    if (finished && last.error && /identif|identity|verify/i.test(last.error))
      return say(
        t(
          lang,
          'First I need to verify you. Please tell me your customer number and your postal code.',
          'Primero necesito verificarte. Dime tu número de cliente y tu código postal, por favor.',
        ),
        { what: 'identify' },
      );
    const moved = finished ? moveSavedOutOfCart(input) : undefined;
    if (moved) return moved;
    const picked =
      finished && (route === 'search' || route === 'refine') ? pickAfterSearch(input) : undefined;
    if (picked) return intentAction('add_to_cart', input, withLetterSize(input, picked), picked);
    // "What's it made of": the sentence of its text that says so, when it has one (material-answer.ts).
    if (finished && route === 'details' && last.name === 'get_product' && asksMaterial(nlu.text, lang)) {
      const p = productsOf(last.output)[0];
      const material = p ? answerMaterial(p, lang) : undefined;
      if (material) return say(material);
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

function plan(input: DecideInput): Action {
  const { nlu, awaiting } = input;
  const lang = nlu.language;
  const s = { ...nlu.slots };
  if (awaiting && answersQuestion(input)) {
    switch (awaiting.what) {
      case 'cancel_order':
        if (nlu.yes || nlu.intent === 'confirm' || (nlu.intent === 'cancel_order' && !nlu.no))
          return call('cancel_order', { orderId: awaiting.orderId, confirm: true });
        return say(t(lang, "Okay, I won't cancel it.", 'De acuerdo, no lo cancelo.'));
      case 'variant':
      case 'product': {
        // "The 8 cup one": its number is the size's, not a count ("10 mm, two of them" keeps two).
        // "Your usual 42?" — "yes".
        if (awaiting.what === 'variant' && awaiting.suggested && nlu.yes && !s.size)
          s.size = awaiting.suggested.size;
        const size = sizeNamed(input);
        if (size) {
          s.size = size;
          if (s.quantity === undefined || Number.parseFloat(size) === s.quantity || !/^\d/.test(size))
            delete s.quantity;
        }
        // "Two in forest": a count said first in the answer is how many, and no option's value
        // (quantity.ts); the option readers then skip it as they skip any count.
        let answer = input;
        const lead =
          awaiting.what === 'variant' && !size && s.quantity === undefined && s.numbers?.length === 1
            ? leadingCount(nlu.text, valuesOf(input.state.known.get(awaiting.productId)))
            : undefined;
        if (lead) {
          s.quantity = lead.count;
          s.quantityAt = lead.at;
          delete s.numbers;
          answer = { ...input, nlu: { ...nlu, slots: s } };
        }
        if (awaiting.size && !s.size) s.size = awaiting.size;
        // "Three of the navy ones then": a shade the catalog spells otherwise replaces the colour refused.
        const shade =
          awaiting.what === 'variant' && !s.color
            ? shadeOfAnswer(nlu.text, input.state.known.get(awaiting.productId))
            : undefined;
        if (!s.color && (shade ?? awaiting.color)) s.color = shade ?? awaiting.color;
        if (awaiting.quantity && !s.quantity) s.quantity = awaiting.quantity;
        return intentAction(
          awaiting.intent,
          answer,
          s,
          awaiting.what === 'variant' ? awaiting.productId : undefined,
        );
      }
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
  // A value said of products whose lists gave only the values in stock: read them whole first.
  const read = readValuesFirst(input);
  if (read) return read;
  const route = notAnOrder(routeOf(nlu.intent, input, s), nlu.intent, input);
  // Only what no routing rule claimed (a correction, "and two more") may pick the product shown.
  const picked = route === nlu.intent ? pickShown(input) : undefined;
  if (picked) return intentAction('add_to_cart', withSearchWords(input, picked), s, picked);
  return intentAction(route, input, s);
}

function intentAction(
  intent: string,
  input: DecideInput,
  s: Understanding['slots'],
  productId?: string,
): Action {
  const { nlu, state } = input;
  const lang = nlu.language;
  const extra = extraAction(intent, input, s);
  if (extra) return extra;
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
      return call('request_human', { reason: nlu.text, language: lang });
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
      // Named products not seen yet are looked up by name first, all in one step.
      const named = [...(s.productNames ?? []), ...(s.otherNames ?? [])].slice(0, 3);
      const unseen = named.filter(
        (n) =>
          ![...state.known.values()].some((p) => p.name.toLowerCase() === n.toLowerCase()) &&
          !input.current.calls.some((c) => c.name === 'get_product' && c.input.name === n),
      );
      if (
        unseen.length &&
        (!input.tools || input.tools.has('get_product')) &&
        !input.current.calls.some((c) => c.name === 'search_products')
      )
        return { kind: 'tools', calls: unseen.map((name) => ({ name: 'get_product', input: { name } })) };
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
      // Only an explicit yes places the order: "check out" again after the read-back reads it again.
      if (state.pendingConfirmation && nlu.yes && !nlu.no)
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
      // "Ok, checkout" with nothing read back yet is the checkout itself.
      if (INTENT_PATTERNS[lang].checkout?.test(nlu.text) || placesOrder(nlu.text, lang))
        return intentAction('checkout', input, s);
      // "Ok, size 8" with nothing to confirm: the value said is the request, an add of the
      // product in view (a narrower list when none is).
      if (s.size || s.color || (state.focus && s.numbers?.length === 1 && /\b(size|talla)\b/.test(nlu.text)))
        return intentAction(state.focus ? 'add_to_cart' : 'refine', input, s);
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
      // "Déjame pensarlo" after the read-back: it still waits for the yes (state.ts).
      return sayUnplaced(
        t(
          lang,
          "Sorry, I didn't catch that. You can ask me for a product, your cart, or an order.",
          'Perdona, no te he entendido. Puedes pedirme un producto, tu carrito o un pedido.',
        ),
      );
  }
}

const holdReply = (lang: Language) =>
  t(
    lang,
    'Take your time. Say yes when you want me to place the order.',
    'Claro, sin prisa. Di sí cuando quieras que haga el pedido.',
  );
