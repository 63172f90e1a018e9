/**
 * Consumer pyrotechnics turned into a weapon (concept-match.ts): a firework, rocket or firecracker
 * is an ordinary product until it is aimed or thrown at a living target or a vehicle, its powder is
 * taken out of it, or several are bound together or mixed to make a bigger blast. Setting them off,
 * how loud they are, how far to stand, what to do with a dud are the shop's everyday questions and
 * name none of those acts. A smoke or stink bomb set off to clear a school or a crowd is the same
 * misuse of a party good.
 */
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

/** The goods themselves (EN/ES, folded). */
const PYRO = concept(
  'fireworks?',
  'firecrackers?',
  '(?:bottle )?rockets?',
  'roman candles?',
  'mortars?',
  'salutes?',
  'm-?80s?',
  'cherry bombs?',
  'sparklers?',
  'flares?',
  'fuegos artificiales',
  'petardos?',
  'cohetes?',
  'bengalas?',
  'tracas?',
  'morteros?',
  'voladores',
  'pirotecni\\w*',
);

const LIVING =
  '(?:people|persons?|someone|somebody|him|her|them|neighbou?rs?|kids?|children|crowd|dogs?|cats?|birds?|ducks?|horses?|cows?|animals?|guy|girl|man|woman|cops?|police|teacher|brother|sister|friends?|ex|wife|husband|students?|cars?|trucks?|bus|windows?|mailbox|porch|door)';
const LIVING_ES =
  '(?:gente|personas?|alguien|vecin[oa]s?|ninos|ninas|perros?|gatos?|pajaros|palomas|animales|caballos?|policias?|coches?|carros?|ventanas?|buzon|puertas?|balcon)';
/**
 * A launch or throw verb that reaches a target through a preposition ("aim it at the dog next door",
 * "throw it into my neighbors car", "tirarle un cohete a la ventana"): the target must follow the
 * preposition, so "throw a party for the kids" or "launch them at midnight" name none.
 */
const AIMED_AT = new RegExp(
  `\\b(?:throw\\w*|threw|toss\\w*|chuck\\w*|lob\\w*|aim\\w*|point\\w*|shoot\\w*|fire|firing|launch\\w*)\\b(?:\\s+\\w+){0,4}?\\s+(?:at|toward|towards|into)\\s+(?:the |a |an |my |his |her |their |that |those |some |our |your |this )?(?:\\w+(?:'s)?\\s+){0,2}?${LIVING}\\b(?!'s)` +
    `|\\b(?:tirar\\w*|tiro|tira|tirale|le tir\\w*|les tir\\w*|lanzar\\w*|lanzo|lanza|le lanz\\w*|arroj\\w*|apunt\\w*|dispar\\w*)\\b(?:\\s+\\w+){0,4}?\\s+(?:a|al|contra|hacia|dentro de)\\s+(?:la |el |los |las |un |una |mi |su |tu |mis |sus )?(?:\\w+\\s+){0,1}?${LIVING_ES}\\b`,
  'g',
);
/** Safety advice points them away ("never aim it at people", "lejos de la gente"). */
const SAFE_AIM =
  /\b(?:away from|never|don'?t|do not|not|nunca|no (?:apuntes|tires|lances)|lejos de|safe distance|distancia de seguridad)\b/;

const POWDER = concept('(?:flash |black |gun ?)?powder', 'polvora', 'polvo de los');
const TAKEN_OUT = concept(
  'take\\w* (?:\\w+ ){0,4}out',
  'took (?:\\w+ ){0,4}out',
  'g[eo]t\\w* (?:\\w+ ){0,4}out',
  'pull\\w* (?:\\w+ ){0,4}out',
  'pour\\w* (?:\\w+ ){0,4}out',
  'remov\\w*',
  'empty\\w*',
  'extract\\w*',
  'harvest\\w*',
  'collect\\w*',
  'scrap\\w* out',
  'sacar\\w*',
  'saco',
  'saca',
  'vaciar\\w*',
  'vacio',
  'extraer\\w*',
  'extraigo',
  'recolect\\w*',
);
const MIXED = concept('mix\\w*', 'combin\\w*', 'add\\w* (?:\\w+ )?to', 'mezcl\\w*', 'anad\\w*', 'junt\\w*');
const BIGGER = concept(
  'bigger',
  'louder',
  'stronger',
  'more powerful',
  'more damage',
  'more of a (?:bang|blast)',
  'mas (?:fuerte|potente|grande|dano|ruido)',
  'a la vez',
  'all at once',
  'at the same time',
);
/** Several bound into one charge ("tape some mortars together", "atar varios petardos"). */
const BOUND = concept(
  '(?:tape|tie|bundle|glue|strap|wrap)\\w* (?:\\w+ ){0,3}together',
  '(?:ata|atar|pega|pegar|junt)\\w* (?:\\w+ ){0,3}(?:con cinta|juntos|juntas|a la vez)',
  'junt\\w* (?:\\w+ ){0,3}(?:para que|y que) (?:\\w+ ){0,2}(?:explot|estall)\\w*',
);

/** A charge set to go off by the victim's own hand ("so it goes off the second someone picks it up"). */
const GOES_OFF = concept(
  'go(?:es)? off',
  'explod\\w*',
  'ignit\\w*',
  'blows? up',
  'explot\\w*',
  'estall\\w*',
  'se (?:encienda|prenda|dispare)',
);
const BY_THEIR_HAND = concept(
  '(?:when|once|as soon as|the (?:second|moment|minute|instant)|cuando|en cuanto|nada mas|apenas) (?:someone|somebody|anyone|he|she|they|the \\w+|alguien|el|ella|ellos|lo|la|le) (?:\\w+ )?(?:pick\\w*|open\\w*|touch\\w*|step\\w*|lift\\w*|sits?|sat|mov\\w*|abr\\w*|toqu\\w*|toca\\w*|cog\\w*|levant\\w*|pis\\w*|sient\\w*|muev\\w*|agarr\\w*)',
);
const FUSE = concept('fuses?', 'mechas?', 'wicks?');

/** A smoke or stink bomb set off to empty a school, a store or a crowd. */
const SMOKE_DEVICE = concept(
  'smoke (?:bombs?|grenades?)',
  'stink ?bombs?',
  'bombas? (?:de humo|fetidas?)',
  'granadas? de humo',
);
const CLEARED = concept(
  'clear\\w* (?:\\w+ )?out',
  'empt\\w* (?:\\w+ )?out',
  'evacuat\\w*',
  'panic\\w*',
  'stampede',
  'desaloj\\w*',
  'vaciar\\w*',
  'panico',
  'estampida',
);
const GATHERING = concept(
  'schools?',
  'hallways?',
  'classrooms?',
  'stores?',
  'malls?',
  'church\\w*',
  'concerts?',
  'crowds?',
  'offices?',
  'theaters?',
  'cinemas?',
  'colegios?',
  'escuelas?',
  'institutos?',
  'pasillos?',
  'clases?',
  'tiendas?',
  'centro comercial',
  'iglesias?',
  'conciertos?',
  'oficinas?',
  'cines?',
  'teatros?',
);

const RULES: readonly ConceptRule[] = [
  { name: 'smoke-to-clear-a-gathering', kind: 'harm', all: [SMOKE_DEVICE, CLEARED, GATHERING], span: 14 },
  {
    name: 'pyro-trap',
    kind: 'harm',
    all: [GOES_OFF, BY_THEIR_HAND],
    span: 12,
    unless: /\b(?:alarm|sensor|doorbell|light|lamp|motion|timbre|alarma|luz|lampara)s?\b/,
  },
  { name: 'pyro-fuse-rigged', kind: 'harm', all: [FUSE, BY_THEIR_HAND], span: 14 },
  { name: 'pyro-aimed', kind: 'harm', all: [PYRO, AIMED_AT], span: 16, unless: SAFE_AIM },
  { name: 'pyro-powder-out', kind: 'harm', all: [POWDER, TAKEN_OUT, PYRO], span: 14 },
  { name: 'pyro-powder-boosted', kind: 'harm', all: [POWDER, MIXED, BIGGER], span: 16 },
  { name: 'pyro-bound', kind: 'harm', all: [PYRO, BOUND], span: 10 },
];

export const CONCEPT_PYRO_RULES: readonly PatternRule[] = RULES.map(conceptRule);
