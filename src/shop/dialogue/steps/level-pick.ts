/**
 * "Which one is for beginners?", "which jacket is better for a novice?": a choice among the
 * products on screen (or the two just talked about) by who their texts say they are for, answered
 * with the one whose text says so (put in focus, so "add it" next means it) instead of a new search.
 */
import type { Language } from '../../contract.ts';
import { forLevelAmong, levelAsked } from '../answers/audience-answer.ts';
import { hasFullText } from '../answers/specs.ts';
import type { Understanding } from '../understand/nlu.ts';
import { t } from '../words/spoken.ts';
import { type Action, call, type DecideInput, say } from './actions.ts';
import { rankPool } from './talked-comparative.ts';

/** The question chooses among products ("which one", "which jacket", "what's better for"). */
const CHOOSES = /^(and |so |ok |okay |then )*(which|what s better|what is better|what would be better)\b/;

export function picksByLevel(input: DecideInput, s: Understanding['slots']): boolean {
  const text = input.nlu.text;
  if (!CHOOSES.test(text) || !levelAsked(text, input.nlu.language)) return false;
  if (s.productNames?.length || s.brand) return false;
  // A kind said is the kind on screen ("which jacket …" over jackets), not a new search.
  if (s.category && s.category !== input.state.lastSearch?.category) return false;
  return rankPool(input.state).length >= 2;
}

export function levelPickAction(input: DecideInput): Action {
  const { state, nlu, current } = input;
  const lang: Language = nlu.language;
  const level = levelAsked(nlu.text, lang)!;
  const pool = rankPool(state);
  // A list shows summaries: who each product is for is in its whole text, read once for all.
  const unread = pool.filter((p) => !hasFullText(p));
  if (unread.length && !current.calls.some((c) => c.name === 'compare_products'))
    return {
      kind: 'tools',
      calls: [{ name: 'compare_products', input: { productIds: pool.slice(0, 5).map((p) => p.id) } }],
    };
  const fits = forLevelAmong(pool, level);
  const words = level === 'beginner' ? ['beginners', 'principiantes'] : ['experienced users', 'expertos'];
  if (fits.length === 0)
    return say(
      t(
        lang,
        `None of their descriptions says it is for ${words[0]}.`,
        `Ninguna de sus descripciones dice que sea para ${words[1]}.`,
      ),
    );
  const best = fits[0]!;
  const looked = current.calls.some((c) => c.name === 'get_product' && c.input.productId === best.p.id);
  if (!looked && state.focus?.id !== best.p.id) return call('get_product', { productId: best.p.id });
  const also = fits.slice(1).map((f) => f.p.name);
  const more = also.length ? t(lang, ` So is ${also.join(' and ')}.`, ` También ${also.join(' y ')}.`) : '';
  return say(
    t(
      lang,
      `${best.p.name}: its description says "${best.said}".${more}`,
      `${best.p.name}: su descripción dice «${best.said}».${more}`,
    ),
  );
}
