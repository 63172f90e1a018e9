/**
 * The service a shopper asks the shop to do ("can you embroider my initials", "¿me pueden bordar
 * el nombre?", and the English reading of the Spanish, "Can embroider me…"): its verb. When no
 * passage of the shop says that verb in any form, nothing the shop wrote answers whether it does
 * it (search.ts), as a place asked by name that no passage names answers nothing: the page on
 * shirt cuffs does not answer an embroidery question.
 */
import { fold, meaningfulWords } from './terms.ts';

/**
 * Verbs that ask for an answer, not a service ("can you tell me", "can you help me choose"), and
 * words between "you" and the verb ("can you still", "can you guys").
 */
const NOT_A_SERVICE = new Set(
  (
    'help explain show check confirm recommend suggest remind say give let please guys also still just ' +
    'really maybe actually ever even possibly advise answer send ship deliver bring'
  ).split(' '),
);

const ENGLISH = /^(?:and |so |also |hey )?(?:can|could|would|will) (?:you )?((?:\p{L}+ ){0,2}?)(\p{L}+)\b/u;
const SPANISH =
  /\b(?:pueden|podeis|puedes|podrian|podriais|podria) (?:me |nos |le |les |te )?(\p{L}+(?:ar|er|ir))(?:me|le|lo|la|los|las|nos)?\b/u;

/** The verb of the service asked, folded; undefined when the question does not ask for one. */
export function askedService(question: string): string | undefined {
  const q = fold(question)
    .replace(/[¿?¡!.,;:']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const es = SPANISH.exec(q)?.[1];
  if (es) return es;
  const m = ENGLISH.exec(q);
  if (!m) return undefined;
  // "can you still embroider", "can you guys embroider": the first word that is neither filler
  // nor a framing verb.
  const candidates = [...(m[1] ?? '').split(' ').filter(Boolean), m[2]!];
  const verb = candidates.find((w) => !NOT_A_SERVICE.has(w) && meaningfulWords(w).length > 0);
  if (!verb || NOT_A_SERVICE.has(verb)) return undefined;
  // "Can you …" is followed by its verb; a pronoun or article there is not one ("can you the").
  return /^(?:i|we|it|they|he|she|me|my|the|a|an)$/.test(verb) ? undefined : verb;
}
