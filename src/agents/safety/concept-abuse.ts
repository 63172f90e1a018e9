/**
 * Abuse as meanings that meet (concept-match.ts): an insult word addressed to the assistant (the
 * second person or a name for it, right next to the insult), dismissals that insult by themselves
 * ("shut up", "nobody asked you", "cierra la boca"), and sexual requests aimed at the assistant
 * (explicit content asked of it, its body without clothes). A product described with the same
 * word ("a dumb phone", "a clown costume", "nude heels") has no addressee next to the word.
 */
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import { STAFF } from './concept-threats.ts';
import type { PatternRule } from './rules.ts';

const INSULT =
  '(?:moron\\w*|idiot\\w*|dumb\\w*|stupid\\w*|brainless|imbecil\\w*|retard\\w*|loser|clown|tin can|scrap heap|piece of (?:junk|trash|garbage|crap|shit)|useless|worthless|pathetic|incompetent|garbage|trash|dimwit\\w*|halfwit\\w*|numbskull|dunce|fool|donkey|cretin\\w*|tont[oa]s?|inutil(?:es)?|estupid[oa]s?|imbecil|idiota|gilipollas|pendej[oa]s?|burr[oa]|brut[oa]|animal|payaso|chatarra|cretin[oa]|subnormal|torpe|lerd[oa]|memo|zoquete|bobo|boba|mierda|basura|patetic[oa]|incompetente|cacharro)';
/** Words allowed between the addressee and the insult: intensifiers and articles, not verbs. */
const FILLER =
  '(?:(?:the|a|an|such|so|really|honestly|truly|most|absolute|absolutely|literally|just|nothing|but|complete|total|utter|biggest|fucking|fcking|fking|freaking|effing|bloody|puto|puta|jodido|una?|muy|mas|tan|el|la|un|pedazo|de|bien)\\s+){0,4}';
const ADDRESSEE = "(?:you(?:'re| are| r)?|ur|u|eres|sos|you're such|what an?|such an?)";
const MACHINE =
  '(?:bot|robot|assistant|program|programa|ai|ia|machine|maquina|asistente|cacharro|app|aplicacion)';

/**
 * Insults that only ever name a person (never a product: "this saw is garbage" is a complaint),
 * for insults relayed to staff or said about a third person.
 */
const PERSON_INSULT =
  '(?:moron\\w*|idiot\\w*|imbecil\\w*|retard\\w*|cretin\\w*|dimwit\\w*|halfwit\\w*|numbskull|dumbass|jackass|asshole|bastard|scumbag|idiota|imbecil|gilipollas|subnormal|malnacid[oa]|malparid[oa]|hij[oa] de (?:puta|perra)|cabron\\w*|pendej[oa]|capullo|desgraciad[oa]|retrasad[oa])';
/** A third person called one: "he's a moron", "es un malnacido". */
const CALLED_ONE = concept(
  `(?:he'?s|she'?s|they'?re|he is|she is|they are|es|son|que es|is) (?:an? |un[ao]s? )?${FILLER}${PERSON_INSULT}`,
);
/** The person it is said to or about: staff, or anyone the shopper asks the assistant to tell. */
const RELAY_TARGET = concept(
  'tell (?:the|that|your|this)',
  'let (?:the|that|your) \\w+ know',
  'dile a(?:l| la)?',
  'decidle a(?:l| la)?',
  'ese',
  'esa',
);
/** The assistant's own answer called one: an insult aimed at it without "you". */
const ANSWER_INSULTED = concept(
  `(?:that|this|your|the|esa|esta|tu) (?:reply|answer|response|respuesta|contestacion) (?:was|is|es|fue|ha sido) ${FILLER}(?:${PERSON_INSULT}|moronic|stupid|dumb|estupida|idiota)`,
);
/** Sounds of sex asked of the assistant. */
const MOANING = concept('moan\\w*', 'gimiend\\w*', 'gime\\w*', 'gemid\\w*', 'jadea\\w*', 'panting');
const INTO_MY_EAR = concept('(?:in|into) my ear', 'al oido', 'for me', 'para mi', 'me', '\\w+me');
/** Someone else's body without clothes, sent or shown to the shopper. */
const SEND_ME = concept(
  'send me',
  'show me',
  'give me',
  'pasame',
  'mandame',
  'enviame',
  'muestrame',
  'ensename',
  'dame',
);
const SOMEONE = concept(
  '(?:the|that) (?:model|girl|woman|guy|man|lady)',
  '(?:la|el|esa|ese) (?:modelo|chica|mujer|chico|hombre|senora)',
);

const DISMISSAL = concept(
  'thick as a brick',
  'dumb as a (?:rock|brick|post)',
  'useless thing',
  'mas tont[oa] que',
  'cosa inutil',
  'trasto inutil',
  'shut up',
  'shut your (?:mouth|trap)',
  'go rot',
  'nobody asked you',
  'no one asked you',
  'you suck',
  'go to hell',
  'cierra la boca',
  'callate',
  'cállate',
  'nadie te (?:pidio|pregunto|ha preguntado|ha pedido)',
  'das (?:pena|asco|verguenza)',
  'me das (?:pena|asco)',
  'vete a la mierda',
  'vete al diablo',
  'apestas',
);

const SEXUAL_ADJ = concept(
  'steamy',
  'erotic\\w*',
  'explicit\\w*',
  'porn\\w*',
  'x-?rated',
  'nsfw',
  'lewd',
  'smutty',
  'smut',
  'horny',
  'sexting',
  'dirty talk',
  'subid[oa] de tono',
  'cachond\\w*',
  'guarr\\w*',
  'sexo',
  'sex',
);
const TO_ME = concept(
  'tell me',
  'send me',
  'write me',
  'show me',
  'give me',
  'describe',
  'role-?play',
  'with me',
  'for me',
  'talk',
  'cuentame',
  'mandame',
  'enviame',
  'escribeme',
  'describeme',
  'muestrame',
  'ensename',
  'dame',
  'conmigo',
  'para mi',
  'hablame',
  'dime',
  'get',
  'algo',
  'something',
);
const NOT_SEXUAL =
  /\b(?:lyrics|letras|content warning|salsa|sauce|chili|chile|comida|food|wings|alitas|agua|water|bolsa|bottle|botella|sopa|soup)\b/;
const UNDRESSED = concept(
  'without (?:any )?clothes',
  'no clothes',
  'naked',
  'nude',
  'sin ropa',
  'desnud[oa]s?',
  'en pelotas',
  'topless',
);
const YOURSELF = concept('yourself', 'of you', 'your body', 'tuyas?', 'tu cuerpo', 'you', 'te');
const NOT_NUDE =
  /\b(?:heels|lipstick|colou?r|shade|tights|tono|pintalabios|medias|shoes|zapatos|bra|sujetador|beige|paint|pintura|mannequin|maniqui|doll|muneca)\b/;

const BE_MY = concept(
  'be my',
  'act as my',
  'play my',
  "pretend (?:to be|you'?re) my",
  'se mi',
  'finge (?:ser|que eres) mi',
  'haz de mi',
);
const PARTNER = concept(
  'girlfriend',
  'boyfriend',
  'lover',
  'wife',
  'mistress',
  'novia',
  'novio',
  'amante',
  'esposa',
);
const INTIMATE = concept(
  'naughty',
  'sexy',
  'tonight',
  'wearing',
  'in bed',
  'kiss\\w*',
  'traviesa',
  'esta noche',
  'llevas puesto',
  'en la cama',
  'bes\\w*',
);

const ABUSE: ConceptRule[] = [
  { name: 'intimate-roleplay', kind: 'sexual', all: [BE_MY, PARTNER, INTIMATE], span: 14 },
  {
    name: 'what-are-you-wearing',
    kind: 'sexual',
    all: [concept('what are you wearing', "what you'?re wearing", 'que llevas puesto')],
  },
  { name: 'dismissal', kind: 'profanity', all: [DISMISSAL] },
  { name: 'explicit-request', kind: 'sexual', all: [SEXUAL_ADJ, TO_ME], span: 8, unless: NOT_SEXUAL },
  { name: 'undressed-assistant', kind: 'sexual', all: [UNDRESSED, YOURSELF], span: 8, unless: NOT_NUDE },
  { name: 'undressed-other', kind: 'sexual', all: [UNDRESSED, SEND_ME, SOMEONE], span: 12, unless: NOT_NUDE },
  { name: 'moaning-to-me', kind: 'sexual', all: [MOANING, INTO_MY_EAR], span: 4 },
  { name: 'insult-relayed-to-staff', kind: 'profanity', all: [STAFF, CALLED_ONE], span: 14 },
  { name: 'insult-relayed', kind: 'profanity', all: [RELAY_TARGET, CALLED_ONE], span: 14 },
  { name: 'answer-insulted', kind: 'profanity', all: [ANSWER_INSULTED] },
];

export const CONCEPT_ABUSE_RULES: readonly PatternRule[] = [
  ...ABUSE.map(conceptRule),
  {
    id: 'profanity:concept-insult-addressed',
    kind: 'profanity',
    pattern: new RegExp(
      `\\b${ADDRESSEE}\\s+${FILLER}${INSULT}\\b(?! (?:at|with|when|for|in|en|con|para)\\b)|\\b${INSULT}\\s+(?:of an?\\s+)?${MACHINE}\\b|\\b${MACHINE}\\s+(?:tan|mas|so|such an?)\\s+${INSULT}\\b|\\b(?:que|what an?)\\s+${MACHINE}\\s+(?:\\w+\\s+)?(?:tan|mas|so)?\\s*${INSULT}\\b|\\b(?:que|what an?|so|tan|mas)\\s+${INSULT}\\s+(?:eres|estas|you are|you're)\\b|^\\s*${INSULT}\\s*[,!.]|,\\s*${INSULT}\\s*[,!.]?\\s*$`,
    ),
  },
];
