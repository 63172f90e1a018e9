/**
 * Shop senses that clear a text before or after the rules read it (folded text, normalize.ts):
 * - a harm verb under negation ("without killing them", "won't hurt the cat", "sin matarlos") is
 *   the shopper asking for the harmless product, so the negated phrase is blanked before the rules;
 * - a request for a book, novel or film describes its plot: harm in the plot is not a request for
 *   harm, unless the request asks how to do something (a manual is not a story);
 * - a firework that did not go off ("un petardo que no ha explotado", "a dud that hasn't gone off")
 *   is a dud to make safe, unless the text waits for it to go off later ("won't go off until");
 * - a rescue product named by what it reverses ("overdose reversal spray", "naloxona") is a
 *   first-aid item, not an overdose;
 * - "shooting" beside a camera word ("shooting a friend's engagement, which 85mm lenses") is
 *   photography: the shoot word is blanked;
 * - a product asked for as a noun phrase ("a roulette wheel for a casino-themed party") with no
 *   question or advice word asks nothing of a blocked topic.
 */

const NEGATED_HARM =
  /\b(?:without|won'?t|wont|doesn'?t|don'?t|not|never|no|sin|que no|nunca)\s+(?:\w+\s+)?(?:kill\w*|hurt\w*|harm\w*|injur\w*|poison\w*|matar\w*|mate|maten|danar\w*|dane|hacer(?:les?)? dano|herir\w*|lastimar\w*|envenenar\w*)(?:\s+(?:it|them|him|her|anyone|anybody|lo|la|los|las|a nadie))?\b/g;

const NEGATED_BLAST =
  /\b(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not|won'?t|wont|doesn'?t|don'?t|not|never|no|nunca)\s+(?:\w+\s+)?(?:go(?:ne|es)? off|went off|explod\w*|explot\w*|estall\w*|detonat\w*|blow(?:n)? up|blew up)\b(?!\s+(?:until|till|unless|before|when|hasta|antes|cuando|a menos))/g;
const RESCUE =
  /\b(?:overdose (?:reversal|rescue|antidote)|naloxon\w*|narcan|(?:reversion|reversor|antidoto) (?:de|para) (?:la |una )?sobredosis)\b/g;

const PHOTO =
  '(?:lens(?:es)?|cameras?|photos?|photograph\\w*|portraits?|headshots?|golden hour|tripods?|gimbals?|footage|videos?|\\d+ ?mm|objetivos?|camaras?|fotos?|fotograf\\w*|retratos?)';
/** A shoot word with a camera word within a few words of it: photography. */
const PHOTO_SHOOT = new RegExp(
  `\\b(?:shoot\\w*|disparar|dispar[oa]s?)\\b(?=(?:\\W+\\w+){0,8}?\\W+${PHOTO}\\b)|(?<=\\b${PHOTO}\\b(?:\\W+\\w+){0,8}?\\W+)(?:shoot\\w*|disparar|dispar[oa]s?)\\b`,
  'g',
);

/** The text with negated harm verbs (and photography's "shooting") blanked: rules read words. */
export function blankNegatedHarm(folded: string): string {
  return folded
    .replace(NEGATED_HARM, ' ')
    .replace(NEGATED_BLAST, ' ')
    .replace(RESCUE, ' ')
    .replace(PHOTO_SHOOT, ' ');
}

const MEDIA_REQUEST =
  /^(?:(?:i'?m looking for|i want|i need|do you have|have you got|busco|quiero|necesito|teneis|tienes)\s+)?(?:a|an|some|any|un|una|unos|unas)\s+(?:\w+\s+){0,2}(?:books?|novels?|thrillers?|biograph\w*|documentar\w*|films?|movies?|dvds?|libros?|novelas?|biografias?|documentales?|peliculas?)\b/;
const HOW_TO =
  /\b(?:how to|how do|teach\w*|instructions?|steps?|recipe|guide|manual|tutorial|explain\w*|como (?:se )?(?:hace|hacer|fabrica)|instrucciones|pasos|receta|guia|ensen\w*|explica\w*)\b/;

/** A request for a book or film about its plot, not for instructions. */
export function isStoryPurchase(folded: string): boolean {
  return MEDIA_REQUEST.test(folded.trim()) && !HOW_TO.test(folded);
}

const NOUN_PHRASE_REQUEST = /^(?:a|an|some|two|three|un|una|unos|unas|dos|tres)\s+\w/;
const QUESTION_OR_ADVICE =
  /[?¿]|\b(?:should|which|how|what|who|why|would|could|can|is it|tips?|tricks?|odds|advice|opinion|think|win|deserves?|debo|deberia|cual|como|que|quien|por que|truco|consejo|opinas|crees|ganar|merece)\b/;

/** A product named as a noun phrase with no question or advice asked (topic rules only). */
export function isPlainProductRequest(folded: string): boolean {
  const text = folded.trim();
  return NOUN_PHRASE_REQUEST.test(text) && !QUESTION_OR_ADVICE.test(text);
}

const DISPOSE =
  /\b(?:dispose of|disposal of|get rid of|throw (?:away|out)|discard|desech\w*|deshac\w*|tir(?:o|ar|amos) (?:el|la|los|las|lo)|eliminar? (?:el|la|los|las))\b/;
const LEFTOVER =
  /\b(?:leftover|left over|old|expired|unused|spent|used|extra|remaining|half (?:a |an )?\w+|sobrante\w*|(?:que )?(?:me|nos) (?:sobro|ha sobrado|sobraron|queda)|que sobro|viej[oa]s?|caducad[oa]s?|usad[oa]s?|restos?)\b/;

/**
 * Getting rid of a leftover or expired product is a disposal question the shop should answer, not
 * a harm request: the learned guard's harm score on it reads the product's danger, not an intent.
 * Callers also check that no victim is named.
 */
export function isProductDisposal(folded: string): boolean {
  return DISPOSE.test(folded) && LEFTOVER.test(folded);
}
