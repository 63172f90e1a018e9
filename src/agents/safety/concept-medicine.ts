/**
 * Medicines turned on a person or a market (concept-match.ts), `harm` at every level: pills or a
 * syrup slipped to someone, a person drugged, prescription-only drugs bought to resell. Giving a
 * child or a pet their own medicine in their food is care, not covert dosing, and is cleared.
 */
import { OTHER_PERSON } from './concept-lexicon.ts';
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

const SLIP = concept('slip\\w*', 'sneak\\w*', 'desliz\\w*', 'colar\\w*', 'colarle\\w*');
const DOSE_GOODS = concept(
  'pills?',
  'tablets?',
  'meds',
  'medicines?',
  'drops',
  'syrup',
  'sleeping \\w+',
  'laxatives?',
  'sedatives?',
  'pastillas?',
  'jarabes?',
  'gotas',
  'somniferos?',
  'laxantes?',
  'sedantes?',
  'medicamentos?',
);
/** One's own child or pet taking their medicine hidden in food. */
const CARE =
  /\b(?:toddler|baby|kids?|son|daughter|child|children|dog|cat|pet|puppy|kitten|hij[oa]s?|bebe|nin[oa]s?|perr[oa]s?|gat[oa]s?|mascota|cachorro)\b/;

const DRUG_SOMEONE = concept(
  'drug(?:ging|ged)? (?:him|her|them|someone|somebody|people|my \\w+|his \\w+|a (?:girl|guy|woman|man|date))',
  'dope (?:him|her|them|someone|somebody)',
  'drogar\\w* a (?:alguien|mi|su|tu|la|el|una|un|los|las)\\b',
  'drogarl[eoa]s?',
  'drogue\\w* a',
);

const PRESCRIPTION_ONLY = concept(
  'antibiotic\\w*',
  'antibiotico\\w*',
  'opioid\\w*',
  'opioide\\w*',
  'oxycodone',
  'oxycontin',
  'xanax',
  'valium',
  'benzos?',
  'benzodiazepin\\w*',
  'adderall',
  'tramadol',
  'codeine',
  'codeina',
  'prescription (?:meds|drugs|pills|medication\\w*)',
  'medicamentos? con receta',
);
const RESELL = concept(
  're-?sell\\w*',
  'sell (?:them|it|those|these) (?:on|at|to|for)',
  'flip (?:them|it)',
  'revend\\w*',
  'vender(?:los|las|lo|la)',
);

const RULES: readonly ConceptRule[] = [
  {
    name: 'dose-slipped-to-person',
    kind: 'harm',
    all: [SLIP, DOSE_GOODS, OTHER_PERSON],
    span: 10,
    unless: CARE,
  },
  { name: 'person-drugged', kind: 'harm', all: [DRUG_SOMEONE] },
  { name: 'prescription-resold', kind: 'harm', all: [PRESCRIPTION_ONLY, RESELL], span: 12 },
];

export const CONCEPT_MEDICINE_RULES: readonly PatternRule[] = RULES.map(conceptRule);
