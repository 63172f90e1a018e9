/**
 * Reply patterns round 21's scripts share: as strict as rounds 7 and 8's (stricter than round 6's, see
 * eval/round7/README.md): a yes-answer may not open with "No", a no-answer may not open with "Yes".
 */
import { says, saysNot } from '../../../dialogue/bilingual.ts';
import type { Check } from '../../../dialogue/types.ts';

/** The reply is about returns (a "no" alone is not an answer to a returns question). */
export const RETURNS = 'return|refund|send (it|them) back|devol|devuel|reembols';
/** A "no" in either language. */
export const NO = "\\bno\\b|\\bnot\\b|n't|cannot";
/** A "no" to "can I return it opened?": a no, or the policy's "only unopened" said back. */
export const ONLY_UNOPENED = `${NO}|\\bonly\\b|unopened|\\bsolo\\b|solamente|unicamente|sin abrir`;
/** A sold-out variant refused as sold out (a bare question listing every value is not a refusal). */
export const SOLD_OUT =
  'sold ?out|out of stock|agotad|unavailable|not available|no (esta|estan) disponible|no (nos )?queda|no hay (stock|existencias)|sin (stock|existencias)|no longer in stock';
/**
 * An "I don't know" reply, narrower than the shared DONT_KNOW (whose `no se` also matches the
 * Spanish "no se puede(n)" of a correct no-answer): what answered steps must not say.
 */
export const IDK =
  "(don'?t|do not) know|(doesn'?t|does not|don'?t|do not) (say|mention|list|specify)|no lo se\\b|no (lo )?(dice|indica|menciona|especifica)\\b|no tengo (esa|ese|esos) (informacion|dato)";
/** What a "yes" answer must not say: an opening "No", or a negated verb. */
export const NOT_NO =
  "^\\W*no\\b|\\bnot\\b|n't|\\bno (funciona|es|sirve|vale|tiene|lleva|viene|trae|incluye|esta|hace|necesita|cabe|se puede|hay)\\b";
/** What a "no" answer must not say: an opening "Yes". */
export const NOT_YES = '^\\W*(yes|yeah|yep|sure|si|claro)\\b';
/** Lines already in the cart stay as they were, except those of `handles`. */
export const keeps = (...except: string[]): Check => ({ kind: 'cartKeeps', except });
/**
 * A price said in Canadian dollars: the lacrosse store sells in CAD. A bare "$" (or "C$", "CA$") is how a
 * Canadian shop writes its prices, so it passes; US or Australian dollars, euros and pounds named as such do not.
 */
export const cad: Check[] = [
  says('\\$|\\bCAD\\b|dollar|dolar'),
  saysNot(
    'US\\$|\\bUSD\\b|US dollar|d[oó]lares? (estadounidense|americano)|\\bA\\$|\\bAUD\\b|australian|australiano|€|\\bEUR\\b|euro|£|\\bGBP\\b|pound|libra',
  ),
];
