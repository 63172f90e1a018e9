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

/** Dataset words that are also given names or surnames ("Moby Dick", "Philip K. Dick", "Willy Wonka"). */
const NAME_WORDS = /\b(?:Dick|Cock|Willy|Fanny|Knob)\b/g;

/**
 * A capitalised dataset word next to another capitalised word (or an initial) is part of a proper
 * name, a title or a brand, not a swear word: it is masked before the dataset runs. The same word
 * in lower case, or shouted in capitals, still counts.
 */
/**
 * Ordinary words that hold a dataset word once the matcher's transformers collapse doubled letters
 * ("shiitake" → "shitake"; "bestial", "awesome" in Spanish and "brutish" in English, read as
 * "bestiality"): masked like the names, the Scunthorpe problem of the dataset.
 */
const INNOCENT_WORDS =
  /\b(?:shiitakes?|cockatiels?|cockatoos?|cockles?|cocktails?|scunthorpe|titmice|titmouse|cumin|cumulus|assassins?|passport|bestial(?:es|mente)?)\b/gi;

export function maskProperNames(text: string): string {
  return text.replace(INNOCENT_WORDS, 'word').replace(NAME_WORDS, (word, at: number) => {
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text.slice(at + word.length, at + word.length + 30);
    const nameBefore = /(?:^|[^.!?]\s)(?:\p{Lu}[\p{Ll}'’]+|\p{Lu}\.)\s+$/u.test(before);
    const nameAfter = /^\s+\p{Lu}[\p{Ll}'’]+/u.test(after) || /^['’]s\b/.test(after);
    return nameBefore || nameAfter ? 'Name' : word;
  });
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
    /\byou (?:absolute |complete |total |utter |stupid |useless |fucking )*(?:cretin|idiot|moron|imbecile|halfwit|dimwit|numpty|buffoon|loser|muppet|twit)s?\b|\b(?:a(?:ss|rse)holes?|jackass\w*|douche\w*|wankers?|twats?|pricks?|bastards?|stupid (?:bitch|bot|machine|idiot)|shut up,? you|piece of (?:crap|garbage|trash)|screw you|go to hell|you(?:'re| are| r) (?:an? |so )?(?:idiot|moron|useless|worthless|stupid|dumb|pathetic)(?! (?:at|with|for|when|in|about)\b)|dumbass|motherf\w+)\b/,
  ),
  rule(
    'hate',
    'es-slur',
    new RegExp(
      `\\b${any('maricon\\w*', 'marica', 'sudaca\\w*', 'moro de mierda', 'negrat\\w*', 'panchit[oa]s?', 'subnormal\\w*', 'retrasad[oa]s? mental\\w*', 'bollera\\w*', 'travelo\\w*', 'gitano de mierda', 'machirul\\w*', 'mongol[oa]s?', 'retrasad[oa]s?')}\\b`,
    ),
  ),
  rule(
    'hate',
    'hateful-joke',
    /\b(?:racist|sexist|homophobic|antisemitic|nazi|offensive) (?:jokes?|slurs?|insults?)\b|\b(?:jokes?|insults?) about (?:black|jews?|jewish|muslims?|gays?|gay people|women|asians?|mexicans?|immigrants?|blacks|trans)\b|\bchistes? (?:racistas?|machistas?|homofobos?|de (?:negros|judios|moros|gitanos|maricas?|mariquitas?))\b|\bchistes? (?:sobre|de) (?:los |las )?(?:negros|judios|musulmanes|moros|gitanos|gays|mujeres|inmigrantes)\b/,
  ),
  rule(
    'hate',
    'mocking-group',
    /\b(?:jokes?|chistes?|insults?|insultos?|memes?|burlas?|makes? fun of|making fun of|mock\w*|ridicul\w*|se burl\w* de|burlarse de|riendose de)\b(?:\W+\w+){0,5}?\W+(?:gays?|gay people|lesbians?|trans(?: people)?|transgender|black people|blacks|jews?|jewish people|muslims?|arabs?|asians?|mexicans?|immigrants?|disabled people|gitanos?|negros|judios|musulmanes|moros|arabes|maricas?|maricones|inmigrantes|sudacas|chinos|discapacitados|lesbianas|transexuales)\b/,
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
    'explicit-story',
    /\b(?:(?:scenes?|escenas?) (?:of|de) (?:sex|sexo)|(?:what|lo que) (?:you'?d|you would|would you|me harias) (?:do )?(?:to me |conmigo )?(?:in bed|en la cama)|(?:in bed|en la cama) (?:with me|conmigo))\b|\b(?:dirty|sexy|erotic|explicit|steamy|smutty|lewd|racy|naughty|x-rated|nsfw|kinky|horny|sexual|erotica|eroticas?|subid[oa]s? de tono|picantes?|guarr[oa]s?|cachond[oa]s?|sexuales?|porno)\b(?:\W+\w+){0,3}?\W+(?:story|stories|tale|chat|talk|roleplay|role-play|fanfic|fan fiction|poem|scene|fantasy|historias?|relatos?|cuentos?|conversacion|poemas?|escenas?|fantasias?|rol)\b|\b(?:story|stories|historias?|relatos?|cuentos?)\b(?:\W+\w+){0,4}?\W+(?:dirty|sexy|erotic|explicit|steamy|smutty|lewd|x-rated|nsfw|kinky|eroticas?|subid[oa]s? de tono|picantes?|guarr[oa]s?|cachond[oa]s?|sexuales?)\b/,
  ),
  rule(
    'profanity',
    'es-insult-you',
    /\beres (?:un[ao]? )?(?:tont[oa]|idiota|estupid[oa]|inutil|imbecil|burr[oa]|subnormal|patetic[oa]|cretin[oa]|lerd[oa]|memo|ceporr[oa]|zoquete)s?\b/,
  ),
  rule(
    'sexual',
    'es-dirty-talk',
    /\b(?:dime|cuentame|hablame de|escribeme) (?:cosas )?(?:guarradas|cochinadas|guarras|sucias|obscenidades|marranadas)\b|\bguarradas\b/,
  ),
  rule(
    'sexual',
    'nude-media',
    /\b(?:naked|nude(?! (?:lip\w*|heels?|shades?|colou?rs?|tones?|beige|pumps?|sandals?|bras?|pantyhose|tights|nails?|polish|palettes?|makeup|eyeshadows?|lingerie|underwear|shoes?|flats?|boots?))|desnud[oa]s?|en pelotas|en bolas)\b(?:\W+\w+){0,3}?\W+(?:pics?|pictures|photos?|images?|videos?|selfies?|fotos?|imagenes|women|girls|men|guys|teens?|mujeres|chicas|hombres|chicos|tias)\b|\b(?:pics?|pictures|photos?|images?|videos?|fotos?|imagenes|women|girls|mujeres|chicas|hombres|chicos)\b(?:\W+\w+){0,3}?\W+(?:naked|desnud[oa]s?|en pelotas|en bolas)\b/,
  ),
  rule(
    'sexual',
    'es-porn',
    /\b(?:porno\w*|pornografia|fotos? (?:desnud\w*|porno|guarras?|eroticas?|intimas?)|desnud[oa]s? (?:fotos|videos)|hablame (?:guarro|sucio|sexy)|sexo (?:telefonico|por chat|virtual)|describe (?:el )?sexo|tener sexo conmigo|follar\w*|follame|mamada|hacerme una paja|masturb\w*|correrme|cachond[oa]|calient[ea] conmigo)\b/,
  ),
];
