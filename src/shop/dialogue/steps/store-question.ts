/**
 * A question about the store that the engine's parse took for a product search, or could not
 * place at all ("I wore my new shoes once, can they go back?", "do you guys install fixtures?"):
 * the store's own information (the knowledge base, which holds the configured policy text) is
 * asked first, and answers when a passage says enough of the question; otherwise the request goes
 * on as it was read, as if the look-up had not happened. Only questions are asked about: a request
 * ("show me red boots") is never held up. Pure.
 */
import { concepts, questionKind } from '../../../agents/knowledge/index.ts';
import { POLICY_SENTENCE_SHARE } from '../answers/knowledge-answer.ts';
import { unwrap } from '../results.ts';
import type { ToolExchange } from '../state.ts';
import { normalize } from '../words/text.ts';
import type { Action, DecideInput } from './action-types.ts';
import { call } from './actions.ts';
import { extraAction } from './decide-extra.ts';

/** Share of a question's words a passage must say to take a question read as a product search. */
const STRONG_COVERAGE = 0.6;
/** Share a passage must say to answer what a product's own text could not. */
const UNKNOWN_COVERAGE = 0.3;

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

function strength(c: ToolExchange): number | undefined {
  if (c.error || c.output === undefined) return undefined;
  const out = unwrap(c.output) as { passages?: { coverage?: number }[] } | null;
  const best = Array.isArray(out?.passages) ? out.passages[0] : undefined;
  return best ? (typeof best.coverage === 'number' ? best.coverage : 1) : undefined;
}

/** How much of the question the best passage's best sentence says (1 when not reported). */
function sentenceShare(c: ToolExchange): number {
  const out = unwrap(c.output) as { passages?: { sentenceShare?: number }[] } | null;
  const share = Array.isArray(out?.passages) ? out.passages[0]?.sentenceShare : undefined;
  return typeof share === 'number' ? share : 1;
}

/**
 * What to ask the documents: the question without what it says of products (the catalog words
 * the parse found, price bounds), so a passage that merely names the products asked for ("blankets
 * under $100?") does not answer. Undefined when a price bound is asked (a product request) or too
 * little is left to ask.
 */
function lookUpQuery(input: DecideInput): string | undefined {
  const s = input.nlu.slots;
  if (s.minPrice !== undefined || s.maxPrice !== undefined) return undefined;
  let q = ` ${input.nlu.text} `;
  const catalogWords = [
    s.category,
    s.brand,
    s.color,
    s.size,
    ...(s.attributes ?? []),
    ...(s.productNames ?? []),
  ]
    .filter((x): x is string => typeof x === 'string' && x.length > 1)
    .flatMap((x) => normalize(x).split(' '))
    .filter((w) => w.length > 1);
  for (const w of catalogWords) q = q.replace(new RegExp(`\\s${w}(s|es)?(?=\\s)`, 'g'), ' ');
  q = q.replace(/\s+/g, ' ').trim();
  return concepts(q).length >= 2 ? q : undefined;
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

/**
 * A question read as one about a product whose text does not say ("will you take it back if I
 * open it?", "¿me pueden mandar un repuesto a Toronto?", "¿dan clases?" asked with a product in
 * focus): before "I don't know" is said of the product, the store's own information is asked,
 * and answers when a passage says most of the question. Undefined: the product's "I don't know"
 * stands.
 */
export function storeBeforeUnknown(input: DecideInput): Action | undefined {
  const searched = input.current.calls.find((c) => c.name === 'search_knowledge');
  // Offered no tools (the turn's last step answers in words): what was found is still read.
  if (!searched) {
    if (input.tools && !input.tools.has('search_knowledge')) return undefined;
    // The whole utterance: the parse keeps only the question's clause ("will you take it back"),
    // and the store's rule is often for the situation said before it ("if I open a bag …").
    const said = normalize(input.current.user);
    const query = concepts(said).length >= 2 ? said : lookUpQuery(input);
    return query ? call('search_knowledge', { query }) : undefined;
  }
  // The knowledge search already refuses a page saying none of the question's telling words; a
  // Spanish question read through its English loses words, so a third of them is enough here.
  const found = strength(searched);
  return found !== undefined && found >= UNKNOWN_COVERAGE && sentenceShare(searched) >= POLICY_SENTENCE_SHARE
    ? extraAction('policy', input, input.nlu.slots)
    : undefined;
}
