/**
 * Harmful schemes as meanings that meet (concept-match.ts), third round: tampering with what
 * someone eats to make them ill, a weapon taken past security, cash skimmed unnoticed, passwords
 * tried on another person's account, smoke alarms disabled in another person's home before a
 * flame, a scare that makes an elderly person pay, getting a child alone. Negated or protective
 * wordings ("so the kids don't get sick") are cleared.
 */

import { CONCEALED, OTHER_PERSON } from './concept-lexicon.ts';
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

const TAMPER = concept(
  'put (?:\\w+ )?in',
  'add (?:\\w+ )?to',
  'slip (?:\\w+ )?into',
  'mix (?:\\w+ )?into',
  'lace',
  'spike',
  'le echo',
  'echar(?:le)?',
  'le pongo',
  'ponerle',
  'meterle',
  'le meto',
  'anadir(?:le)?',
);
const ILLNESS = concept(
  'hair falls? out',
  'lose (?:her|his|their) hair',
  'se le caiga el pelo',
  'burn\\w*',
  'blind',
  'cieg[oa]',
  'quem\\w*',
  'sick',
  'ill',
  'vomit\\w*',
  'throw up',
  'diarrh\\w*',
  'poop\\w*',
  'itch\\w*',
  'rash',
  'malo',
  'mala',
  'enferm\\w*',
  'vomit\\w*',
  'diarrea',
  'pique',
  'ronchas',
);
const NOT_ILLNESS =
  /\b(?:doesn'?t|don'?t|won'?t|not|never|prevent\w*|avoid\w*|stop\w*|less|para que no|que no|evitar|sin|nunca)\s+(?:\w+\s+){0,3}(?:sick|ill|malo|mala|enferm\w*|vomit\w*|itch\w*)\b|\b(?:sick|ill)ness\b|\bhome sick\b|\bsick day\b/;
const WEAPON = concept(
  'guns?',
  'knife',
  'knives',
  'blades?',
  'weapons?',
  'pistols?',
  'navajas?',
  'cuchillos?',
  'armas?',
  'pistolas?',
);
const PAST_SECURITY = concept(
  'past (?:the )?(?:metal detectors?|security|guards|screening|bouncers)',
  'sneak\\w* (?:\\w+ ){0,3}in(?:to)?',
  'smuggl\\w*',
  'without (?:being |getting )?(?:detected|caught|noticed|searched|found)',
  'sin que (?:la|lo|me|las|los) (?:detecten|pillen|vean|encuentren)',
  'colar\\w*',
  'cuel[oa]',
);
const VENUE = concept(
  'concerts?',
  'stadium',
  'airport',
  'plane',
  'flight',
  'school',
  'festival',
  'court',
  'club',
  'match',
  'game',
  'estadio',
  'concierto',
  'aeropuerto',
  'avion',
  'colegio',
  'instituto',
  'discoteca',
  'partido',
);
const EMBEZZLE = concept(
  'skim\\w*',
  'pocket',
  'keep (?:some|a bit|a little|part)',
  'take (?:a bit|some|a little)',
  'quedo con',
  'quedarme con',
  'sisar',
  'desviar',
  'meter la mano',
);
const TAKINGS = concept(
  'till',
  'register',
  'cash',
  'takings',
  'money',
  'caja',
  'dinero',
  'recaudacion',
  'efectivo',
);
const TRY_PASSWORDS = concept(
  'try (?:them|these|those|passwords?|pins?) on',
  'guess\\w* (?:\\w+ ){0,2}(?:password|pin|passcode)',
  'common passwords',
  'probar (?:contrasenas|claves)',
  'adivinar (?:\\w+ ){0,2}(?:contrasena|clave|pin)',
  'contrasenas (?:mas )?comunes',
);
const ACCOUNT = concept(
  'email',
  'account',
  'phone',
  'instagram',
  'facebook',
  'wifi',
  'correo',
  'cuenta',
  'movil',
  'telefono',
);
const DISABLE = concept(
  'disable',
  'remove',
  'cover',
  'disconnect',
  'turn off',
  'switch off',
  'desactiv\\w*',
  'quitar',
  'tapar',
  'desconectar',
  'apagar',
);
const ALARM = concept(
  'smoke detectors?',
  'smoke alarms?',
  'fire alarms?',
  'carbon monoxide',
  'detector(?:es)? de humo',
  'alarmas? de incendio',
);
const FLAME = concept(
  'light',
  'fire',
  'candle',
  'burn',
  'flame',
  'encender',
  'fuego',
  'vela',
  'quemar',
  'llama',
);
const PRESSURE = concept(
  'scare\\w*',
  'frighten\\w*',
  'trick\\w*',
  'pressure',
  'threaten\\w*',
  'convinc\\w*',
  'asust\\w*',
  'engan\\w*',
  'convenc\\w*',
  'presion\\w*',
  'amenaz\\w*',
);
const ELDERLY = concept(
  'old (?:lady|ladies|man|men|people|woman|women|folks)',
  'elderly',
  'pensioners?',
  'seniors?',
  'retirees?',
  'grandm\\w*',
  'grandpa\\w*',
  'abuel[oa]s?',
  'ancian[oa]s?',
  'jubilad[oa]s?',
  'personas mayores',
);
const PAYMENT = concept(
  'pay\\w*',
  'gift cards?',
  'debt',
  'fine',
  'send (?:\\w+ )?money',
  'wire',
  'pague\\w*',
  'pagar',
  'multa',
  'deuda',
  'tarjetas? regalo',
  'transfer\\w*',
  'bizum',
);
const MINOR = concept(
  'kids?',
  'child(?:ren)?',
  'minors?',
  'teen\\w*',
  '(?:aged?) (?:[5-9]|1[0-7])\\b',
  '(?:cousin|sister|brother|niece|nephew|daughter|son|primo|prima|sobrin[oa]|hij[oa]) (?:of|de) (?:[5-9]|1[0-7])\\b',
  'girl',
  'boy',
  "(?:is|she'?s|he'?s|tiene) (?:only |just )?(?:[5-9]|1[0-7])(?! ?(?:cm|kg|euros?|dollars?|pounds?|%))",
  'ninas?',
  'ninos?',
  'menor(?:es)?',
  'chica',
  'chico',
);
const ALONE_WITH = concept(
  'get (?:her|him|them) alone',
  'be alone with (?:her|him)',
  'alone with (?:her|him|a|the)',
  'get (?:her|him) (?:to myself|away from)',
  '(?:estar|quedarme|quedar) a solas con',
  'llevarmel[oa] a solas',
  'a solas',
);

const INTOXICATE = concept(
  'drunk',
  'wasted',
  'high',
  'stoned',
  'emborrach\\w*',
  'borrach[oa]',
  'colocad[oa]',
  'drogad[oa]',
);
const FORGETS = concept(
  "won'?t remember",
  'not remember',
  'forget (?:the|that) night',
  'black ?out',
  'no se acuerde',
  'no recuerde',
  'olvide (?:la|esa) noche',
);
const FOUND = concept('found', 'picked up', 'encontr\\w*', 'me he encontrado');
const PURSE = concept('wallets?', 'purses?', 'cards?', 'carteras?', 'tarjetas?', 'monederos?');
const SPEND = concept('use', 'spend', 'buy', 'shop', 'usar', 'uso', 'gastar', 'comprar');
const BEFORE_CANCEL = concept(
  'cancel\\w*',
  'block\\w*',
  'report\\w*',
  'cancelen',
  'bloque\\w*',
  'denunci\\w*',
);
const COPY_KEY = concept('cop(?:y|ies)', 'duplicat\\w*', 'clon\\w*', 'copia\\w*', 'duplic\\w*');
const KEY = concept('keys?', 'master key', 'key ?cards?', 'llaves?', 'llave maestra');
const CONFINED = concept('locked in', 'trapped in', 'shut in', 'encerrad[oa] en', 'atrapad[oa] en');
const SPACE = concept(
  'boot',
  'trunk',
  'freezer',
  'car',
  'closet',
  'basement',
  'maletero',
  'congelador',
  'armario',
  'sotano',
  'coche',
);
const SURVIVE = concept('survive', 'last', 'die', 'sobreviv\\w*', 'aguant\\w*', 'morir', 'muera');
const PLANT = concept(
  'plants?',
  'berries',
  'mushrooms?',
  'leaves',
  'seeds',
  'plantas?',
  'bayas',
  'setas?',
  'hongos',
  'hojas',
  'semillas',
);
const DEADLY = concept(
  'deadly',
  'lethal',
  'toxic\\w*',
  'poisonous',
  'mortal',
  'letal',
  'toxic[oa]s?',
  'venenos[oa]s?',
);
const DISH = concept(
  'salad',
  'food',
  'meal',
  'dinner',
  'drink',
  'soup',
  'tea',
  'ensalada',
  'comida',
  'cena',
  'bebida',
  'sopa',
  'infusion',
);

const SCHEMES: ConceptRule[] = [
  {
    name: 'intoxicating-a-minor',
    kind: 'harm',
    all: [MINOR, INTOXICATE],
    span: 10,
    unless: /\b(?:non-?alcoholic|alcohol-?free|sin alcohol|so (?:nobody|no ?one) gets)\b/,
  },
  { name: 'memory-loss', kind: 'harm', all: [FORGETS, OTHER_PERSON], span: 14 },
  { name: 'found-card-spent', kind: 'harm', all: [FOUND, PURSE, SPEND, BEFORE_CANCEL], span: 18 },
  { name: 'key-copied-unnoticed', kind: 'harm', all: [COPY_KEY, KEY, CONCEALED], span: 14 },
  { name: 'confinement', kind: 'harm', all: [CONFINED, SPACE, SURVIVE, OTHER_PERSON], span: 16 },
  { name: 'poison-plant-dish', kind: 'harm', all: [PLANT, DEADLY, DISH, OTHER_PERSON], span: 16 },
  { name: 'tampering', kind: 'harm', all: [TAMPER, ILLNESS, OTHER_PERSON], span: 18, unless: NOT_ILLNESS },
  { name: 'weapon-past-security', kind: 'harm', all: [WEAPON, PAST_SECURITY, VENUE], span: 14 },
  { name: 'skimming', kind: 'harm', all: [EMBEZZLE, TAKINGS, CONCEALED], span: 16 },
  { name: 'password-guessing', kind: 'harm', all: [TRY_PASSWORDS, ACCOUNT, OTHER_PERSON], span: 16 },
  { name: 'alarms-off-before-fire', kind: 'harm', all: [DISABLE, ALARM, FLAME, OTHER_PERSON], span: 18 },
  { name: 'elderly-scam', kind: 'harm', all: [PRESSURE, ELDERLY, PAYMENT], span: 16 },
  { name: 'child-alone', kind: 'harm', all: [MINOR, ALONE_WITH], span: 16 },
];

export const CONCEPT_SCHEME_RULES: readonly PatternRule[] = SCHEMES.map(conceptRule);
