/**
 * Asking the store's information from a product question: what to ask, how strongly the best
 * passage answered, and the step that asks it before a product's "I don't know". The policy answer
 * itself is passed in (decide-extra.ts owns it): no import cycle.
 */
import { concepts } from '../../../agents/knowledge/index.ts';
import { POLICY_SENTENCE_SHARE } from '../answers/knowledge-answer.ts';
import { unwrap } from '../results.ts';
import type { ToolExchange } from '../state.ts';
import { normalize } from '../words/text.ts';
import type { Action, DecideInput } from './action-types.ts';
import { call } from './actions.ts';

/** Share a passage must say to answer what a product's own text could not. */
const UNKNOWN_COVERAGE = 0.3;

export function strength(c: ToolExchange): number | undefined {
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
export function lookUpQuery(input: DecideInput): string | undefined {
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
 * A question read as one about a product whose text does not say ("will you take it back if I
 * open it?", "¿me pueden mandar un repuesto a Toronto?", "¿dan clases?" asked with a product in
 * focus): before "I don't know" is said of the product, the store's own information is asked,
 * and answers when a passage says most of the question. Undefined: the product's "I don't know"
 * stands.
 */
export function storeBeforeUnknown(
  input: DecideInput,
  policyAnswer: () => Action | undefined,
): Action | undefined {
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
    ? policyAnswer()
    : undefined;
}
