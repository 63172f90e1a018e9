/**
 * Topics a profile blocks, matched robustly in EN and ES. A profile names topics in its own words
 * ("politics", "Religión", "medical advice"); a name that is a known topic (or one of its aliases)
 * brings a built-in vocabulary of both languages, so "who should I vote for" is politics without
 * the word "politics". Any other name matches its own words, accent- and plural-insensitive.
 */
import { fold } from './normalize.ts';
import { type PatternRule, rule } from './rules.ts';

interface KnownTopic {
  readonly aliases: readonly string[];
  readonly pattern: RegExp;
}

const KNOWN: Record<string, KnownTopic> = {
  politics: {
    aliases: [
      'politics',
      'political',
      'politica',
      'politicas',
      'elections',
      'elecciones',
      'government',
      'gobierno',
    ],
    pattern:
      /\b(?:politic\w*(?! de (?:devolucion\w*|privacidad|envios?|cambios?|garantia|cookies|reembolsos?|la tienda|precios|calidad|empresa|pagos?))|elections?|electoral|vote for|voting for|which party\b.{0,20}\b(?:win|winning|better)|(?:que|cual) partido\b.{0,20}\b(?:gana\w*|mejor)|who (?:should|do) (?:i|you) vote|president(?!'?s day| of (?:the|a|your|this|our) (?:company|club|store|shop|brand|association))|prime minister|congress\w*|senators?|parliament|democrats|democratic party|republicans|republican party|gop|liberals|conservatives|left-wing|right-wing|abortion|immigration|gun control|the war in|israel|palestin\w*|gaza|ukraine|socialis[mt]|communis[mt]|fascis[mt]|trump|biden|kamala|harris|votar|voto a|a quien (?:voto|votar)|elecciones|presidente|gobierno|partido (?:popular|socialista)|psoe|pp|vox|la izquierda politica|la derecha politica|aborto|inmigracion|guerra (?:en|de) (?:ucrania|gaza|israel|oriente)|el congreso|senado|sanchez|feijoo|ayuso|comunis\w*|fascis\w*|independencia de cataluna)\b/,
  },
  religion: {
    aliases: ['religion', 'religions', 'religious', 'faith', 'fe', 'religiones', 'religioso'],
    pattern:
      /\b(?:religio\w*|god exists?|does god|son of god|hijo de dios|believe in god|existe dios|dios existe|creer en dios|crees en dios|islam\w*|muslims?|musulman\w*|christianity|christians|cristianismo|cristianos|catholic\w*|catolic\w*|protestant\w*|jewish|judaism|judaismo|judio|hindu\w*|buddhis\w*|budis\w*|atheis\w*|ateo|ateismo|jesus christ|jesucristo|allah|the bible|la biblia|the quran|el coran|the church|la iglesia|heaven and hell|el cielo y el infierno|afterlife|the devil exists|pray to)\b/,
  },
  'medical advice': {
    aliases: [
      'medical advice',
      'medical',
      'medicine',
      'health advice',
      'health',
      'diagnosis',
      'consejo medico',
      'consejos medicos',
      'medicina',
      'salud',
    ],
    pattern:
      /\b(?:diagnos\w*|what (?:illness|disease|condition|infection|is wrong with me)|what do i have|chest pain|dolor de? pecho|que enfermedad|que me pasa|what disease|should i (?:stop|start|keep|quit) (?:taking|using)|(?:debo|deberia|puedo) dejar de tomar|(?:what|which|how much) (?:dose|dosage)|is it safe to (?:take|mix|double)|(?:double|triple) (?:my|the) (?:dose|pills|medication)|que dosis|cuanta dosis|is (?:it|this) (?:cancer|serious|an infection|contagious)|es (?:cancer|grave|contagioso)|am i pregnant|medical advice|consejo medico)\b/,
  },
  'legal advice': {
    aliases: [
      'legal advice',
      'legal',
      'law',
      'lawyers',
      'asesoramiento legal',
      'consejo legal',
      'asesoria juridica',
      'derecho',
      'ley',
    ],
    pattern:
      /\b(?:legal advice|asesor\w* (?:legal|juridic\w*)|consejo legal|sue|suing|lawsuit|demandar\w*|denunciar|lawyer|attorney|abogad[oa]|plead (?:guilty|not guilty)|declarar\w* (?:culpable|inocente)|(?:is it|es) (?:il)?legal|court case|in court|(?:el|un|en el) juicio|tribunal|juez|get out of (?:a |my |the )?(?:speeding |parking )?(?:ticket|fine|charge|conviction)|speeding ticket|child support|pension alimenticia|custody|custodia|dui|dwi|contract dispute|landlord dispute|evict\w*|desahucio|desalojo)\b/,
  },
  gambling: {
    aliases: [
      'gambling',
      'betting',
      'bets',
      'casino',
      'casinos',
      'apuestas',
      'juegos de azar',
      'juego',
      'azar',
    ],
    pattern:
      /\b(?:gambl\w*|casinos?(?! (?:night|party|theme|themed))|sure bet|safe bet|bet on|betting|bets? (?:for|on)|odds (?:at|for|on|of winning)|best odds|wager\w*|sportsbook|bookmaker|bookie|slot machines?|lottery numbers|winning numbers|(?:online|internet) poker|poker (?:site|online|room|tournament for money|for money)|apuest\w*|apostar|casas? de apuestas|tragaperras|numeros de la loteria|quiniela|numeros ganadores|poker online|sala de poker)\b/,
  },
  'financial advice': {
    aliases: [
      'financial advice',
      'finance',
      'financial',
      'investing',
      'investment',
      'investments',
      'stocks',
      'crypto',
      'asesoramiento financiero',
      'consejo financiero',
      'inversion',
      'inversiones',
      'finanzas',
    ],
    pattern:
      /\b(?:financial advice|which stocks|what stocks|stocks? (?:to|should)|stock market|shares to buy|invest(?:ing)? (?:in|my) (?:stocks|shares|crypto|bitcoin|the stock market|real estate|gold)|investment advice|(?:where|what) (?:should|do|can) i invest|get rich|crypto\w*|bitcoin|ethereum|forex|day trading|retirement fund|401k|mortgage advice|asesor\w* financier\w*|consejo financiero|invierto|invertir (?:en|mi dinero)|en que acciones|acciones para|bolsa de valores|hacerme rico|criptomoneda\w*|hipoteca)\b/,
  },
};

/** Folded, singular-ish words of a free-form topic name. */
function ownWords(topic: string): string[] {
  return fold(topic)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w));
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'about',
  'with',
  'los',
  'las',
  'del',
  'por',
  'para',
  'sobre',
  'con',
]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rules for the topics a profile blocks (known topics by vocabulary, others by their own words). */
export function topicRules(topics: readonly string[]): PatternRule[] {
  const rules: PatternRule[] = [];
  for (const topic of topics) {
    const key = fold(topic).trim().replace(/\s+/g, ' ');
    const known = Object.entries(KNOWN).find(([, t]) => t.aliases.includes(key));
    const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'topic';
    if (known) {
      if (!rules.some((r) => r.id === `topic:${known[0].replace(/ /g, '-')}`))
        rules.push(rule('topic', known[0].replace(/ /g, '-'), known[1].pattern));
      continue;
    }
    const words = ownWords(topic);
    if (words.length === 0) continue;
    // Every word of the name, each allowing a plural or gender ending (crypto → cryptos, cripto → criptos).
    const parts = words.map((w) => `\\b${escapeRegExp(w.replace(/(?:es|s)$/, ''))}(?:s|es|a|as|o|os)?\\b`);
    rules.push(rule('topic', slug, new RegExp(parts.map((p) => `(?=.*${p})`).join(''))));
  }
  return rules;
}

export const KNOWN_TOPICS = Object.keys(KNOWN);
