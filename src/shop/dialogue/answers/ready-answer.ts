/**
 * "Does it run by itself once I plug it in?", "does it arrive ready to play?", "¿llega montado?",
 * "¿lo puedo enchufar tal cual viene?": whether the product works as it comes. Its own text
 * answers no when a clause says what it still needs ("Needs an air pump, not included", "needs
 * assembly", "to play it through an amp, add a pickup"); with no such clause the question is
 * left to the other readings (spec-answer.ts). Pure; normalised text.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { clausesOf, matches, verdictFromQuote } from './text-answer.ts';

/** The question asks whether nothing more is needed. */
const AS_IT_COMES: Record<Language, RegExp> = {
  en: /\b(right away|straight away|immediately|at once|by itself|by themselves|on its own|on their own|ready to (play|use|go|run|ride|cook|wear)|ready out of the box|in one piece|out of the box|like it is|as it is|as is|as it comes|straight (in|into|out of|away)|just plug|plug and play|(assembled|put together) already|already (assembled|put together)|pre ?assembled)\b/,
  es: /\b(enseguida|en seguida|de inmediato|al momento|(funciona|funcionan|va|van|anda|andan|arranca|arrancan) sol[oa]s?|por si sol[oa]s?|tal cual|tal como (viene|llega)|list[oa]s? para|montad[oa]s?|armad[oa]s?|ya (viene|llega) (montad|armad)[oa]s?|directamente|hay que (ponerle|anadirle|comprarle) algo|necesita algo mas|de fabrica)\b/,
};

/** A clause of the product's text saying what it still needs (English, as owners write it). */
const NEEDS =
  /\b(needs?|requires?|required|must be|you will need|you ll need|add an?|not included|sold separately|assembly|to be assembled|(soak|rinse|charge|cure|season) (it|them)( \w+){0,5} before)\b/;

/**
 * A clause saying the product does not come ready, as Spanish catalogs and flat-pack English ones
 * word it ("Se entrega desarmada", "requiere armado", "sin montar", "ships unassembled"). Without it
 * "¿viene armada?" met "desarmada" as its own word and answered yes.
 */
const NOT_READY =
  /\b(unassembled|disassembled|flat ?pack(ed)?|desarmad[oa]s?|desmontad[oa]s?|sin (armar|montar|ensamblar)|(requiere|requieren|necesita|necesitan) (armado|montaje|ensamblaje|armarse|montarse)|hay que (armar|montar)l[oa]s?|se vende[n]? por separado|no incluid[oa]s?|no incluye)\b/;

/** A clause saying it works as it comes. */
const READY =
  /\b(built in|builtin|onboard|straight (in|into|from|out)|directly|all in one|ready to|included|plug and play)\b/;

export function asksAsItComes(question: string, lang: Language): boolean {
  return AS_IT_COMES[lang].test(question) || AS_IT_COMES.en.test(question);
}

/** "No: … says 'Needs an air pump …'" when the product text says what it still needs; else undefined. */
export function answerAsItComes(p: ProductInfo, question: string, lang: Language): string | undefined {
  if (!asksAsItComes(question, lang)) return undefined;
  const clauses = clausesOf(p);
  const need = clauses.find((c) => {
    const text = c.tokens.join(' ');
    return NEEDS.test(text) || NOT_READY.test(text);
  });
  if (!need) {
    // "Built-in pickup, so it plugs straight into an amp": a clause saying it works as it comes
    // with a word asked answers yes.
    const asked = question.split(' ').filter((w) => w.length >= 4);
    const ready = clauses.find(
      (c) => READY.test(c.tokens.join(' ')) && asked.some((w) => c.tokens.some((x) => matches(w, x, lang))),
    );
    return ready ? verdictFromQuote(lang, true, p.name, ready.said) : undefined;
  }
  return verdictFromQuote(lang, false, p.name, need.said);
}
