/**
 * One answer to a question about one product, from its own text only: a measure ("how heavy"), a
 * figure next to a word ("how much caffeine"), a figure in the unit asked about ("how hot should
 * the water be"), or yes / no ("does it work on induction"). "I don't know" only when the text
 * says nothing about it. Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import type { Understanding } from '../understand/nlu.ts';
import { answerProperty } from '../understand/properties.ts';
import { asksFigure } from '../understand/question.ts';
import { t } from '../words/spoken.ts';
import { figureFor } from './attribute-view.ts';
import { answerAudience } from './audience-answer.ts';
import { answerContents } from './contents-answer.ts';
import { answerDimensions } from './dimensions-answer.ts';
import { answerMaterial, asksMaterial } from './material-answer.ts';
import { answerNeed } from './need-answer.ts';
import { answerOnlyFits } from './only-fit-answer.ts';
import { answerForSize } from './rate-answer.ts';
import { answerAsItComes } from './ready-answer.ts';
import { withoutSubjectWords } from './spec-subject.ts';
import { answerFeature, answerMeasure } from './specs.ts';
import { amountOf } from './specs-amount.ts';
import { answerFigure, answerForGivenFigure } from './text-answer.ts';
import { answerAge, answerLabelled } from './text-lines.ts';

type Slots = Understanding['slots'];

function dontKnow(p: ProductInfo, lang: Language): string {
  return t(
    lang,
    `I don't know: the description of ${p.name} doesn't say.`,
    `No lo sé: la descripción de ${p.name} no lo indica.`,
  );
}

/** Brightness and power read from the figure view: a comparison ("75W equivalent") is not the product's own. */
function figureOfMeasure(p: ProductInfo, measure: NonNullable<Slots['measure']>, question: string[]) {
  if (measure !== 'brightness' && measure !== 'power') return undefined;
  return figureFor(p, measure, question);
}

/** An answer that tells nothing sure: another reading may still find the clause that does. */
const UNSURE = /^(I don't know|No lo sé|I can't say for sure)/;

export function answerSpec(p: ProductInfo, s: Slots, question: string, lang: Language): string {
  const answer = answerFromText(p, s, question, lang);
  if (!UNSURE.test(answer)) return answer;
  // "Do I need any paperwork to use it?": the clause stating what it requires (need-answer.ts).
  // "Will it go in my old handheld?" of "fits only the stick vacuum" (only-fit-answer.ts).
  return answerNeed(p, question, lang) ?? answerOnlyFits(p, question, lang) ?? answer;
}

function answerFromText(p: ProductInfo, s: Slots, question: string, lang: Language): string {
  // "What's the team deck made of": the sentence saying its material (material-answer.ts).
  const material = asksMaterial(question, lang) ? answerMaterial(p, lang) : undefined;
  if (material) return material;
  // "Is it for beginners?": the clause naming who it is for (audience-answer.ts).
  const audience = answerAudience(p, question, lang);
  if (audience) return audience;
  const feature = withoutSubjectWords(s.feature ?? [], p);
  // "For a 6 metre boat, what weight?": the clause about that figure, not the first weight given.
  if (s.measure || s.amount) {
    const given = answerForGivenFigure(p, [s.measure ?? s.amount!, ...feature], lang, question.split(' '));
    if (given) return given;
  }
  if (s.measure) {
    const own = figureOfMeasure(p, s.measure, question.split(' '));
    if (own)
      return t(
        lang,
        `${p.name}: ${own.text}, according to its description ("${own.quote}").`,
        `${p.name}: ${own.text}, según su descripción («${own.quote}»).`,
      );
    const measured = answerMeasure(p, s.measure, lang);
    if (!/^(I don't know|No lo sé)/.test(measured)) return measured;
    // "How big is it" with no capacity in the text: the dimensions it gives (dimensions-answer.ts).
    const dimensions = answerDimensions(p, question, lang);
    if (dimensions) return dimensions;
    return answerFigure(p, feature, lang, question.split(' ')) ?? measured;
  }
  // "How much for 50 gallons": the clause giving that figure or a rate to scale (rate-answer.ts).
  const forSize = s.measure ? undefined : answerForSize(p, question, lang);
  if (forSize) return forSize;
  if (s.amount) {
    const fig = amountOf(p, s.amount);
    if (fig)
      return t(
        lang,
        `${p.name}: ${fig}, according to its description.`,
        `${p.name}: ${fig}, según su descripción.`,
      );
    return answerFigure(p, [s.amount, ...feature], lang, question.split(' ')) ?? dontKnow(p, lang);
  }
  // "What do I get in the box?": the clause listing what comes with it (contents-answer.ts).
  const contents = answerContents(p, question, lang);
  if (contents) return contents;
  // "Does it run by itself?": what the text says it still needs answers no (ready-answer.ts).
  const ready = answerAsItComes(p, question, lang);
  if (ready) return ready;
  const property = answerProperty(p, question, lang);
  if (property) return property;
  const age = answerAge(p, question.split(' '), lang);
  if (age) return age;
  if (asksFigure(question, lang))
    return (
      answerFigure(p, feature, lang, question.split(' ')) ??
      answerLabelled(p, feature, lang) ??
      dontKnow(p, lang)
    );
  return answerFeature(p, feature, lang, question.split(' '));
}
