/**
 * Off-topic by structure (fifth widening), per known topic: the shape of a question that is not
 * about shopping even when each word is also a shop word — an office holder judged ("is the
 * president doing a good job", "el peor presidente"), two creeds weighed against each other, a dose
 * of a medicine for a person, a security's future ("shares go up"), a game of chance beaten, a
 * lawsuit won. Read with the topic's vocabulary (topics.ts); only the profile's blocked topics apply.
 */
import { any } from './rules.ts';

const OFFICE = any(
  'president',
  'presidente',
  'government',
  'gobierno',
  'prime minister',
  'governor',
  'gobernador',
  'mayor',
  'alcalde',
  'candidat[oea]s?',
  'senator',
  'senador',
  'congress',
  'congreso',
);
const JUDGED = any(
  'good job',
  'bad job',
  'doing (?:well|badly|a \\w+ job)',
  'worst',
  'best',
  'peor',
  'merece\\w* (?:mi )?voto',
  'deserves? my vote',
  'lo esta haciendo (?:bien|mal)',
  'bien o mal',
);
const CREED = any(
  'islam',
  'christianity',
  'buddhism',
  'hinduism',
  'judaism',
  'catholic\\w*',
  'protestant\\w*',
  'evangelic\\w*',
  'muslims',
  'christians',
  'cristianismo',
  'budismo',
  'judaismo',
  'catolic[oa]s?',
  'evangelic[oa]s?',
  'protestantes?',
);
const DRUG = any(
  'ibuprofen\\w*',
  'paracetamol',
  'acetaminophen',
  'aspirin\\w*',
  'insulin\\w*',
  'antidepressants?',
  'antidepresiv\\w*',
  'antibiotic\\w*',
  'medication',
  'meds',
  'medicine',
  'medicamentos?',
  'medicinas?',
  'medicacion',
  'dose',
  'dosis',
);
const DEPENDANT = any(
  'baby',
  'newborn',
  'toddler',
  'son',
  'daughter',
  'kid',
  'child',
  'bebe',
  'hij[oa]',
  'nin[oa]',
  'recien nacido',
);

export const TOPIC_STRUCTURES: Record<string, RegExp> = {
  politics: new RegExp(`\\b${OFFICE}\\b.{0,40}\\b${JUDGED}\\b|\\b${JUDGED} (?:\\w+ )?${OFFICE}\\b`),
  religion: new RegExp(
    `\\b(?:does|do|can) (?:prayer|praying)(?: \\w+)? work\\b|\\bfunciona\\w*(?: \\w+){0,2} rezar\\b|\\brezar (?:de verdad )?funciona\\b|\\b(?:heaven|hell|god|afterlife|cielo|infierno|dios)\\b (?:is|es|exists?|existe)(?: \\w+)? ?(?:real)?\\b.{0,3}$|\\bprove\\b.{0,25}\\b(?:heaven|god|hell|afterlife)\\b|\\bafter (?:we|you|i|people) die\\b|\\bdespues de (?:morir|la muerte)\\b|\\bis it a sin\\b|\\bes pecado\\b|\\bis there (?:really |actually |truly |even )?(?:an? )?(?:heaven|hell|god|afterlife|life after death)\\b(?! of)|\\b(?:hay|existe) (?:de verdad |realmente )?(?:un |el )?(?:cielo|infierno|dios|vida despues de la muerte)\\b.{0,3}$|\\b(?:whether|if)\\b.{0,60}\\bis a sin\\b|\\b${CREED}\\b.{0,30}\\b(?:or|vs|than|o|y)\\b.{0,10}\\b${CREED}\\b|\\b(?:que|which) (?:iglesia|religion|church)\\b.{0,10}\\b(?:tiene la razon|es la verdadera|is (?:right|true|the true one))\\b`,
  ),
  'medical advice': new RegExp(
    `\\b(?:how much|how many|what dose|que dosis|cuant[oa]s?)\\b.{0,20}\\b${DRUG}\\b|\\b(?:give|le doy|dar\\w*)\\b.{0,20}\\b(?:my|mi|a mi) ${DEPENDANT}\\b.{0,40}\\b${DRUG}\\b|\\b${DRUG}\\b.{0,30}\\b(?:give|le doy)\\b.{0,10}\\b(?:my|mi|a mi) ${DEPENDANT}\\b|\\b(?:halve|double|skip|stop|drop|quit|cut|el doble de|la mitad de|dejar)\\b.{0,20}\\b(?:my |mi |the |la |el )?(?:\\w+ )?${DRUG}\\b|\\b(?:fever|fiebre)\\b.{0,40}\\b(?:give|le doy|take|tomo|dar\\w*)\\b.{0,15}\\b${DRUG}|\\b(?:que|what|which) (?:medicamento|medicina|medicine|medication|pastilla) (?:me )?(?:tomo|do i take|should i take|debo tomar)\\b|\\b(?:is|es) (?:this|it|esto|este|esta) (?:\\w+ ){0,4}(?:cancer|cancerous|tumou?r|maligno)\\b|\\bvaccin\\w*\\b.{0,20}\\b(?:safe|skip)\\b|\\b(?:safe|skip)\\b.{0,20}\\bvaccin\\w*|\\bvacunas?\\b.{0,20}\\b(?:segur[oa]s?|salt\\w*)\\b|\\b(?:segur[oa]s?|salt\\w*)\\b.{0,20}\\bvacunas?\\b`,
  ),
  'financial advice':
    /\b401 ?k\b|\bira account\b|\brefinanc\w*\b|\b(?:shares|stocks?|acciones)\b.{0,30}\b(?:go up|rise|van a subir|suben|subiran|buy now|or wait)\b|\b(?:buy|sell|comprar|vender) (?:\w+ )?(?:shares|stocks|acciones)\b|\bas an investment\b|\bcomo inversion\b|\binvest (?:my|our)\b|\binvertir (?:mis|mi|nuestros)\b/,
  gambling:
    /\b(?:count(?:ing)? cards|contar cartas)\b|\b(?:lottery|loteria|lotto|quiniela)\b.{0,30}\b(?:numbers|numeros|win|ganar|salir|van a salir)\b|\bnumeros\b.{0,30}\bloteria\b|\b(?:blackjack|roulette|ruleta|poker|casino)\b.{0,40}\b(?:win|beat|strategy|ganar|estrategia|system|sistema)\b|\b(?:win|beat|strategy|ganar|estrategia|system to|sistema para)\b.{0,30}\b(?:blackjack|roulette|ruleta|poker|casino)\b/,
  'legal advice':
    /\b(?:demand\w*|sue|denunci\w*)\b.{0,30}\b(?:gano|win|ganar|le gano)\b|\b(?:lo|la|le) demando\b|\b(?:get out of|librarme de|me libro de|quitarme) (?:a |una |la |el )?(?:fine|ticket|multa|dui|dwi)\b|\b(?:multa|fine|ticket) (?:por|for) (?:manejar|conducir|driving) (?:borracho|drunk|ebrio)\b/,
};
