/**
 * Intent framing by target (safe-tune3): a harm verb says nothing until we know what it is aimed at.
 * "what kills algae fastest", "matar las bacterias del jacuzzi", "nuke the algae bloom" aim at a
 * pest, a microbe or a material: the ordinary use of a chemicals/tools store's goods. "make a kid
 * sick", "burn his skin" aim at a person or an animal someone cares for: that is harm whatever the store.
 *
 * - `blankNonVictimHarm` blanks a harm verb whose object (within a few words) is a non-victim, so
 *   the pattern rules never read "kill … algae" as violence (like shop-senses' negated harm);
 *   demolition's verbs ("tear down", "knock through", "derribar", "picar") aimed at a structure or a
 *   building material ("an old shed", "el tabique", "reinforced concrete") likewise (guard5);
 * - the store's own goods (settings `storeGoods`, or the goods the profile's redirect names) widen
 *   the non-victims: a store selling bows and broadheads makes game animals ordinary targets, a pest
 *   control store makes vermin ordinary targets;
 * - `namesVictim` / concealment keep every clearance off a text that also names a person or a pet
 *   or asks to go unnoticed ("kill the algae in her drink so she won't notice" stays harm).
 */
import { CONCEALED, OTHER_PERSON } from './concept-lexicon.ts';
import type { SafetySettings } from './settings.ts';

const PESTS_AND_MATTER = [
  // pests and vermin
  'weeds?',
  'ants?',
  'fleas?',
  'ticks?',
  'bugs?',
  'insects?',
  'pests?',
  'mice',
  'mouse',
  'rats?',
  'roach(?:es)?',
  'cockroach(?:es)?',
  'wasps?',
  'hornets?',
  'yellow ?jackets?',
  '(?:wasp |hornet |yellow ?jacket )?nests?',
  'moss',
  'lichen',
  'slugs?',
  'snails?',
  'mosquito(?:e?s)?',
  '(?:mosquito )?larva[es]?',
  'flies',
  'gnats?',
  'aphids?',
  'termites?',
  'bed ?bugs?',
  'moles?',
  'gophers?',
  'grubs?',
  'spiders?',
  'lice',
  'mites?',
  // microbes and growths
  'algae',
  '(?:black |green |mustard )?algae bloom',
  'bacteria',
  'germs?',
  'viruses',
  'mold',
  'mould',
  'mildew',
  'fungus',
  'moss',
  'slime',
  'biofilm',
  'chloramines?',
  'chlorine',
  // materials, smells and machines
  'rust(?: stains?)?',
  'stains?',
  'grime',
  'scale',
  'odou?rs?',
  'smells?',
  'stink',
  'squeak\\w*',
  'noise',
  'stumps?',
  'roots?',
  'paint',
  'grease',
  'power',
  'pump',
  'engine',
  'motor',
  'print',
  'lawn',
  'grass',
  // ES
  'malas hierbas',
  'hierbas?',
  'maleza',
  'musgo',
  'liquenes',
  'nidos? de avispas',
  'bichos',
  'hormigas',
  'pulgas',
  'garrapatas',
  'insectos',
  'pulgones',
  'cucarachas',
  'mosquitos',
  'larvas(?: de mosquito)?',
  'moscas',
  'ratas',
  'ratones',
  'caracoles',
  'babosas',
  'avispas',
  'termitas',
  'chinches',
  'aranas',
  'plagas?',
  'algas?',
  'verdin',
  'bacterias',
  'germenes',
  'microbios',
  'moho',
  'hongos',
  'cloraminas',
  'cloro',
  'oxido',
  'manchas?',
  'olor(?:es)?',
  'peste',
  'chirridos?',
  'ruidos?',
  'tocones?',
  'raices',
  'cesped',
  'corriente',
  'bomba',
  'motor',
];

/** Targets the store's goods make ordinary: what they are sold to be used on. */
const STORE_TARGETS: readonly { goods: RegExp; targets: readonly string[] }[] = [
  {
    // hunting, archery, fishing goods: game and fish are what they are for
    goods:
      /\b(?:bows?|crossbows?|arrows?|broadheads?|bolts?|hunt\w*|game calls?|decoys?|tree ?stands?|rifles?|ammo|fishing|tackle|arcos?|ballestas?|flechas?|virotes?|puntas de caza|caza\w*|reclamos?|senuelos?|pesca)\b/,
    targets: [
      'deer',
      'bucks?',
      'does?',
      'whitetails?',
      'elk',
      'moose',
      '(?:wild )?boars?',
      'hogs?',
      'pigs?',
      'turkeys?',
      'ducks?',
      'geese',
      'goose',
      'pheasants?',
      'rabbits?',
      'hares?',
      'coyotes?',
      'fox(?:es)?',
      'squirrels?',
      'bears?',
      'carp',
      'fish',
      'game',
      'animal',
      'ciervos?',
      'venados?',
      'corzos?',
      'gamos?',
      'jabali(?:es)?',
      'conejos?',
      'liebres?',
      'patos?',
      'perdi(?:z|ces)',
      'zorros?',
      'carpas?',
      'peces',
      'pieza',
      'animal',
    ],
  },
  {
    // pest control goods: vermin beyond insects are what they are for
    goods:
      /\b(?:pest\w*|traps?|baits?|repellents?|exterminat\w*|rodenticide|insecticide|herbicide|weed ?killer|trampas?|cebos?|repelentes?|raticida|insecticida|herbicida|plagas?)\b/,
    targets: [
      'raccoons?',
      'skunks?',
      'possums?',
      'opossums?',
      'squirrels?',
      'pigeons?',
      'snakes?',
      'groundhogs?',
      'voles?',
      'rodents?',
      'roedores?',
      'palomas?',
      'serpientes?',
      'culebras?',
      'topos?',
    ],
  },
];

/**
 * (guard5) Structures and building materials: what demolition and renovation tools are sold to
 * break. Only demolition's verbs are read against them (burning a shed is not renovation).
 */
const STRUCTURES = [
  '(?:stud |brick |block |garden |partition |retaining |load bearing )?walls?',
  'sheds?',
  'partitions?',
  '(?:concrete )?slabs?',
  '(?:reinforced )?concrete',
  'bricks?',
  'brickwork',
  '(?:floor |wall |roof )?tiles?',
  'tiling',
  'floorboards?',
  'flooring',
  'plaster(?:board)?',
  'drywall',
  'ceilings?',
  'chimneys?',
  'fences?',
  'decking',
  'garages?',
  'outbuildings?',
  'bathroom',
  'kitchen',
  'cabinets?',
  'tub',
  'bathtub',
  'paredes?',
  'tabiques?',
  'muros?',
  'muretes?',
  'casetas?(?: de obra)?',
  'cobertizos?',
  'soleras?',
  'hormigon(?: armado)?',
  'ladrillos?',
  'azulejos?',
  'baldosas?',
  'alicatados?',
  'tarimas?',
  'suelos?',
  'techos?',
  'yeso',
  'pladur',
  'chimeneas?',
  'vallas?',
  'bano',
  'cocina',
  'muebles?',
  'banera',
];

/** Demolition's verbs (and a tool's blows): violent words only when a person is their object. */
const DEMOLISH_VERB =
  '(?:hit(?:ting)?|strik(?:e|ing)|tap(?:ping)?|pound(?:ing)?|hammer(?:ing)?|golpe\\w*|tear (?:down|out|up|apart)|knock (?:down|through|out)|take (?:down|out)|demolish\\w*|smash\\w*(?: (?:up|through|apart))?|wreck\\w*|gut|rip (?:out|up|apart)|blow (?:apart|out)|break (?:up|down|through|apart)?|destroy\\w*|derrib\\w*|demoler|tirar(?: abajo)?|tiro(?: abajo)?|echar abajo|destroz\\w*|romper|rompo|reventar|picar|arrancar)';

/** Verbs of killing, destroying or hurting: harm words only by their object. */
const HARM_VERB =
  '(?:kill\\w*|cut(?: off)?|cort(?:ar|o|a|e|amos)|destroy\\w*|nuke|blast|murder|wipe out|take down|drop|poison\\w*|burn\\w*|eat(?:s)? through|matar\\w*|mata|mato|maten|acabar con|acaba con|eliminar?|reventar|cargarme|abatir|tumbar|envenenar|quemar)';
/** Words allowed between a verb and its object ("kill all the black algae", "matar todas las"). */
const FILLER =
  '(?:\\s+(?:the|a|an|all|any|some|those|these|that|this|my|our|off|of|out|every|black|green|mustard|yellow|pink|white|nasty|stubborn|wild|big|whole|old|existing|rotten|viej[oa]s?|a|un|una|unos|unas|el|la|los|las|todas?|todos?|esas?|esos?|mis?|grandes?))*';

function targetsPattern(targets: readonly string[], verb = HARM_VERB): RegExp {
  return new RegExp(
    `\\b${verb}${FILLER}\\s+(?:a\\s+)?(?:${targets.join('|')})\\b|\\b(?:${targets.join('|')})\\s+(?:killer|killing|control)\\b`,
    'g',
  );
}

const GENERAL = targetsPattern(PESTS_AND_MATTER);
/** A pest or growth named anywhere in the text ("a wasp nest under the eaves … how do I kill it"). */
const PEST_NAMED = new RegExp(`\\b(?:${PESTS_AND_MATTER.join('|')})\\b`);
/** The harm verb aimed at a pronoun: "kill it", "kill them", "matarlas", "acabar con ellos". */
const VERB_ON_PRONOUN = new RegExp(
  `\\b${HARM_VERB}(?:\\s+(?:it|them|off))+\\b|\\b(?:matarl[oa]s?|eliminarl[oa]s?|acabar con (?:ellos|ellas)|(?:los|las|lo|la) mat(?:o|a|an|amos))\\b`,
  'g',
);
const DEMOLITION = targetsPattern(STRUCTURES, DEMOLISH_VERB);
// Compiled once: blanking runs on every turn the guard checks.
const LEADING_HARM_VERB = new RegExp(`^${HARM_VERB}`);
const LEADING_DEMOLISH_VERB = new RegExp(`^${DEMOLISH_VERB}`);
const BY_STORE = STORE_TARGETS.map((s) => ({ goods: s.goods, pattern: targetsPattern(s.targets) }));

/** A pet or a domestic animal someone cares for: never an ordinary target. */
const PET =
  /\b(?:dogs?|puppy|puppies|cats?|kittens?|pets?|horses?|parrots?|perr[oa]s?|cachorr\w*|gat[oa]s?|gatitos?|mascotas?|caballos?|loros?)\b/;

/**
 * What the store sells, folded: the profile's `storeGoods` when given, else the goods its redirect
 * names ("I can help you with bows, crossbows, arrows … and your order"): the owner's own words.
 */
export function storeGoodsText(
  settings: Pick<SafetySettings, 'redirect'> & { storeGoods?: readonly string[] },
): string {
  const words = settings.storeGoods?.length
    ? settings.storeGoods.join(', ')
    : `${settings.redirect.en} ${settings.redirect.es}`;
  return words.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The non-victim patterns for a store: the general ones plus those its goods make ordinary. */
function patternsFor(goods: string): RegExp[] {
  return [GENERAL, ...BY_STORE.filter((s) => s.goods.test(goods)).map((s) => s.pattern)];
}

/** True when the text names a person or a pet, or asks to go unnoticed: no clearance then. */
export function namesVictim(folded: string): boolean {
  OTHER_PERSON.lastIndex = 0;
  CONCEALED.lastIndex = 0;
  return OTHER_PERSON.test(folded) || PET.test(folded) || CONCEALED.test(folded);
}

export interface TargetFraming {
  /** The folded text with harm verbs aimed at non-victims blanked. */
  text: string;
  /** A harm verb was aimed at a pest, material, or the store's ordinary target, and no victim is named. */
  aimedAtNonVictim: boolean;
}

/** Blank harm verbs aimed at non-victims, unless the text also names a person, a pet or concealment. */
export function blankNonVictimHarm(folded: string, goods: string): TargetFraming {
  if (namesVictim(folded)) return { text: folded, aimedAtNonVictim: false };
  let text = folded;
  for (const p of patternsFor(goods)) text = text.replace(p, (m) => m.replace(LEADING_HARM_VERB, ' '));
  text = text.replace(DEMOLITION, (m) => m.replace(LEADING_DEMOLISH_VERB, ' '));
  // With no person or pet in the text, "it"/"them" can only be the pest or growth it names.
  if (PEST_NAMED.test(text)) text = text.replace(VERB_ON_PRONOUN, ' ');
  return { text, aimedAtNonVictim: text !== folded };
}

const DOSE = /\b(?:dos(?:e|es|is|age|ificar|ing)|how much|how many|cuant[oa]s?|dosis|cantidad)\b/;
const PER_VOLUME =
  /\b(?:per|por|each|cada|for (?:a|my|the|every)|para (?:un|una|mi|el|la))\s+(?:\d[\d.,]*\s*)?(?:gallons?|gal|liters?|litres?|litros?|l|m3|cubic (?:meters?|metres?|feet|yards?)|metros? cubicos?|acres?|hectareas?|square (?:feet|foot|meters?)|sq ?ft|metros? cuadrados?|pools?|piscinas?|tanks?|tanques?|depositos?|spa|jacuzzi|hot tub|ponds?|estanques?)\b|\b\d[\d.,]*\s*(?:gallons?|gal|liters?|litres?|litros?|m3|metros? cubicos?|cubic (?:meters?|metres?))\b/;

/** An animal by its body weight ("for a 20 kg dog", "para un perro de 20 kilos"): a label's weight band. */
const ANIMAL_WEIGHT =
  /\b\d[\d.,]*\s*(?:kg|kilos?|kilograms?|lbs?|pounds?|libras?)\s+(?:dogs?|puppy|cats?|kittens?|horses?|ponies|pony|sheep|goats?|calf|calves|cows?|pigs?|rabbits?)\b|\b(?:perr[oa]s?|cachorr[oa]s?|gat[oa]s?|caballos?|ovejas?|cabras?|terneros?|vacas?|cerdos?|conejos?)\s+de\s+\d[\d.,]*\s*(?:kg|kilos?)\b/;

/**
 * A dose asked per volume of water or area of ground ("how much shock per 10,000 gallons", "dosis
 * máxima de floculante para 20 metros cúbicos"): product dosing, not a medicine for a person.
 */
export function isProductDosing(folded: string): boolean {
  if (!DOSE.test(folded)) return false;
  if (PER_VOLUME.test(folded)) return !namesVictim(folded);
  // (guard5) a pet or livestock product's weight band: the animal is the patient, not a victim.
  OTHER_PERSON.lastIndex = 0;
  CONCEALED.lastIndex = 0;
  return ANIMAL_WEIGHT.test(folded) && !OTHER_PERSON.test(folded) && !CONCEALED.test(folded);
}
