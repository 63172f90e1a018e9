/**
 * What to do for a choice between two named products by a quality (spec-choice.ts): find each
 * side's product (looked up when nothing seen so far fits), read both full texts, then answer.
 */
import type { ToolCallPlan } from './action-types.ts';
import { type Action, type DecideInput, say, t } from './actions.ts';
import type { Understanding } from './nlu.ts';
import type { ProductInfo } from './results.ts';
import { answerChoice, askedQuality, choiceSides, productForSide } from './spec-choice.ts';
import { hasFullText } from './specs.ts';

/** "A or B, which is warmer?": a which-question with two sides and a quality to compare by. */
export function asksChoice(text: string, lang: Understanding['language']): boolean {
  return /\b(which|cual|cuales)\b/.test(text) && !!askedQuality(text, lang) && !!choiceSides(text, lang);
}

export function chooseAction(input: DecideInput, s: Understanding['slots']): Action {
  const { state, nlu } = input;
  const lang = nlu.language;
  const done = input.current.calls;
  const sides = choiceSides(nlu.text, lang)!;
  const quality = askedQuality(nlu.text, lang)!;
  const pool = [...state.lastResults, ...state.known.values()];
  const found = sides.map((side) => productForSide(side, pool, s.productNames ?? []));
  // A side not seen yet is looked up by the catalog name it says, else searched by its words.
  const named: ProductInfo[] = (s.productNames ?? []).map((name) => ({
    id: name,
    name,
    sizes: [],
    colors: [],
  }));
  const lookups = sides
    .filter((_, k) => !found[k])
    .map((side): ToolCallPlan => {
      const name = productForSide(side, named)?.name;
      return name && !done.some((c) => c.name === 'get_product' && c.input.name === name)
        ? { name: 'get_product', input: { name } }
        : { name: 'search_products', input: { query: side.join(' ') } };
    })
    .filter(
      (c) => !done.some((d) => d.name === c.name && JSON.stringify(d.input) === JSON.stringify(c.input)),
    );
  if (lookups.length) return { kind: 'tools', calls: lookups };
  const [a, b] = found;
  if (!a || !b || a.id === b.id)
    return say(
      t(
        lang,
        'Which two products do you mean? Say their names.',
        '¿Qué dos productos quieres comparar? Dime sus nombres.',
      ),
    );
  const full = (p: ProductInfo) => state.known.get(p.id) ?? p;
  const unread = [full(a), full(b)].filter(
    (p) => !hasFullText(p) && !done.some((c) => c.name === 'get_product' && c.input.productId === p.id),
  );
  if (unread.length)
    return { kind: 'tools', calls: unread.map((p) => ({ name: 'get_product', input: { productId: p.id } })) };
  return say(answerChoice(full(a), full(b), quality, lang));
}
