/**
 * "Yes" or "No" for a yes/no question that carries the shopper's own age or weight ("can my 6
 * year old join the parent and baby class", "is 40 pounds okay for the vest"), read against the
 * range or limit the answering sentences state, units converted: the passage "for babies from 6
 * months to 3 years old" answers the 6-year-old "No". "Too heavy", "demasiado" ask the other way
 * round. Undefined when the question carries no such figure or the sentences state no such limit
 * (the wording's own lead, answer-lead.ts, decides then). Pure.
 */
import { type FigureKind, figureIn, figureSaid } from '../../../agents/knowledge/figures.ts';
import { questionKind } from '../../../agents/knowledge/question-kind.ts';
import { fold } from '../../../agents/knowledge/terms.ts';

/**
 * The kinds of figure a limit decides: who may ("from age 7", "under 12"), what fits ("30 to
 * 50 pounds"). A price or a length is compared in more ways than one ("orders over $50 ship
 * free": a $40 order does pay), so those are left to the wording.
 */
const DECIDING: readonly FigureKind[] = ['age', 'weight'];

/** "Is 40 kg too heavy for it", "¿es demasiado pequeño?": holding the limit answers "no". */
const TOO =
  /\b(?:too (?:old|young|heavy|light|big|small|little|tall|short)|demasiado|muy (?:pequen|grande|mayor))/;

export function figureLead(question: string, sentences: readonly string[]): 'yes' | 'no' | undefined {
  if (questionKind(question) !== 'yesno' || sentences.length === 0) return undefined;
  const text = sentences.join(' ');
  for (const word of fold(question).match(/\d+(?:\.\d+)?/g) ?? []) {
    const figure = figureIn(question, word);
    if (!figure || !DECIDING.includes(figure.kind)) continue;
    const said = figureSaid(figure, text, 0.5);
    if (said === 0) continue;
    const holds = said === 1;
    return holds !== TOO.test(fold(question)) ? 'yes' : 'no';
  }
  return undefined;
}
