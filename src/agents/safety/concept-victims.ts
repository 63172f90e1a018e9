/**
 * Harm by its victim (safe-tune3): the other half of target-framing.ts. In a store whose goods are
 * chemicals, tools or blades, the product question itself is ordinary; what makes it harm is a
 * person or a pet on the receiving end, an effect on a body, a hidden channel (a drink, a blood
 * test), or a device meant to go off somewhere. EN and ES, so the same request is read in both.
 *
 * Every rule here is `harm` (blocked at every level): these are not matters of taste, and the
 * learned guard, which would otherwise carry them, is off at relaxed and stricter at moderate.
 */
import { CONCEALED, OTHER_PERSON } from './concept-lexicon.ts';
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import { type PatternRule, rule } from './rules.ts';

/** Another person or an animal someone cares for, children included. */
const VICTIM = new RegExp(
  `${OTHER_PERSON.source}|\\b(?:his|their|kids?|child|children|baby|toddler|teen|boy|girl|dogs?|cats?|puppy|kitten|pets?|horses?|ninos?|ninas?|nin[oa]s?|hij[oa]s?|bebes?|crios?|perr[oa]s?|gat[oa]s?|mascotas?|caballos?)\\b`,
  'g',
);

/** What a chemicals/tools store sells, and the vague "something" a request hides it behind. */
const SUBSTANCE = concept(
  'chemicals?',
  'acids?',
  'muriatic',
  'chlorine',
  'bleach',
  'shock',
  'trichlor',
  'tablets?',
  'powder',
  'fumes',
  'vapou?rs?',
  'gas',
  'products?',
  'something',
  'stuff',
  'pesticides?',
  'antifreeze',
  '(?:drain |oven |toilet )?cleaners?',
  'solvents?',
  'lye',
  'ammonia',
  'fertili[sz]ers?',
  'quimicos?',
  'limpiador\\w*',
  'desatascador\\w*',
  'disolventes?',
  'sosa caustica',
  'amoniaco',
  'abonos?',
  'fertilizantes?',
  'acido',
  'cloro',
  'lejia',
  'pastillas?',
  'polvos?',
  'vapores',
  'productos?',
  'algo',
  'pesticidas?',
  'anticongelante',
);

/** An effect on a body. */
const BODY_EFFECT = concept(
  'sick',
  'ill',
  'vomit\\w*',
  "burn\\w* (?:his|her|their|\\w+'s) (?:skin|face|eyes|lungs|throat|mouth)",
  'burn (?:him|her|them)',
  '(?:skin|face|eyes|lungs) (?:burn\\w*|melt\\w*)',
  "mess up (?:his|her|their|\\w+'s) (?:lungs|eyes|skin|face|stomach)",
  'blind\\w*',
  'pass(?:es)? out',
  'knock\\w* (?:\\w+ )?out',
  'unconscious',
  'suffer\\w*',
  'enferm\\w*',
  'vomit\\w*',
  'se queme\\w*',
  'quemar(?:le|les)',
  'le queme',
  'quemaduras?',
  'ciego\\w*',
  'ceguera',
  'inconsciente',
  'desmay\\w*',
  'sufr\\w*',
  'le (?:pique|arda)',
);

/** The shopper asking for safety, not harm: protection, first aid, an accident already over. */
const PROTECTIVE =
  /\b(?:is (?:it|this|that) (?:safe|toxic|dangerous)|safe (?:for|around|near)|toxic (?:to|for)|keep (?:it |them )?away|protect\w*|gloves?|mask|goggles|by accident|accidentally|what (?:do|should) i do|in case|es (?:seguro|toxico|peligroso)|seguro para|proteg\w*|guantes|mascarilla|gafas|sin querer|por accidente|que hago|por si)\b/;

/** A body's state told, not an effect sought: "he's sick with the flu", "está enfermo". */
const STATE =
  /\b(?:is|s|he'?s|she'?s|was|been|got|gets|feels?|esta|estaba|anda|se siente|se puso) (?:\w+ )?(?:sick|ill|unwell|enferm[oa]s?|malit[oa]s?)\b/;
const PROTECTIVE_OR_STATE = new RegExp(`${PROTECTIVE.source}|${STATE.source}`);

/** Something put into what another person eats or drinks. */
const PUT = concept(
  'put',
  'add',
  'slip',
  'pour',
  'mix',
  'spike',
  'drop',
  'sprinkle',
  'echar\\w*',
  'echo',
  'poner\\w*',
  'pongo',
  'meter\\w*',
  'anadir\\w*',
  'mezclar\\w*',
);
const CONSUMABLE = concept(
  'coffee',
  'drinks?',
  'food',
  'tea',
  'soup',
  'meals?',
  'lunch',
  'dinner',
  'smoothie',
  'beer',
  'wine',
  'juice',
  'milk',
  'cocktail',
  'water bottle',
  'cerveza',
  'vino',
  'zumo',
  'leche',
  'bebidas?',
  'cafe',
  'comida',
  'te',
  'sopa',
  'cena',
  'almuerzo',
  'vaso',
  'botella de agua',
);

/** A hidden channel: what a test of a body or a drink would not find. */
const UNFOUND = concept(
  'hard\\w* to (?:detect|trace|taste|notice|find)',
  'not (?:be )?(?:detected|traced|noticed)',
  "(?:won'?t|wont|doesn'?t|can'?t) (?:be )?(?:detect\\w*|show up|taste\\w*|trace\\w*)",
  'undetect\\w*',
  'untrace\\w*',
  'no se (?:detecta\\w*|nota\\w*|note|detecte|encuentra)',
  'no (?:lo|la) detect\\w*',
  'indetectable',
  'no deja rastro',
);
const TESTED = concept(
  'drinks?',
  'coffee',
  'food',
  'blood(?: tests?| work)?',
  'autopsy',
  'tox\\w*(?: screens?| reports?)?',
  'analisis de sangre',
  'analisis',
  'autopsia',
  'bebidas?',
  'cafe',
  'comida',
);

/** Made or filled to go off somewhere. */
const BUILD = concept(
  'build\\w*',
  'make',
  'making',
  'fill\\w*',
  'put together',
  'rig\\w*',
  'pack\\w*',
  'fabric\\w*',
  'hacer',
  'hago',
  'construir',
  'armar',
  'llenar',
  'relleno',
  'montar',
);
const GOES_OFF = concept(
  'goes off',
  'go off',
  'explod\\w*',
  'blows? up',
  'blow (?:it )?up',
  'detonat\\w*',
  'estall\\w*',
  'explot\\w*',
  'revient\\w*',
  'reviente',
);
const PLACE = concept(
  'car',
  'truck',
  'mailbox',
  'locker',
  'office',
  'school',
  'house',
  'porch',
  'church',
  'bus',
  'coche',
  'buzon',
  'taquilla',
  'oficina',
  'colegio',
  'escuela',
  'casa',
  'iglesia',
  'autobus',
);

/** Turned on a crowd. */
const AIRBORNE = concept(
  'gas',
  'fumes',
  'vapou?rs?',
  'smoke',
  'spray',
  'cloud',
  'vapores',
  'humo',
  'nube',
  'aerosol',
);
const CROWD = concept(
  '(?:against|at|on|into) (?:the )?(?:people|crowd|protest\\w*|demonstrat\\w*|march\\w*|concert|class)',
  'contra (?:la )?(?:gente|multitud|manifestacion\\w*|manifestantes|personas)',
  'en (?:la )?(?:manifestacion|multitud|concierto)',
);

/** Thrown at a face. */
const THROW = concept(
  'throw\\w*',
  'splash\\w*',
  'toss\\w*',
  'lanzar\\w*',
  'lanzarle',
  'tirar\\w*',
  'tirarle',
  'echarle',
);
const FACE = concept('face', 'eyes', 'cara', 'ojos');

/** Buying past the store's checks. */
const BUY = concept('buy\\w*', 'purchas\\w*', 'order\\w*', 'stock up', 'compr\\w*', 'pedir');
const PAST_CHECKS = concept(
  'without (?:the )?(?:store|shop|anyone|you|them|police|cops) (?:reporting|flagging|noticing|asking|checking)',
  'without (?:being )?(?:reported|flagged)',
  'sin que (?:la tienda |nadie |la policia )?(?:lo |me )?(?:reporte\\w*|denuncie\\w*|avise\\w*|pregunte\\w*)',
);

/** A pet silenced for good. */
const SILENCED_FOR_GOOD = concept(
  '(?:stop|quit) (?:\\w+ing) (?:for good|forever|permanently)',
  'deje de \\w+ para siempre',
  'se calle para siempre',
  'callarl[oa]s? para siempre',
  'shut (?:it|him|her|them) up (?:for good|forever|permanently)',
);
const PET = concept(
  'dogs?',
  'cats?',
  'puppy',
  'pets?',
  'mutts?',
  'pooch',
  'hounds?',
  'perr[oa]s?',
  'gat[oa]s?',
  'mascotas?',
  'chuchos?',
  'perrit[oa]s?',
);

/** Threats: where someone lives, with what is coming to them. */
const KNOWS_HOME = concept(
  'know where (?:\\w+ ){1,3}lives?',
  "know (?:his|her|their|\\w+'s) address",
  'se donde vive\\w*',
  'se (?:su|tu) direccion',
);
const COMING = concept(
  'regret\\w*',
  'sorry',
  '(?:will|gonna|going to) (?:be )?(?:regret|pay|be sorry|learn)',
  'pay for',
  'make (?:him|her|them) pay',
  'scare\\w*',
  'threat\\w*',
  'afraid',
  'watch (?:his|her|their) back',
  'arrepent\\w*',
  'lo va a pagar',
  'la va a pagar',
  'asustar\\w*',
  'amenaz\\w*',
  'miedo',
);

/** Others set on a person: a post or review written so people go after them. */
const WRITTEN = concept(
  'write',
  'post',
  'review',
  'comment',
  'message',
  'text',
  'thread',
  'redact\\w*',
  'escrib\\w*',
  'publica\\w*',
  'comentario',
  'mensaje',
  'resena',
);
const INCITED = concept(
  '(?:go|come) after (?:him|her|them)',
  'hunt (?:him|her|them) down',
  'make (?:his|her|their) life (?:hell|miserable)',
  'should be beaten(?: up)?',
  'beat (?:him|her|them) up',
  'needs? a beating',
  'vida imposible',
  'darle una paliza',
  'dar(?:le)? una paliza',
  'hay que pegarle',
  'le hagan la vida',
  'vayan a por (?:el|ella)',
);

const VICTIMS: ConceptRule[] = [
  // "would it burn his skin", "para que se queme la piel", "enferme con los vapores"
  {
    name: 'substance-effect-on-victim',
    kind: 'harm',
    all: [SUBSTANCE, VICTIM, BODY_EFFECT],
    span: 16,
    unless: PROTECTIVE_OR_STATE,
  },
  // "make a kid really sick", "hacer que mi compañero enferme"
  {
    name: 'effect-caused-on-victim',
    kind: 'harm',
    all: [concept('make', 'makes', 'get', 'so', 'hacer que', 'para que', 'quiero que'), VICTIM, BODY_EFFECT],
    span: 6,
    unless: PROTECTIVE_OR_STATE,
  },
  // "acid … in my husband's coffee", "echarle a la bebida de mi suegra"
  { name: 'substance-in-victims-food', kind: 'harm', all: [PUT, CONSUMABLE, VICTIM, SUBSTANCE], span: 14 },
  { name: 'hidden-in-victims-food', kind: 'harm', all: [CONSUMABLE, VICTIM, CONCEALED], span: 14 },
  // "hardest to detect in a drink", "no se detecta en un análisis de sangre"
  { name: 'undetectable-in-body', kind: 'harm', all: [UNFOUND, TESTED], span: 10 },
  // "fill a bottle … so it goes off in a car", "build something that explodes in a mailbox"
  { name: 'device-goes-off-somewhere', kind: 'harm', all: [BUILD, GOES_OFF, PLACE], span: 16 },
  // "gas … to use against the people at a protest"
  { name: 'airborne-on-crowd', kind: 'harm', all: [AIRBORNE, CROWD], span: 10 },
  // "acid I can throw in someone's face"
  { name: 'thrown-in-face', kind: 'harm', all: [THROW, FACE, VICTIM], span: 8 },
  { name: 'substance-thrown-in-face', kind: 'harm', all: [SUBSTANCE, THROW, FACE], span: 10 },
  // "buy lots of peroxide without the store reporting it"
  { name: 'buy-past-checks', kind: 'harm', all: [BUY, PAST_CHECKS], span: 12 },
  // "the dog next door … stop barking for good"
  { name: 'pet-silenced-for-good', kind: 'harm', all: [PET, SILENCED_FOR_GOOD], span: 24 },
  // "I know where the pool guy lives and he's going to regret it"
  { name: 'threat-knows-home', kind: 'harm', all: [KNOWS_HOME, COMING], span: 16 },
  // "a review calling the owner a thief so people go after him"
  { name: 'incited-against-person', kind: 'harm', all: [WRITTEN, INCITED], span: 22 },
];

/** Explosives known by name only (primary explosives a kitchen can make): naming them is the request. */
const NAMED_EXPLOSIVE: PatternRule = rule(
  'harm',
  'named-explosive',
  /\b(?:tatp|hmtd|anfo|acetone peroxide|peroxido de acetona|triperoxid\w*)\b/,
);

export const CONCEPT_VICTIM_RULES: readonly PatternRule[] = [...VICTIMS.map(conceptRule), NAMED_EXPLOSIVE];
