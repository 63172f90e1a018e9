/**
 * Medical advice asked by its decision rather than its topic word (concept-topics.ts, topic
 * `medical advice`): which of two named drugs to take and for how long, and how to treat one's
 * own injury. Drug names are recognised by their families' endings (-cillin, -mycin, -floxacin,
 * -prazole …) so a drug never listed still reads as one; the shop's product dosing ("the dose of
 * dechlorinator for 50 gallons") names no drug and no injury.
 */
import { type ConceptRule, concept } from './concept-match.ts';

/** A human drug by name or by its family's ending, EN and ES spellings. */
const DRUG = concept(
  '[a-z]+(?:cillin|cilina|mycin|micina|cycline|ciclina|floxacin|floxacino|prazole|prazol|olol|sartan|statin|statina|profen|profeno|codone|codona|azepam|zolam|tidine|tidina|triptan|triptano)',
  'paracetamol',
  'acetaminophen',
  'aspirin',
  'aspirina',
  'naproxen\\w*',
  'metformin\\w*',
  'antibiotic\\w*',
  'antibiotico\\w*',
  'antihistamin\\w*',
  'antihistaminico\\w*',
);
/** The choice, the course or the amount: the doctor's decision. */
const PRESCRIBE = concept(
  'should i take',
  'do i take',
  'which (?:one|is better)',
  'or \\w+ for (?:my|a|the)',
  'how many (?:days|times|pills|tablets|mg)',
  'for how long',
  'how long (?:should|do) i',
  'what dose',
  'me tomo',
  'cual (?:me tomo|es mejor|tomo)',
  'o \\w+ para (?:mi|la|el)',
  'cuantos (?:dias|comprimidos|mg)',
  'cuantas (?:veces|pastillas)',
  'cuanto tiempo',
  'que dosis',
);
/** One's own injury. */
const INJURY = concept(
  'i (?:burned|burnt|scalded|cut|sliced|sprained|twisted|broke)',
  'burn(?:ed|t)? (?:my|on my)',
  'blisters?',
  'wounds?',
  'bleeding',
  'sprain\\w*',
  'me (?:queme|corte|torci|rompi)',
  'me he (?:quemado|cortado|torcido|roto)',
  'quemadura\\w*',
  'ampollas?',
  'herida\\w*',
  'sangr\\w*',
  'esguince',
);
/** What to do about it: treatment, not a product. */
const TREAT = concept(
  'what (?:cream|ointment|lotion|should i put|do i put|can i put)',
  'should i (?:pop|drain|pierce|cover|put|ice|wrap|see a doctor|go to)',
  'how (?:do|should|can) i (?:treat|heal|cure|clean)',
  'treat (?:it|this)',
  'que (?:crema|pomada|le pongo|me pongo|me echo)',
  'me pongo (?:hielo|crema|pasta|mantequilla|aceite|vinagre)',
  'should i put (?:ice|butter|toothpaste|oil|cream)',
  'revient\\w*',
  'reviento',
  'como (?:la |lo |me )?(?:curo|trato|limpio)',
  'tengo que ir al medico',
);

export const CARE_RULES: readonly ConceptRule[] = [
  { name: 'medical-advice', kind: 'topic', all: [DRUG, PRESCRIBE], span: 10 },
  { name: 'medical-advice', kind: 'topic', all: [INJURY, TREAT], span: 14 },
];
