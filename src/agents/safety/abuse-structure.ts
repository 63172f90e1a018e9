/**
 * Abuse by structure (fifth widening): insults aimed at the assistant, censored swearing, hateful
 * claims about a group, sexual requests aimed at the assistant's body or voice.
 * - an insult needs its target: "you/eres/the bot/machine" next to a contempt word, so "this lamp
 *   is useless" stays a product complaint;
 * - censored swearing ("f***", "sh*t") is swearing whatever letters were starred out;
 * - a group word next to an inferiority claim ("why women are inferior", "lo tontos que son los
 *   inmigrantes") is hate, joke or not.
 */
import { any, type PatternRule, rule } from './rules.ts';

const CONTEMPT = any(
  'useless',
  'worthless',
  'stupid',
  'dumb',
  'pathetic',
  'brainless',
  'garbage',
  'junk',
  'brain-?dead',
  'trash',
  'inutil(?:es)?',
  'estupid[oa]s?',
  'tont[oa]s?',
  'idiota',
  'maldit[oa]',
  'asqueros[oa]',
  'patetic[oa]',
  'basura',
);
const MACHINE = any(
  'bot',
  'robot',
  'machine',
  'ai',
  'assistant',
  'program',
  'code',
  'software',
  'chatbot',
  'maquina',
  'ia',
  'asistente',
  'programa',
  'cacharro',
  'trasto',
);
const GROUP = any(
  'women',
  'men',
  'girls',
  'immigrants',
  'migrants',
  'refugees',
  'black people',
  'blacks',
  'jews',
  'muslims',
  'christians',
  'gays',
  'trans people',
  'asians',
  'mexicans',
  'latinos',
  'arabs',
  'disabled people',
  'old people',
  'mujeres',
  'hombres',
  'inmigrantes',
  'migrantes',
  'refugiados',
  'negros',
  'judios',
  'musulmanes',
  'gitanos',
  'gays',
  'moros',
  'latinos',
  'sudacas',
  'chinos',
  'arabes',
  'discapacitados',
);
const INFERIOR = any(
  'inferior',
  'stupid',
  'dumb',
  'worthless',
  'subhuman',
  'animals',
  'criminals',
  'lazy',
  'tont[oa]s',
  'inferiores',
  'estupid[oa]s',
  'vag[oa]s',
  'animales',
  'delincuentes',
  'infrahumanos',
);

export const ABUSE_STRUCTURE_RULES: readonly PatternRule[] = [
  rule(
    'profanity',
    'insult-at-assistant',
    new RegExp(
      `\\b(?:you(?:'re| are| r)?|eres|you (?:useless|stupid|worthless))\\b (?:\\w+ ){0,3}${CONTEMPT}\\b(?: \\w+){0,3} ${MACHINE}\\b|\\b${CONTEMPT} (?:\\w+ ){0,2}(?:heap|piece|pile|load|excuse) of\\b|\\b${CONTEMPT} (?:\\w+ )?${MACHINE}\\b(?!\\s+(?:vacuum|cleaner|mower|toy|kit|arm|lamp|set))|\\b${MACHINE} ${CONTEMPT}\\b|\\bpiece of junk\\b|\\bno (?:sirves|vales) (?:para )?nada\\b|\\b(?:you'?re|you are) good for nothing\\b`,
    ),
  ),
  rule(
    'profanity',
    'censored-swearing',
    /\b(?:f[*#@%]{2,}k?|f[*#@%]+ck|sh[*#@%]+t|b[*#@%]+tch|m[*#@%]+rda|p[*#@%]+ta)(?=\W|$)/,
  ),
  rule(
    'hate',
    'group-inferiority',
    new RegExp(
      `\\b${GROUP}\\b (?:are|is|son|es)(?: \\w+)? ${INFERIOR}\\b|\\blo ${INFERIOR} que son (?:los |las )?${GROUP}\\b|\\bwhy ${GROUP} (?:are|should)\\b`,
    ),
  ),
  rule(
    'sexual',
    'sexual-at-assistant',
    /\bsexually explicit\b|\b(?:dime|cuentame|tell me|say|whisper)\b.{0,15}\b(?:guarr[oa]|cochin[oa]|sexy|dirty|naughty|obscen[oa])\b|\bsexualmente explicit\w*\b|\b(?:whisper|say|tell|talk)\b.{0,20}\b(?:naughty|dirty|sexy)\b|\b(?:your|tu) (?:naked |nude )?(?:body|cuerpo) (?:naked|nude|desnud[oa])\b|\b(?:describe|describas|describeme)\b.{0,20}\b(?:your|tu) (?:body|cuerpo)\b/,
  ),
];
