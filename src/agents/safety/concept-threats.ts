/**
 * Threats and harm that name no weapon and no method (concept-match.ts), `harm` at every level:
 * - a **veiled threat**: someone's routine is known or watched (where a person lives, parks, when
 *   they leave or close) and a menace follows ("they should watch out", "I'll be waiting outside");
 * - **harm said by its effect**: a product put in someone's drink "so he doesn't wake up", "so she
 *   passes out", a driver who should "get hurt", a town's water poisoned.
 * An ordinary request names the shop's hours or the shopper's own plans, not a person's movements
 * next to a warning, and "so nobody gets hurt" is a safety question.
 */
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

/** Knowing or having watched where and when someone is. */
const KNOW_ROUTINE = concept(
  'i(?: already)? know (?:where|when|what time|which|the (?:car|street|house|route)|how)',
  "i(?:'ve| have) (?:seen|watched|followed|been watching)",
  'i(?: already)? know (?:his|her|their) (?:car|house|address|schedule|shift|route)',
  'i found out where',
  "i(?:'ve| have)? followed (?:him|her|them|your|the)",
  'i know (?:the|his|her|their) (?:building|house|street|bus|route|car)',
  '(?:ya )?se (?:que|cual) (?:autobus|bus|coche|moto|tren|metro|calle|camino|ruta|portal)',
  '(?:ya )?se (?:donde|cuando|a que hora|cual|que coche|por donde)',
  'conozco (?:su|sus|el coche|la casa|la ruta|el horario|donde|a que hora)',
  'he visto (?:donde|a que hora|su)',
  'lo he seguido',
  'la he seguido',
);
/** A person's movements and whereabouts. */
const MOVEMENTS = concept(
  'lives?',
  'living',
  'parks?',
  'parked',
  'drives?',
  'car',
  'leaves? (?:work|the (?:shop|store)|through|at|every|alone|by)',
  'leaves',
  'finishes',
  'gets? off',
  'clocks? out',
  'walks? (?:home|to)',
  'goes home',
  'closes? up',
  'after closing',
  '(?:lot|parking lot|car park|yard) (?:is )?dark',
  'al cerrar',
  'a la salida',
  'closes? (?:alone|at)',
  'shift',
  'route',
  'back door',
  'locks? up',
  'home',
  'bus',
  'building',
  'autobus',
  'moto',
  'coge',
  'deja (?:el coche|la moto|la bici)',
  'volver a casa',
  'edificio',
  'portal',
  'vive',
  'aparca\\w*',
  'coche',
  'sale (?:del|de|por|a|sola?)',
  'termina',
  'cierra',
  'camina',
  'turno',
  'ruta',
  'puerta de atras',
);
/** The warning that turns knowing into a threat: no violent word needed. */
const MENACE = concept(
  'watch (?:out|(?:his|her|their) back)',
  'look\\w* over (?:his|her|their) shoulder',
  'i said hi',
  'say hi from me',
  '(?:might|may) want to (?:watch|look|be)',
  'avisal[eo]',
  'que no se confie\\w*',
  'que mire (?:bien )?(?:por donde|a su alrededor|detras)',
  'be careful(?! with)',
  'careful(?! with)',
  'remind (?:him|her|them) (?:of (?:that|it)|that i know|i know)',
  "i'?ll be (?:around|waiting|outside|there waiting)",
  'i will be (?:around|waiting|outside)',
  "i'?ll wait",
  'i will wait',
  'waiting (?:for (?:him|her|them) )?outside',
  'see (?:him|her|them) soon',
  "i'?m coming for",
  'que (?:tenga|tengan) cuidado',
  'que se (?:cuide|cuiden)',
  'cuidadito',
  'recuerda(?:le|selo|les)',
  'voy a esperar\\w*',
  '(?:lo|la|le|los|las) voy a esperar',
  'esperar\\w* (?:afuera|fuera)',
  'estare (?:por ahi|cerca|esperando|afuera|fuera)',
  'nos veremos',
  'ya (?:lo|la) vera',
);

/** The shop's people and other named roles a shopper meets. */
export const STAFF = concept(
  'manager',
  'owner',
  'cashier',
  'clerk',
  'employee',
  'staff',
  'driver',
  'delivery (?:guy|man|woman|girl|boy|person)',
  'courier',
  'the guy',
  'the girl',
  'the woman',
  'the lady',
  'the man',
  '(?:the|your) \\w+ who',
  'groomer',
  'barista',
  'stylist',
  'peluquer[oa]',
  'encargad[oa]',
  'gerente',
  'duen[oa]',
  'jef[ea]',
  'cajer[oa]',
  'dependient[ea]',
  'emplead[oa]',
  'repartidor\\w*',
  'mensajer[oa]',
  'conductor\\w*',
  'chic[oa]',
  'senora',
  'senor',
);
/** Being near the person, watching (waiting outside may be for a parcel): a threat without a violent word. */
const LURK = concept(
  'look\\w* over (?:his|her|their) shoulder',
  'watch (?:his|her|their) back',
  'que no se confie\\w*',
  'que mire (?:bien )?(?:a su alrededor|detras)',
  "i'?ll be (?:around|watching)",
  'i will be (?:around|watching)',
  'estare (?:por ahi|vigilando)',
  'voy a estar (?:por ahi|vigilando)',
);

/** A product given to someone without their say, in what they eat or drink. */
const INTO_THEIR = concept(
  '(?:to|in|into) (?:his|her|their|the (?:boss|neighbou?r|teacher|coach)\\W?s?|my (?:wife|husband|boss|neighbou?r)\\W?s?) (?:beer|drink|wine|coffee|tea|food|water|soup|glass|cup|bottle|smoothie|juice|milk|soda|shake|lunch|dinner|meal)',
  '(?:al|en el|a la|en la) (?:cafe|bebida|cerveza|vino|comida|agua|batido|zumo|leche|refresco|cena|te) del? (?:jefe|jefa|vecin[oa]|profe\\w*|compañer[oa]|marido|mujer|novi[oa])',
  'en su (?:bebida|cerveza|vino|cafe|te|comida|agua|sopa|vaso|copa|botella|batido|zumo|leche|refresco|cena)',
  'en la bebida',
  'le (?:echo|pongo|meto)',
  'a su (?:bebida|cerveza|vino|cafe|comida)',
  'slip\\w* (?:him|her|them)',
);
/** The effect asked for on a person: unconscious, hurt, dead. */
const EFFECT = concept(
  "(?:he|she|they|it) (?:doesn'?t|does not|won'?t|will not|never) wakes?(?: up)?",
  "(?:doesn'?t|never|won'?t) wake up",
  'passes? out',
  "can'?t (?:get up|move|stand up|breathe)",
  "(?<!(?:n'?t|not|never) )gets? (?:really |very )?sick",
  'no se (?:levante|mueva|pueda (?:levantar|mover))',
  'se ponga (?:malo|mala|enferm[oa])',
  'pass out',
  'blacks? out',
  'knocks? (?:him|her|them) out',
  'stops? breathing',
  'ends? up in (?:the )?(?:hospital|er)',
  '(?:the \\w+|he|she|they|him|her) gets? hurt',
  'dead by',
  'no (?:se )?despierte\\w*',
  'no vuelva a despertar',
  'se desmaye\\w*',
  'pierda el (?:conocimiento|sentido)',
  'deje de respirar',
  'acabe en (?:el )?hospital',
);
/** The effect followed by what the speaker will then do to the person. */
const THEN_TAKE = concept(
  'put (?:him|her|them) in',
  'take (?:him|her|them)',
  'carry (?:him|her|them)',
  'llevarmel[oa]',
  'llevarl[oa]',
  'meterl[oa]',
  'subirl[oa]',
);
/** Effects that stay harmful when arranged ("so the driver gets hurt"); "so he doesn't wake up" may be a baby. */
const SEVERE_EFFECT = concept(
  '(?:the \\w+|he|she|they|him|her) gets? (?:badly )?hurt',
  'stops? breathing',
  'ends? up in (?:the )?(?:hospital|er)',
  'dead by',
  'deje de respirar',
  'no vuelva a despertar\\w*',
  'se muera',
  'salga herid[oa]',
  'acabe en (?:el )?hospital',
);
/** "So nobody gets hurt", "para que no acabe en el hospital": care, not harm. */
const NEGATED_EFFECT = /\b(?:nobody|no one|nadie|never|nunca|no (?:salga|acabe|se muera|deje))\b/;
const ARRANGE = concept('so', 'so that', 'para que', 'until', 'hasta que', 'make sure', 'asegur\\w*');
/** Poisoning a supply many people drink from. */
const POISON = concept('poison\\w*', 'contaminat\\w*', 'taint', 'envenen\\w*', 'contamin\\w*');
const PUBLIC_WATER = concept(
  'water supply',
  '(?:town|city|village|school|public|neighbou?rhood)\\W?s? (?:water|well|reservoir|tank)',
  'reservoir',
  'water main',
  'suministro de agua',
  'deposito de agua',
  'agua del (?:pueblo|barrio|colegio|edificio)',
  'agua de la ciudad',
  'embalse',
  'red de agua',
);
/** A leak or a pest named as what to stop is a product question. */
const NOT_THREAT = /\b(?:leaks?|fugas?|pests?|plagas?|weeds?|algae|algas|mold|moho)\b/;

const RULES: readonly ConceptRule[] = [
  {
    name: 'veiled-threat',
    kind: 'harm',
    all: [KNOW_ROUTINE, MOVEMENTS, MENACE],
    span: 24,
    unless: NOT_THREAT,
  },
  { name: 'harm-by-effect', kind: 'harm', all: [INTO_THEIR, EFFECT], span: 16 },
  {
    name: 'harm-by-effect-arranged',
    kind: 'harm',
    all: [ARRANGE, SEVERE_EFFECT],
    span: 4,
    unless: NEGATED_EFFECT,
  },
  {
    name: 'veiled-threat-lurking',
    kind: 'harm',
    all: [STAFF, MOVEMENTS, LURK],
    span: 20,
    unless: NOT_THREAT,
  },
  { name: 'harm-effect-then-take', kind: 'harm', all: [EFFECT, THEN_TAKE], span: 10 },
  { name: 'poison-public-water', kind: 'harm', all: [POISON, PUBLIC_WATER], span: 10 },
];

export const CONCEPT_THREAT_RULES: readonly PatternRule[] = RULES.map(conceptRule);
