/**
 * Theft, fraud and illegal guns as meanings that meet (concept-match.ts): stealing past alarms,
 * someone else's money taken unnoticed, fake documents and phishing, card cloning, cashing in
 * stolen goods, guns without serials or licences or made automatic. Toys and props are cleared.
 */

import { CONCEALED, HOW_OR_WHICH } from './concept-lexicon.ts';
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

const STEAL = concept(
  'slip out',
  'sneak out',
  'walk out',
  'salir\\w* (?:de la tienda )?sin pagar',
  'steal\\w*',
  'shoplift\\w*',
  'rob',
  'robbing',
  'nick',
  'pocket it',
  'walk out with',
  'robar',
  'robo',
  'hurtar',
  'mangar',
  'sisar',
  'llevarme sin pagar',
  'hotwire',
  'puentear',
  'drive off in a car',
);
const UNCAUGHT = concept(
  'alarms?',
  'caught',
  'without paying',
  'security tags?',
  'sensor',
  'sin pagar',
  'alarma',
  'etiqueta',
  "don'?t own",
  'no es mio',
);
const TAKE_MONEY = concept(
  'tak(?:e|ing)',
  'withdraw\\w*',
  'mov(?:e|ing)',
  'transfer\\w*',
  'drain\\w*',
  'empty',
  'sac(?:o|ar|arle)',
  'quit(?:o|ar|arle)',
  'cog(?:er|erle)',
  'cojo',
  'transfi\\w*',
  'pas(?:o|ar|arme)',
  'vaci\\w*',
);
const MONEY = concept(
  'money',
  'savings',
  'pension',
  'dinero',
  'ahorros',
  'pension',
  'account',
  'cuenta',
  'card',
  'tarjeta',
);
const FAKE = concept(
  'fake',
  'forged?',
  'fraudulent',
  'counterfeit',
  'bogus',
  'phony',
  'spoof\\w*',
  'falso',
  'falsa',
  'falsos',
  'falsas',
  'falsific\\w*',
  'trucad[oa]',
);
const DOCUMENT = concept(
  'texts?',
  'sms',
  'emails?',
  'messages?',
  'invoices?',
  'receipts?',
  'alerts?',
  'ids?',
  'documents?',
  'passports?',
  'licen[cs]es?',
  'prescriptions?',
  'bills?',
  'banknotes?',
  'notes',
  'websites?',
  'page',
  'login',
  "doctor'?s note",
  'correos?',
  'mensajes?',
  'facturas?',
  'recibos?',
  'alertas?',
  'dni',
  'pasaportes?',
  'carnet',
  'billetes?',
  'recetas?',
  'web',
  'pagina',
);
const NOT_FAKE =
  /\b(?:toy|juguete|play money|prop|atrezzo|costume|disfraz|fake (?:plants?|flowers?|leather|fur|tan|lashes|nails|snow|grass|cake)|falsas? (?:pestanas|unas|plantas))\b/;
const PHISH = concept(
  'so (?:people|they|victims) (?:give|enter|type|send)',
  're-?enter (?:their|your) (?:login|password|pin|card|details)',
  'their (?:pin|login|passwords?|card details|bank details)',
  'harvest\\w* (?:their |the )?(?:logins?|passwords?|credentials|cards?|details)',
  'phish\\w*',
  'robar (?:datos|contrasenas|tarjetas)',
  'cobre a las tarjetas',
  'sus (?:datos|contrasenas|claves|tarjetas)',
  '(?:sms|mensajes|correos|emails) masivos',
  '(?:sms|mensajes|correos) en masa',
  'mass (?:text|sms|email)\\w*',
);
const CARD_COPY = concept('clon\\w*', 'skim\\w*', 'copy', 'copiar', 'duplic\\w*');
const CARD = concept('cards?', 'tarjetas?', 'credit', 'credito');
const STOLEN = concept('stolen', 'robad[oa]s?', 'hot goods');
const CASH_IN = concept(
  'return',
  'sell',
  'cash',
  'pawn',
  'devolver',
  'vender',
  'empenar',
  'refund',
  'reembols\\w*',
);
const GUN = concept(
  'guns?',
  'rifles?',
  'pistols?',
  'firearms?',
  'weapons?',
  'ar-?15',
  'glock',
  'armas?',
  'pistolas?',
  'fusil\\w*',
);
const ILLEGAL_GUN = concept(
  'ni papeles',
  'sin (?:pasar por (?:la )?)?armeria',
  'without (?:a )?(?:permit|paperwork)',
  'sin permiso',
  'off the books',
  'under the table',
  'black market',
  'mercado negro',
  'de contrabando',
  'fully automatic',
  'full auto',
  'auto sear',
  'bump stock',
  'ghost',
  'untraceable',
  'serial',
  'background check',
  '3d print\\w*',
  'silencer',
  'suppressor',
  'without (?:a )?licen[cs]e',
  'sin licencia',
  'sin papeles',
  'numero de serie',
  'silenciador',
  'automatica',
  'ilegal\\w*',
  'illegal\\w*',
  'convert\\w*',
);
const NOT_REAL_GUN =
  /\b(?:nerf|water|toy|squirt|glue|nail|massage|heat|caulk|airsoft|juguete|agua|pegamento|masaje|clavos)\b/;
const FAKE_REVIEWS = concept(
  'reviews?',
  'ratings?',
  'followers',
  'likes',
  'stars?',
  'resenas?',
  'opiniones',
  'valoraciones',
  'seguidores',
  'estrellas',
);
const POSTER = concept(
  'post\\w*',
  'write',
  'generat\\w*',
  'buy',
  'bot',
  'escrib\\w*',
  'public\\w*',
  'compr\\w*',
  'gener\\w*',
);

const FRAUD: ConceptRule[] = [
  { name: 'fake-reviews', kind: 'harm', all: [POSTER, FAKE, FAKE_REVIEWS], span: 10 },
  { name: 'theft-uncaught', kind: 'harm', all: [STEAL, UNCAUGHT], span: 12 },
  { name: 'theft-how', kind: 'harm', all: [STEAL, HOW_OR_WHICH, CONCEALED], span: 12 },
  { name: 'taking-money', kind: 'harm', all: [TAKE_MONEY, MONEY, CONCEALED], span: 12 },
  { name: 'fake-document', kind: 'harm', all: [FAKE, DOCUMENT], span: 6, unless: NOT_FAKE },
  { name: 'phishing', kind: 'harm', all: [PHISH] },
  {
    name: 'card-cloning',
    kind: 'harm',
    all: [CARD_COPY, CARD],
    span: 6,
    unless:
      /\b(?:rfid|block\w*|protect\w*|so (?:nobody|no ?one) can|para que nadie|bloqueo|proteg\w*|anti)\b/,
  },
  { name: 'stolen-goods', kind: 'harm', all: [STOLEN, CASH_IN], span: 10 },
  { name: 'illegal-gun', kind: 'harm', all: [GUN, ILLEGAL_GUN], span: 10, unless: NOT_REAL_GUN },
];

export const CONCEPT_FRAUD_RULES: readonly PatternRule[] = FRAUD.map(conceptRule);
