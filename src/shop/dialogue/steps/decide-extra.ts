/**
 * Policy for the intents beyond browsing and the cart: start over, empty the cart, cancel an
 * order (read back, then a spoken yes), promos on offer, store policies (from the policy text, or
 * a person), spec questions and comparisons answered from product data, and several items at once.
 */
import type { Language } from '../../contract.ts';
import { knowledgeStep, policySentenceFound } from '../answers/knowledge-answer.ts';
import { rankByOption } from '../answers/option-rank.ts';
import { policyAnswer } from '../answers/policy-answer.ts';
import { answerSpec } from '../answers/spec-answer.ts';
import { namesByFit, otherKindSubject, partOfFocus } from '../answers/spec-subject.ts';
import { hasFullText, rankAmong, rankWinner } from '../answers/specs.ts';
import { replyTo } from '../replies/replies.ts';
import { errorCode, field, ordersOf } from '../results.ts';
import { namesOneShown } from '../spanish/es-question.ts';
import type { ToolExchange } from '../state.ts';
import { policyTopic } from '../understand/intents-extra.ts';
import type { Understanding } from '../understand/nlu.ts';
import { describedSubject, shortNameSubject, subjectLookup } from '../understand/question-subject.ts';
import { stem } from '../words/text.ts';
import {
  type Action,
  call,
  type DecideInput,
  lookUpNamed,
  productAction,
  say,
  sayUnplaced,
  search,
  t,
} from './actions.ts';
import { ageOverShown } from './age-pick.ts';
import { chooseAction } from './choice-action.ts';
import { correctLine } from './corrections.ts';
import { levelPickAction } from './level-pick.ts';
import { partlyAdded } from './partly-added.ts';
import { priceAction } from './price-action.ts';
import { rankStep, ranksShown } from './rank-step.ts';
import { resolveProduct } from './resolve.ts';
import { sizeStepAction } from './size-step.ts';
import { storeBeforeUnknown } from './store-lookup.ts';
import { rankPool } from './talked-comparative.ts';

type S = Understanding['slots'];

/** Intents answered from what tools returned this turn (not by replying to the last call). */
export const ANSWER_INTENTS = new Set([
  'spec',
  'policy',
  'cancel_order',
  'rank',
  'add_many',
  'correct_line',
  'size_step',
  'choose',
  'price',
  'level_pick',
]);

export function extraAction(intent: string, input: DecideInput, s: S): Action | undefined {
  const { nlu, state, current } = input;
  const lang = nlu.language;
  const done = current.calls;
  switch (intent) {
    case 'reset':
      return say(
        t(
          lang,
          "Okay, let's start over. What are you looking for?",
          'Vale, empecemos de nuevo. ¿Qué estás buscando?',
        ),
      );
    case 'clear_cart':
      return call('clear_cart');
    case 'list_promos':
      return call('list_promos');
    case 'cancel_order': {
      const preview = done.find((c) => c.name === 'cancel_order' && !c.error);
      if (preview) return cancelReadBack(preview, lang);
      return call('cancel_order', s.orderId ? { orderId: s.orderId } : {});
    }
    case 'policy': {
      // The shop's documents first; the configured policy text (one of them) keeps its own answer.
      const known = knowledgeStep(done, nlu.text, lang);
      if (known) return known;
      const pol = done.find((c) => c.name === 'get_policy' && !c.error);
      if (!pol) return call('get_policy', { topic: policyTopic(nlu.text) });
      const text = field(pol.output, 'text');
      const answer = policyAnswer(
        text,
        String(pol.input.topic ?? 'other'),
        nlu.text,
        lang,
        policySentenceFound(done),
      );
      if ('text' in answer) return say(answer.text);
      const human = done.find((c) => c.name === 'request_human');
      // With no step left for the hand-over (a product was looked up first), offer the person in words.
      if (!human && current.steps >= (input.maxSteps ?? 3))
        return say(
          t(
            lang,
            "I don't know: the store's information doesn't say. If you like, I can pass you to a person who can tell you.",
            'No lo sé: la información de la tienda no lo dice. Si quieres, te paso con una persona que te lo pueda decir.',
          ),
        );
      if (!human) return call('request_human', { reason: `policy question: ${nlu.text}`, language: lang });
      return say(
        `${t(lang, "I can't answer that about returns and policies myself, so I've asked a person to help.", 'Eso de devoluciones y políticas no lo puedo responder yo, así que he pedido que te atienda una persona.')} ${replyTo([human], lang)}`,
      );
    }
    case 'spec': {
      const byAge = ageOverShown(input, s);
      if (byAge) return byAge;
      // "Which building set has the most pieces" ranks that kind: looked up first when it is not
      // what the screen shows.
      const asked =
        !!s.amount &&
        !s.productNames &&
        /\b(which|cual|que)\b/.test(nlu.text) &&
        !namesOneShown(nlu.text, state.lastResults);
      if (
        asked &&
        s.category &&
        !ranksShown(nlu.text, lang, s.category, s.amount!) &&
        (stem(String(state.lastSearch?.category ?? '')) !== stem(s.category) ||
          state.lastResults.length < 2) &&
        !done.some((c) => c.name === 'search_products')
      )
        return call('search_products', { category: s.category });
      // "Which one has the longer battery life" compares the products on screen.
      if (asked && s.amount && state.lastResults.length >= 2) {
        const products = state.lastResults.map((p) => state.known.get(p.id) ?? p);
        // A figure only the descriptions give is read from them all, not from search summaries.
        if (products.some((p) => !hasFullText(p)) && !done.some((c) => c.name === 'compare_products'))
          return readAll(products);
        const most =
          !/\b(shorter|shortest|less|least|fewer|fewest|lower|lowest|smaller|smallest|lighter|lightest|menos|menor)\b/.test(
            nlu.text,
          );
        const ranked = rankStep(products, s.amount, most, done, lang);
        if (ranked) return ranked;
        // "Which one is the widest?" of decks sold by Width: their widths (option-rank.ts).
        const byOption = lang === 'en' ? rankByOption(products, s.amount, most, lang) : undefined;
        if (byOption) return say(byOption);
        // "Which of them has more X" chose among them: when their texts do not tell, say so.
        if (!s.productNames && !s.sort)
          return say(
            t(
              lang,
              "I don't know: their descriptions don't give that.",
              'No lo sé: sus descripciones no lo indican.',
            ),
          );
      }
      const fit = s.productNames?.length ? namesByFit(s.productNames, nlu.text) : undefined;
      // "The barrel" of the tumbler in focus is its part, not the spare barrel sold beside it.
      const named = fit?.length === 1 && partOfFocus(fit[0]!, nlu.text, state) ? undefined : fit;
      if (fit && !named) {
        const { productNames: _part, ...rest } = s;
        s = rest;
      }
      const lookup = subjectLookup(
        s,
        state,
        done.some((c) => c.name === 'search_products'),
      );
      if (lookup) return call('search_products', lookup);
      const described = describedSubject(s, state);
      const other = described ?? otherKindSubject(s, state);
      const r = other ? { product: other } : resolveProduct(named ? { ...s, productNames: named } : s, state);
      const short = 'product' in r ? undefined : shortNameSubject(nlu.text, state, s);
      // Once: when the short name's product does not resolve either, asking again would recurse
      // without end (it did, and every later turn of the conversation failed).
      if (short && !s.productNames?.includes(short.name))
        return extraAction('spec', input, { ...s, productNames: [short.name] });
      if (!('product' in r)) {
        const look = named?.length ? lookUpNamed(named[0]!, input) : undefined;
        if (look) return look;
        // Asked of no product and none in focus: what it names is looked for ("is a lock included").
        if (s.implicitSubject && (s.category || s.brand || s.attributes?.length))
          return search('search', input, { ...s, feature: undefined, implicitSubject: undefined });
        return sayUnplaced(t(lang, 'Which product do you mean?', '¿De qué producto hablas?'));
      }
      const p = state.known.get(r.product.id) ?? r.product;
      // Looked up when its text is not known yet, or to put it in focus ("does it …" next means it).
      const placed = !!(named?.length || other);
      if (
        (!hasFullText(p) || (placed && state.focus?.id !== p.id)) &&
        !done.some((c) => c.name === 'get_product')
      )
        return call('get_product', { productId: p.id });
      const answer = answerSpec(p, s, nlu.text, lang);
      // A warranty the product's text does not state is the store's policy to tell (an answer
      // quoting no warranty words does not state it).
      if (
        policyTopic(nlu.text) === 'warranty' &&
        (/^(I don't know|No lo sé)/.test(answer) || !/warrant|guarantee|garant|covered|cover/i.test(answer))
      )
        return extraAction('policy', input, s);
      // The product's text does not say: the store's may ("will you take it back if I open it").
      if (/^(I don't know|No lo sé)/.test(answer))
        return storeBeforeUnknown(input, () => extraAction('policy', input, input.nlu.slots)) ?? say(answer);
      return say(answer);
    }
    case 'rank': {
      const products = rankPool(state);
      const answer = rankAmong(products, s.sort!, lang);
      // The winner is looked up so it is the product in focus: "add that one", "sumame ese" next
      // mean it, as after a ranking by a figure of the texts (rank-step.ts).
      const winner = answer ? rankWinner(products, s.sort!) : undefined;
      if (winner && state.focus?.id !== winner.id && !done.some((c) => c.name === 'get_product'))
        return call('get_product', { productId: winner.id });
      if (answer) return say(answer);
      if (!done.some((c) => c.name === 'compare_products') && products.length >= 2) return readAll(products);
      return say(
        t(
          lang,
          "I don't know: their descriptions don't give that.",
          'No lo sé: sus descripciones no lo indican.',
        ),
      );
    }
    case 'add_many':
      return addMany(input, s);
    case 'correct_line':
      return correctLine(input, s);
    case 'size_step':
      return sizeStepAction(input);
    case 'choose':
      return chooseAction(input, s);
    case 'price':
      return priceAction(input, s);
    case 'level_pick':
      return levelPickAction(input);
  }
  return undefined;
}

function cancelReadBack(c: ToolExchange, lang: Language): Action {
  const o = ordersOf(c.output)[0];
  const cancelled = (c.output as { cancelled?: unknown } | null)?.cancelled === true;
  if (!o) return say(t(lang, "I couldn't find that order.", 'No encontré ese pedido.'));
  if (cancelled)
    return say(
      t(lang, `Order ${o.id} is cancelled. Anything else?`, `El pedido ${o.id} está cancelado. ¿Algo más?`),
    );
  return say(
    t(
      lang,
      `Order ${o.id} hasn't shipped yet. Shall I cancel it? Say yes to cancel it.`,
      `El pedido ${o.id} aún no ha salido. ¿Lo cancelo? Di sí para cancelarlo.`,
    ),
    { what: 'cancel_order', orderId: o.id },
  );
}

/** A refused cancel (shipped, not found) says why, in the shopper's language. */
export function cancelRefused(c: ToolExchange, lang: Language): string {
  const shipped = /shipped|delivered/i.test(c.error ?? '');
  if (shipped)
    return t(
      lang,
      'That order has already shipped, so it can no longer be cancelled. I can pass you to a person for a return.',
      'Ese pedido ya ha salido, así que no se puede cancelar. Puedo pasarte con una persona para una devolución.',
    );
  if (errorCode(c.output) === 'identity_required') return replyTo([c], lang);
  return t(
    lang,
    "I couldn't find an order of yours that can still be cancelled.",
    'No encontré ningún pedido tuyo que aún se pueda cancelar.',
  );
}

/**
 * Several products in one request: look up the ones not on screen, add every one that is fully
 * specified in one step, then ask about the rest (its size or colour).
 */
function addMany(input: DecideInput, s: S): Action {
  const calls: { name: 'add_to_cart' | 'search_products' | 'get_product'; input: Record<string, unknown> }[] =
    [];
  const done = input.current.calls;
  const looked = done.filter((c) => c.name === 'search_products' || c.name === 'get_product');
  let question: Action | undefined;
  for (const item of s.items ?? []) {
    // Each item's option values are read from its own words ("two pound bags of X plus a 4 oz Y").
    const nlu = item.clause ? { ...input.nlu, text: item.clause, slots: item } : input.nlu;
    const one = productAction(
      'add_to_cart',
      { ...input, nlu, current: { ...input.current, calls: looked } },
      item,
    );
    if (one.kind === 'text') question ??= one;
    else calls.push(...(one.calls as typeof calls));
  }
  const searches = calls.filter(
    (c, i) =>
      (c.name === 'search_products' || c.name === 'get_product') &&
      !done.some((d) => d.name === c.name && JSON.stringify(d.input) === JSON.stringify(c.input)) &&
      // Two items of one product look it up once.
      calls.findIndex((x) => x.name === c.name && JSON.stringify(x.input) === JSON.stringify(c.input)) === i,
  );
  if (searches.length) return { kind: 'tools', calls: searches };
  const pending = calls.filter(
    (c) => !done.some((d) => d.name === c.name && JSON.stringify(d.input) === JSON.stringify(c.input)),
  );
  if (pending.length) return { kind: 'tools', calls: pending };
  if (question?.kind === 'text') {
    const added = done.filter((c) => c.name === 'add_to_cart');
    const head = added.length
      ? `${replyTo(added, input.nlu.language).replace(/\s*(Anything else\?|¿Algo más\?)$/, '')} `
      : '';
    return question.awaiting
      ? say(`${head}${question.text}`, question.awaiting)
      : say(`${head}${question.text}`);
  }
  return partlyAdded(done, input.nlu.language) ?? { kind: 'tools', calls };
}

/**
 * Every product of the list read whole by the comparison tool, which takes 2 to 5 at a time: a
 * superlative over six telescopes must weigh the sixth too. The list is cut in even groups.
 */
function readAll(products: { id: string }[]): Action {
  const groups = Math.ceil(products.length / 5);
  const at = (i: number) => Math.round((i * products.length) / groups);
  const calls = Array.from({ length: groups }, (_, i) => products.slice(at(i), at(i + 1))).map((g) => ({
    name: 'compare_products' as const,
    input: { productIds: g.map((p) => p.id) },
  }));
  return { kind: 'tools', calls };
}
