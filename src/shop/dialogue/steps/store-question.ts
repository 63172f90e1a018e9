/**
 * A question about the store that the engine's parse took for a product search, or could not
 * place at all ("I wore my new shoes once, can they go back?", "do you guys install fixtures?"):
 * the store's own information (the knowledge base, which holds the configured policy text) is
 * asked first, and answers when a passage says enough of the question; otherwise the request goes
 * on as it was read, as if the look-up had not happened. Only questions are asked about: a request
 * ("show me red boots") is never held up. Pure.
 */
import { questionKind } from '../../../agents/knowledge/index.ts';
import type { Action, DecideInput } from './action-types.ts';
import { call } from './actions.ts';
import { extraAction } from './decide-extra.ts';
import { lookUpQuery, strength } from './store-lookup.ts';

/** Share of a question's words a passage must say to take a question read as a product search. */
const STRONG_COVERAGE = 0.6;

const WH = /^(what|how|where|when|why|which|who|que|como|donde|cuando|por que|cual|quien)\b/;

/** Asking for products ("do you have fleece jackets?", "¿tenéis forros?"): a search, whatever documents say. */
const WANTS_PRODUCTS =
  /\b(do you (have|sell|carry|stock)|have you got|got any|show me|looking for|i want|i need|recommend|tienes|teneis|tienen|vendeis|venden|hay|busco|quiero|necesito|muestrame|ensename|recomiendas)\b/;

function isQuestion(said: string, normalized: string): boolean {
  if (WANTS_PRODUCTS.test(normalized)) return false;
  return /\?\s*$/.test(said.trim()) || questionKind(said) !== 'other' || WH.test(normalized);
}

/**
 * Whether this action is one a store question may have been mistaken for. A Spanish request the
 * Spanish parse could not place is read again in English first (second-reading.ts): not taken here.
 */
function mistakable(a: Action, lang: string): 'unplaced' | 'search' | undefined {
  if (a.kind === 'text') return a.unplaced && lang === 'en' ? 'unplaced' : undefined;
  return a.calls.some((c) => c.name === 'search_products') ? 'search' : undefined;
}

/**
 * The step when a store question may hide behind the engine's reading; undefined leaves the turn
 * to `decideStep` as it is. `decideStep` is the engine's own policy (passed in: no import cycle).
 */
export function storeQuestionStep(
  input: DecideInput,
  decideStep: (input: DecideInput) => Action,
): Action | undefined {
  const { current, nlu, state } = input;
  if (input.tools && !input.tools.has('search_knowledge')) return undefined;
  if (input.awaiting || state.pendingConfirmation || nlu.intent === 'policy') return undefined;
  if (!isQuestion(current.user, nlu.text)) return undefined;
  const done = current.calls;
  const first = done[0];
  if (!first) {
    const a = decideStep(input);
    const query = lookUpQuery(input);
    return mistakable(a, nlu.language) && query ? call('search_knowledge', { query }) : a;
  }
  if (first.name !== 'search_knowledge') return undefined;
  // The turn as it would have gone without the look-up.
  const without: DecideInput = {
    ...input,
    current: { ...current, calls: done.slice(1), steps: Math.max(0, current.steps - 1) },
  };
  const plain = decideStep(without);
  // What the turn's first step would have been: the reading the look-up may overrule.
  const kind = mistakable(
    decideStep({ ...input, current: { ...current, calls: [], steps: 0 } }),
    nlu.language,
  );
  // The engine's own reading asked the documents (a product's text that did not say, below):
  // its step goes on with the look-up it made.
  if (!kind) return undefined;
  const found = strength(first);
  const answers =
    found !== undefined && (kind === 'unplaced' || (kind === 'search' && found >= STRONG_COVERAGE));
  if (!answers) return plain;
  return extraAction('policy', input, nlu.slots) ?? plain;
}
