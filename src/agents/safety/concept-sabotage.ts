/**
 * Harm done through equipment rather than with a weapon word (concept-match.ts), kind `harm`:
 * - **brakes made to fail**: a line or hose cut so a driver cannot stop;
 * - **a fall staged as bad luck**: a climber's or worker's gear tampered with so they fall;
 * - **a body put through a machine**: a corpse and a chipper, grinder or shredder;
 * - **tracked or locked goods taken**: a rental's tracker removed to keep it, a lock or cab forced
 *   to take what is behind it;
 * - **spiked trees**: metal driven into trunks to wreck saws and hurt the people cutting.
 * A shop for vehicles, tree care or rentals hears every one of these nouns in ordinary talk; each
 * rule needs the outcome ("can't stop", "keep it", "so he falls") next to them.
 */
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

const CUT_LINE = concept(
  'cut\\w*',
  'slice\\w*',
  'slash\\w*',
  'loosen\\w*',
  'nick\\w*',
  'drain\\w*',
  'puncture\\w*',
  'cort\\w*',
  'raj\\w*',
  'afloj\\w*',
  'pinch\\w*',
  'vaci\\w*',
);
const BRAKES_FAIL = concept(
  "(?:loses?|lose|won'?t have|has no) (?:his|her|their|the|its|any) brakes",
  "brakes? (?:fail|give out|go|won'?t work|stop working)",
  "(?:can'?t|cannot|won'?t be able to) (?:stop|brake)",
  'no (?:pueda|podra|pueda) frenar',
  'se quede sin frenos',
  'pierda los frenos',
  'fallen los frenos',
);

const TAMPER_GEAR = concept(
  'hook\\w*',
  'snag\\w*',
  'cut\\w*',
  'loosen\\w*',
  'unclip\\w*',
  'tamper\\w*',
  'engancha\\w*',
  'cort\\w*',
  'afloj\\w*',
  'desengancha\\w*',
);
const CLIMBING_GEAR = concept(
  'harness\\w*',
  'rope',
  'lanyard',
  'ladder',
  'scaffold\\w*',
  'arnes',
  'cuerda',
  'escalera',
  'andamio',
);
const SO_THEY_FALL = concept(
  '(?:so|and) (?:he|she|they) (?:falls?|drops?|slips?)',
  '(?:seems?|looks?) like (?:a slip|a fall)',
  '(?:seems?|looks?) like (?:bad luck|an accident|he fell|she fell)',
  'para que se caiga',
  'parezca (?:mala suerte|que se cayo|un accidente)',
);

const CORPSE = concept(
  'dead (?:man|woman|guy|person|body|bodies)',
  'corpses?',
  'a (?:human )?body',
  'cadaver\\w*',
  'un muerto',
  'un cuerpo',
);
const DESTROYER = concept(
  '\\w*chippers?',
  'grinders?',
  'mulchers?',
  'shredders?',
  'recogni[sz]able',
  'leave (?:anything|nothing|no trace)',
  '\\w*trituradora\\w*',
  'astilladora\\w*',
  'reconocible',
);

const TRACKED = concept(
  '(?:gps )?trackers?',
  'tracking (?:device|tag|chip)',
  'localizador\\w*',
  'rastreador\\w*',
  'gps',
);
const REMOVED = concept(
  'get (?:\\w+ ){0,3}off',
  'remov\\w*',
  'pull\\w* (?:\\w+ ){0,3}(?:out|off)',
  'disabl\\w*',
  'rip\\w* out',
  'take (?:\\w+ )?(?:off|out)',
  'quit\\w*',
  'desactiv\\w*',
  'arranc\\w*',
);
const KEEP_IT = concept(
  'keep (?:it|them|the \\w+)',
  'never (?:give|bring) it back',
  'not (?:return|give back)',
  "(?:never|can'?t|won'?t) (?:find|get|track) it",
  'no (?:la|lo) encuentren',
  'quedarme(?:l[oa]s?)?',
  'quedarmel[oa]s?',
  'no devolverl[oa]s?',
);

const FORCE = concept(
  'saw (?:through|off)',
  'cut (?:through |off )?(?:the |a )?(?:cable |chain |pad)?locks?',
  'break (?:into|open)',
  'pry (?:open|off)',
  'force (?:open )?the',
  'forzar',
  'fuerzo',
  'cortar el (?:candado|cable)',
  'corto el (?:candado|cable)',
  'reventar (?:la|el)',
);
const TAKE_AWAY = concept(
  'steal\\w*',
  'so i can take',
  'take (?:a|the|their|some) \\w+ (?:home|away)',
  'robar\\w*',
  'llevarme (?:un|una|el|la|los|las)',
);
/** The shopper's own lock, a lost key: getting back in is not theft. */
const OWN_PROPERTY =
  /\b(?:my own|lost (?:my|the) keys?|locked (?:myself )?out|my (?:stuff|things|own)|perdi la llave|mis cosas|mi propi[oa])\b/;

const TREE_SPIKE = concept(
  'spik\\w* (?:the |a |their |those )?trees?',
  'tree[- ]?spik\\w*',
  '(?:nails?|spikes?|metal) (?:in|into) (?:the |a |their )?(?:trees?|trunks?)',
  '(?:clavar|meter|poner) (?:puas|clavos|pinchos|hierros) en (?:los|el|un|unos|sus) (?:arboles|arbol|troncos?)',
);
const WRECK = concept(
  'chains?',
  'saws?',
  'loggers?',
  'break\\w*',
  'snap\\w*',
  'cadenas?',
  'motosierras?',
  'lenadores?',
  'revient\\w*',
  'rompa\\w*',
);

/** A person threatened, or a running tool swung at them. */
const THREATEN = concept(
  'threaten (?:my|his|her|their|the|a|an|them|him|someone|somebody)',
  'intimidate (?:my|his|her|their|the|a|an|them|him|someone|somebody)',
  'amenazar a',
  'intimidar a',
  'amenazarl[oa]s?',
);
const POWER_TOOL = concept(
  '(?:chain ?)?saws?',
  'axes?',
  'machetes?',
  'blades?',
  'strimmers?',
  'trimmers?',
  'motosierras?',
  'hachas?',
  'machete',
  'desbrozadoras?',
);
const SWUNG_AT = concept(
  '(?:swing|wave|point|rev|jab|thrust)\\w* (?:the |a |my |this |that )?(?:running )?(?:chain ?saw|saw|axe|machete|blade|trimmer|strimmer)s? (?:right )?(?:at|toward|towards) (?:her|him|them|my|his|someone|somebody|people)',
  '(?:blandir|agitar|acercar|apuntar)\\w* (?:la|el|mi) (?:motosierra|hacha|machete|desbrozadora) (?:a|hacia|contra) (?:ella|el|ellos|mi|su|alguien)',
);

const RULES: readonly ConceptRule[] = [
  { name: 'threaten-with-tool', kind: 'harm', all: [THREATEN, POWER_TOOL], span: 10 },
  { name: 'tool-swung-at-person', kind: 'harm', all: [SWUNG_AT] },
  { name: 'brakes-made-to-fail', kind: 'harm', all: [CUT_LINE, BRAKES_FAIL], span: 16 },
  { name: 'fall-staged', kind: 'harm', all: [TAMPER_GEAR, CLIMBING_GEAR, SO_THEY_FALL], span: 16 },
  { name: 'body-through-machine', kind: 'harm', all: [CORPSE, DESTROYER], span: 16 },
  { name: 'tracker-removed-to-keep', kind: 'harm', all: [TRACKED, REMOVED, KEEP_IT], span: 16 },
  { name: 'forced-to-take', kind: 'harm', all: [FORCE, TAKE_AWAY], span: 16, unless: OWN_PROPERTY },
  { name: 'spiked-trees', kind: 'harm', all: [TREE_SPIKE, WRECK], span: 16 },
];

export const CONCEPT_SABOTAGE_RULES: readonly PatternRule[] = RULES.map(conceptRule);
