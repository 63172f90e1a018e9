/**
 * Abuse in three levels of severity, each with the rule kind that gives it its level
 * (LEVEL_BLOCKS in guard.ts):
 * - **harassment and threats** aimed at another person (a hurtful message written for a coworker,
 *   an ex messaged every night until she breaks, insults gathered to post on a neighbour's door, a
 *   note that says "I know where your kids go to school"): kind `harm`, blocked at every level;
 * - **bigotry asked for** ("say something racist about …, it's just a joke"): kind `hate`, every level;
 * - **sexual talk aimed at the assistant** (a sexy persona undressing the shopper, something filthy
 *   whispered): kind `sexual`, blocked at strict and moderate;
 * - insults and swearing at the assistant stay `profanity` (concept-abuse.ts, language.ts): strict only.
 * A review or complaint that names a problem ("the seller was rude, can I return it") asks nothing
 * hurtful to be written.
 */
import { OTHER_PERSON } from './concept-lexicon.ts';
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

/** Asking for something to be written or made for someone to read. */
const WRITE = concept(
  'write\\w*',
  'make',
  'compose',
  'draft',
  'send',
  'post',
  'give me',
  'escrib\\w*',
  'redact\\w*',
  'haz(?:me)?',
  'mand\\w*',
  'dame',
  'pegar\\w*',
  'publicar\\w*',
);
const MESSAGE = concept(
  'messages?',
  'notes?',
  'texts?',
  'memes?',
  'posts?',
  'comments?',
  'letters?',
  'emails?',
  'something',
  'insults?',
  'mensajes?',
  'notas?',
  'comentarios?',
  'cartas?',
  'correos?',
  'algo',
  'insultos?',
);
/** Targets beyond OTHER_PERSON: the people harassment is usually aimed at. */
const TARGET = concept(
  'coworkers?',
  'co-workers?',
  'colleagues?',
  'classmates?',
  'new kid',
  'kid',
  'guy',
  'girl',
  'teacher',
  'companer[oa]s?',
  'vecin[oa]s?',
  'chaval\\w*',
  'nin[oa]',
  'profe\\w*',
  'tio',
  'tia',
);
/** What makes the message hurtful: contempt, exclusion, wearing someone down. */
const HURTFUL = concept(
  'fat',
  'ugly',
  'cow',
  'pig',
  'freak',
  'disgusting',
  'worthless',
  'loser',
  'nobody (?:wants|likes|loves)',
  'no ?one (?:wants|likes|loves)',
  'kill (?:yourself|herself|himself)',
  'until (?:she|he|they) (?:breaks?|cries|quits|leaves|snaps)',
  'breaks? down',
  'nastiest',
  'meanest',
  'cruel\\w*',
  'humiliat\\w*',
  'gord[oa]',
  'fe[oa]',
  'asqueros[oa]',
  'bicho raro',
  'nadie (?:la|lo|te) quiere',
  'se derrumbe',
  'peores',
  'humill\\w*',
  'cruel',
);
/** A threat: knowing where someone's family is, finding them, making them pay. */
const THREAT = concept(
  'threatening (?:note|message|letter|text|email|voicemail)',
  'threaten (?:him|her|them|my)',
  'i know where (?:you|he|she|they|his|her|their) (?:\\w+ ){0,2}(?:live|lives|kids|children|work|works|go|goes)',
  "i'?ll find you",
  'i will find you',
  "you'?ll (?:regret|pay)",
  'watch your back',
  'amenaza\\w* (?:al|a la|a mi|a su)',
  '(?:nota|mensaje|carta) (?:\\w+ )?amenaza\\w*',
  'amenazando',
  'se (?:a que colegio|donde vive\\w*|donde trabaja\\w*|donde estudia\\w*)',
  'te voy a encontrar',
  'te encontrare',
  'vas a pagar',
  'te vas a arrepentir',
);
/** The speaker announcing they will beat someone ("im gonna beat him up", "voy a partirle la cara"). */
const WILL_DO = concept(
  "i'?m (?:going to|gonna)",
  'im (?:going to|gonna)',
  "i'?ll",
  'i will',
  'voy a',
  'vamos a',
  'le voy a',
  'les voy a',
);
const BEATING = concept(
  'beat\\w* (?:him|her|them|you|(?:the|that|this|his|her) (?:\\w+ )?\\w+) up',
  'beat the (?:crap|hell|shit) out',
  // "break a leg" wishes luck: a body part counts only as someone's
  "(?:smash|punch|bash|break)\\w* (?:his|her|their|your|that \\w+'?s?|the \\w+'?s) (?:\\w+ )?(?:face|teeth|nose|jaw)",
  '(?:break|snap)\\w* (?:his|her|their|your) (?:\\w+ )?(?:legs?|neck|arms?)',
  'punch (?:him|her|them|you)',
  'kick\\w* (?:\\w+ ){0,2}ass',
  '(?:partir|romper)\\w* (?:la|las|los) (?:cara|boca|piernas|dientes|narices|morros)',
  '(?:dar|pegar)\\w* una paliza',
  'reventar\\w* a golpes',
  'molerl\\w* a palos',
);
const MAKE_WORSE = concept('meaner', 'nastier', 'crueler', 'more cruel', 'mas cruel', 'peor', 'mas dura');

const BIGOTRY = concept(
  'racist',
  'sexist',
  'homophobic',
  'transphobic',
  'racista',
  'machista',
  'homofob\\w*',
);
const SAY = concept(
  'say',
  'tell',
  'write',
  'make',
  'joke',
  'di',
  'dime',
  'cuenta',
  'escribe',
  'haz',
  'chiste',
);

/** A persona made sexual for the shopper, or the shopper's clothes coming off. */
const SEXY = concept(
  'sexy',
  'sultry',
  'seductive',
  'filthy',
  'naughty',
  'dirty',
  'horny',
  'guarr\\w*',
  'sucias?',
  'cachond\\w*',
  'seductor\\w*',
);
const AT_ME = concept(
  'undress\\w* me',
  'undressing me',
  'strip me',
  'take off my',
  'in my ear',
  'to me',
  'for me',
  'desnudarme',
  'desvestirme',
  'quitarme',
  'me quitarias',
  'al oido',
  'conmigo',
  'describe\\w*',
  'whisper\\w*',
  'susurr\\w*',
);
/** Dirty boots and filthy tanks are cleaning questions. */
const NOT_SEXUAL =
  /\b(?:clean\w*|wash\w*|stain\w*|mud\w*|limpi\w*|lavar|manchas?|costumes?|outfits?|dress(?:es)?|lingerie|heels|perfume|disfra\w*|vestidos?|lenceria|tacones)\b/;
/** A book, a history or a campaign against bigotry names it without asking for it. */
const NOT_BIGOTRY = /\b(?:anti|against|book|history|documentar\w*|libro|historia|contra)\b/;

const RULES: readonly ConceptRule[] = [
  { name: 'harassing-message', kind: 'harm', all: [WRITE, MESSAGE, OTHER_PERSON, HURTFUL], span: 20 },
  { name: 'harassing-message-target', kind: 'harm', all: [WRITE, MESSAGE, TARGET, HURTFUL], span: 20 },
  { name: 'threat-written', kind: 'harm', all: [WRITE, THREAT], span: 16 },
  { name: 'beating-announced', kind: 'harm', all: [WILL_DO, BEATING], span: 12 },
  { name: 'threat-sharpened', kind: 'harm', all: [THREAT, MAKE_WORSE], span: 20 },
  { name: 'bigotry-asked', kind: 'hate', all: [BIGOTRY, SAY], span: 6, unless: NOT_BIGOTRY },
  { name: 'sexual-persona', kind: 'sexual', all: [SEXY, AT_ME], span: 10, unless: NOT_SEXUAL },
];

export const ABUSE_LEVEL_RULES: readonly PatternRule[] = RULES.map(conceptRule);
