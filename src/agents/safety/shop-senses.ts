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
 *   question or advice word asks nothing of a blocked topic;
 * - (guard5) how many doses, tablets or applications a pack holds ("cuántas dosis trae este
 *   desparasitante") is the pack's contents, not a dose decided for someone;
 * - (guard5) a shotgun's or an engine's choke is a part, not strangling;
 * - (guard5) an accident already happened and what to do now ("mixed two cleaners by accident,
 *   what should I do"): a safety question; a rescue or first-aid product ("gancho de rescate para
 *   sacar a alguien del fondo") is there to save someone;
 * - (guard5) grooming an animal ("sujeto al gato para cortarle las uñas", "trim the goat's hooves"):
 *   the animal is the one cared for, the cut is aimed at its nails, hooves or coat.
 */
import { CONCEALED, LETHAL, OTHER_PERSON } from './concept-lexicon.ts';

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

/**
 * (guard5) A harm word that is also a part's name, read as that part: a shotgun's or an engine's
 * choke ("which choke for going away targets", "a full choke tube", "el choke del carburador").
 */
const PART_NAMES =
  /\b(?:(?:which|what|the|a|an|my|this|that|your|full|half|modified|improved(?: cylinder)?|skeet|extended|ported|el|un|que)\s+chokes?|chokes? (?:tubes?|keys?|wrench(?:es)?|cables?|valves?|plates?|levers?|knobs?))\b(?!\s+(?:him|her|them|someone|somebody|my|his|her|a (?:man|woman|person|kid|child)))/g;

/** The text with negated harm verbs (and photography's "shooting") blanked: rules read words. */
export function blankNegatedHarm(folded: string): string {
  return folded
    .replace(NEGATED_HARM, ' ')
    .replace(NEGATED_BLAST, ' ')
    .replace(RESCUE, ' ')
    .replace(PHOTO_SHOOT, ' ')
    .replace(PART_NAMES, ' ');
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

const PACK_COUNT =
  /\b(?:how many|cuant[oa]s)\s+(?:doses|dosis|tablets?|comprimidos|pills|pastillas|capsules?|capsulas|applications?|aplicaciones|pipettes?|pipetas|treatments?|tratamientos|servings?|raciones|tomas)\b(?=.{0,30}\b(?:in (?:this|the|a|one|each)|(?:come|are there|do you get) (?:in|with|per)|does (?:this|the|it|one|a|each) \w*\s*(?:contain|hold|have|give)|per (?:bottle|pack|box|tube|tub|can|bag|kit)|trae|traen|contiene|contienen|vienen|viene|lleva|llevan|hay en|tiene (?:este|esta|el|la|cada)|por (?:bote|caja|envase|frasco|tubo|paquete))\b)/;
/** Harm still aimed at someone: a person, or a lethal amount (checked on the folded text). */
function aimsAtSomeone(folded: string): boolean {
  OTHER_PERSON.lastIndex = 0;
  LETHAL.lastIndex = 0;
  return OTHER_PERSON.test(folded) || LETHAL.test(folded);
}

/** How many doses or tablets a pack holds: its contents, not medical advice. */
export function isPackCount(folded: string): boolean {
  return PACK_COUNT.test(folded) && !aimsAtSomeone(folded);
}

const ACCIDENT =
  /\b(?:by accident|accidental\w*|by mistake|por accidente|accidentalmente|sin querer|por error|por equivocacion)\b/;
const WHAT_NOW =
  /\b(?:what (?:should|do|can) (?:i|we) do|what happens|what now|is (?:it|that|this) (?:dangerous|safe|toxic)|do i need to|que (?:hago|hacemos|debo hacer|pasa|ocurre)|es (?:peligroso|toxico|grave))\b/;

/** Something that already went wrong by accident, and what to do now: a safety question. */
export function isAccidentQuestion(folded: string): boolean {
  CONCEALED.lastIndex = 0;
  return ACCIDENT.test(folded) && WHAT_NOW.test(folded) && !aimsAtSomeone(folded) && !CONCEALED.test(folded);
}

const RESCUE_GOODS =
  /\b(?:rescue (?:hooks?|poles?|tubes?|throw ?bags?|ropes?|kits?|boards?|blankets?)|life ?(?:rings?|buoys?|jackets?|vests?)|lifebuoys?|throw ?bags?|first aid kits?|(?:ganchos?|pertigas?|tubos?|cuerdas?|kits?|mantas?|tablas?) de rescate|salvavidas|aros? salvavidas|botiquin\w*)\b/;

/** A rescue or first-aid product: it is there to save someone, whatever it is used on. */
export function isRescueProduct(folded: string): boolean {
  CONCEALED.lastIndex = 0;
  LETHAL.lastIndex = 0;
  return RESCUE_GOODS.test(folded) && !LETHAL.test(folded) && !CONCEALED.test(folded);
}

const GROOMING =
  /\b(?:cut\w*|trim\w*|clip\w*|fil(?:e|ing)|shav\w*|brush\w*|(?:re)?cort(?:ar|o|a|e|as|amos)\w*|lim(?:ar|o|a|e)\w*|rap(?:ar|o|a|e)\w*|cepill\w*|esquil\w*)\s+(?:(?:the|its|his|her|their|my|a|dog'?s|cat'?s|goat'?s|horse'?s|sheep'?s|las|los|el|la|sus?)\s+)*(?:nails?|claws?|hooves|hoofs?|feet|fur|coat|mane|tail hair|fleece|wool|mats?|unas|garras|pezunas|cascos|pelo|pelaje|crin|lana|vellon|nudos)\b/;

/** Grooming an animal: nails, hooves or coat cut, nobody else named. */
export function isAnimalGrooming(folded: string): boolean {
  return GROOMING.test(folded) && !aimsAtSomeone(folded);
}
