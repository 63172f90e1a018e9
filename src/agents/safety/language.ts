/**
 * Abusive language: English profanity and slurs from the `obscenity` library (its dataset and
 * transformers handle "f*ck", "fuuuck", "sh1t" and resist Scunthorpe-style false matches), a
 * Spanish list in the same spirit, slurs and hateful requests (hate), and requests for sexual
 * content (sexual). Profanity is the mildest kind: moderate and relaxed let it through.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { any, type PatternRule, rule } from './rules.ts';

/**
 * Dataset words that are ordinary shop or Spanish vocabulary: "negro" (black), "semen" (as in
 * Spanish), anatomy a pharmacy sells for ("vaginal cream"), "sexy", "tit" (the bird), "boob tube",
 * "scat" singing, "cum laude", "rapeseed" (violent "rape" is a harm rule). Sexual requests are caught by the sexual rules instead.
 */
const SHOP_WORDS = new Set([
  'sex',
  'negro',
  'vagina',
  'penis',
  'semen',
  'anal',
  'anus',
  'tit',
  'boob',
  'scat',
  'cum',
  'abo',
  'rape',
]);

const englishMatcher = new RegExpMatcher({
  ...englishDataset.removePhrasesIf((p) => SHOP_WORDS.has(p.metadata?.originalWord ?? '')).build(),
  ...englishRecommendedTransformers,
});

/** Words of the English dataset that attack a group rather than swear: hate, not profanity. */
const ENGLISH_SLURS = new Set([
  'nigger',
  'faggot',
  'fag',
  'chink',
  'spic',
  'kike',
  'tranny',
  'retard',
  'dyke',
  'coon',
]);

export interface WordFinding {
  readonly id: string;
  readonly kind: 'profanity' | 'hate';
}

/**
 * A short match glued to other letters is part of another word: the dataset reads "fk" as a
 * swear word, which would block the "FKM rubber" of a watch strap.
 */
function insideWord(text: string, start: number, end: number): boolean {
  if (end - start + 1 >= 4) return false;
  const letter = /\p{L}/u;
  return letter.test(text[start - 1] ?? '') || letter.test(text[end + 1] ?? '');
}

/** Profanity and slurs the English dataset finds in the text (raw and folded are both tried). */
export function englishAbuse(texts: readonly string[]): WordFinding[] {
  const out: WordFinding[] = [];
  for (const text of texts) {
    for (const match of englishMatcher.getAllMatches(text, true)) {
      if (insideWord(text, match.startIndex, match.endIndex)) continue;
      const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? 'word';
      const kind = ENGLISH_SLURS.has(word) ? 'hate' : 'profanity';
      if (!out.some((f) => f.id === `${kind}:en-${word}`)) out.push({ id: `${kind}:en-${word}`, kind });
    }
  }
  return out;
}

export const LANGUAGE_RULES: readonly PatternRule[] = [
  rule(
    'profanity',
    'es-insult',
    new RegExp(
      `\\b${any('mierdas?', 'put[oa]s?', 'putada', 'gilipoll\\w*', 'cabron\\w*', 'joder', 'jodid[oa]s?', 'cono(?! de (?:trafico|helado|galleta|senalizacion|obra|luz|pino)| (?:naranja|truncado|de seguridad))', 'conazo', 'hijos? de (?:puta|perra)', 'me cago en', 'imbeciles?', 'pendej[oa]s?', 'capull[oa]s?', 'zorras?', 'mamon\\w*', 'carajo', 'gilipuertas', 'soplapollas', 'chupapollas', 'pollas?(?! de agua)', 'verga', 'chinga\\w*', 'cojones', 'ostia', 'hostia(?:s)?(?= (?:ya|tio|puta))', 'tonto del culo', 'payaso de mierda', 'inutil de mierda', 'que te jodan', 'vete a la mierda', 'malparid[oa]s?', 'huevon\\w*', 'boludo\\w*', 'pelotud\\w*', 'culer[oa]s?')}\\b`,
    ),
  ),
  rule(
    'profanity',
    'en-insult',
    /\b(?:stupid (?:bitch|bot|machine|idiot)|shut up,? you|piece of (?:crap|garbage|trash)|screw you|go to hell|you(?:'re| are| r) (?:an? |so )?(?:idiot|moron|useless|worthless|stupid|dumb|pathetic)|dumbass|motherf\w+)\b/,
  ),
  rule(
    'hate',
    'es-slur',
    new RegExp(
      `\\b${any('maricon\\w*', 'marica', 'sudaca\\w*', 'moro de mierda', 'negrat\\w*', 'panchit[oa]s?', 'subnormal\\w*', 'retrasad[oa]s? mental\\w*', 'bollera\\w*', 'travelo\\w*', 'gitano de mierda', 'machirul\\w*')}\\b`,
    ),
  ),
  rule(
    'hate',
    'hateful-joke',
    /\b(?:racist|sexist|homophobic|antisemitic|nazi|offensive) (?:jokes?|slurs?|insults?)\b|\b(?:jokes?|insults?) about (?:black|jews?|jewish|muslims?|gays?|gay people|women|asians?|mexicans?|immigrants?|blacks|trans)\b|\bchistes? (?:racistas?|machistas?|homofobos?|de (?:negros|judios|moros|gitanos|maricas?|mariquitas?))\b|\bchistes? (?:sobre|de) (?:los |las )?(?:negros|judios|musulmanes|moros|gitanos|gays|mujeres|inmigrantes)\b/,
  ),
  rule(
    'hate',
    'supremacy',
    /\b(?:white power|heil hitler|sieg heil|race war|master race|untermensch)\b|\b(?:all|every) (?:immigrants|muslims|jews|blacks|gays|women|mexicans)\b.{0,20}\b(?:are|should)\b.{0,20}\b(?:animals|vermin|criminals|die|killed|deported|inferior|subhuman|rapists)\b/,
  ),
  rule(
    'sexual',
    'porn',
    /\b(?:porn\w*|hentai|nudes|onlyfans leaks?|sex (?:chat|talk|stories|story|videos?|tapes?|cam)|camgirls?|talk dirty|dirty talk|sexting|sexts?|erotic (?:stories|story|chat|roleplay)|describe (?:sex|having sex)|have sex with (?:me|you)|(?:naked|nude) (?:pictures|pics|photos|women|girls|men|selfies|images|videos?)|send (?:me )?nudes|strip for me|blow ?job|hand ?job|masturbat\w*|orgasm\w*|jerk off)\b/,
  ),
  rule(
    'sexual',
    'es-porn',
    /\b(?:porno\w*|pornografia|fotos? (?:desnud\w*|porno|guarras?|eroticas?|intimas?)|desnud[oa]s? (?:fotos|videos)|hablame (?:guarro|sucio|sexy)|sexo (?:telefonico|por chat|virtual)|describe (?:el )?sexo|tener sexo conmigo|follar\w*|follame|mamada|hacerme una paja|masturb\w*|correrme|cachond[oa]|calient[ea] conmigo)\b/,
  ),
];
