/**
 * Harmful acts as meanings that meet (concept-match.ts), safe-tune2 round, each tied to the goods a
 * shop sells only by the act around them: contraband hidden past customs or dropped into a prison,
 * a camera aimed into someone's bathroom, where to stab so a person bleeds out, an object turned into
 * a grenade, something dangerous dropped on a crowd, locks or catalytic converters cut off other
 * people's bikes and cars to sell, a cash machine opened, a gas inhaled to get high, spikes thrown
 * behind a car the police chase, a gun made to fire in bursts, a forged certificate, a tool used on
 * oneself to end it. The owner's own lock and the shopper's own car are shop senses.
 */
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

const CONTRABAND = concept(
  'drugs?',
  'cocaine',
  'heroin',
  'weed',
  'contraband',
  'weapons?',
  'drogas?',
  'cocaina',
  'heroina',
  'armas?',
);
const PAST_AUTHORITIES = concept(
  'customs',
  'border',
  'airport security',
  'sniffer dogs?',
  'prison',
  'jail',
  'inmates?',
  'aduana',
  'frontera',
  'carcel',
  'prision',
  'presos?',
);
const SMUGGLE = concept(
  'hide',
  'hidden',
  'smuggl\\w*',
  'sneak\\w*',
  'get (?:\\w+ ){0,2}(?:through|past|in(?:to)?)',
  'drop\\w*',
  'deliver\\w*',
  'esconder\\w*',
  'escondid[oa]s?',
  'pasar\\w*',
  'meter\\w*',
  'colar\\w*',
  'soltar\\w*',
);

const PEEP = concept(
  'spy\\w*',
  'peep\\w*',
  'peek\\w*',
  'filming',
  'film (?:her|him|them|inside|into)',
  'record\\w*',
  'espiar\\w*',
  'grabar\\w*',
);
const NOT_PEEP = /\b(?:makeover|tour|renovation|remodel\w*|reforma|baby ?monitor|monitor de bebe)\b/;
const PRIVATE_ROOM = concept(
  'bathrooms?',
  'showers?',
  'toilets?',
  'changing rooms?',
  'locker rooms?',
  'bedrooms?',
  'banos?',
  'duchas?',
  'vestuarios?',
  'dormitorios?',
  'habitacion',
);
const SOMEONE_ELSES = concept(
  "\\w+'s",
  'neighbou?rs?',
  'her',
  'his',
  'their',
  'roommate',
  'vecin[oa]s?',
  'de (?:mi|la|el|su) \\w+',
  'companer[oa]s?',
);

const STAB = concept('stab\\w*', 'cut', 'slash\\w*', 'apunal\\w*', 'cortar', 'acuchill\\w*');
const BLEED = concept('bleed\\w* out', 'bleeds? (?:to death|fastest|faster)', 'desangr\\w*');
/** First aid asks how to stop the bleeding. */
const FIRST_AID =
  /\b(?:stop|stem|prevent|first aid|tourniquet|parar|detener|cortar la hemorragia|torniquete|botiquin)\b/;

const INTO_WEAPON = concept(
  'into an? (?:grenade|bomb|pipe bomb|explosive|weapon|firearm|gun)(?! (?:shelter|safe|room|cabinet|case|rack|range|show|display))',
  'en una? (?:granada|bomba|explosivo|arma)',
);

const RELEASE = concept(
  'drop\\w*',
  'releas\\w*',
  'spraying (?:it )?on',
  'pour\\w*',
  'soltar\\w*',
  'lanzar\\w*',
  'tirar\\w*',
  'rociar\\w*',
);
const DANGEROUS_LOAD = concept(
  'something dangerous',
  'pepper spray',
  'tear gas',
  'acid',
  'chemicals?',
  'poison',
  'explosives?',
  'gas pimienta',
  'algo peligroso',
  'acido',
  'quimicos?',
  'veneno',
);
const CROWD = concept('crowds?', 'protesters?', 'people', 'rally', 'multitud', 'manifestantes', 'gente');

const CUT_OFF = concept(
  'snap\\w*',
  'cut\\w*',
  'slic\\w*',
  'saw\\w*',
  'break\\w*',
  'remove',
  'cortar\\w*',
  'corto',
  'romper',
  'reventar',
  'quitar\\w*',
);
const OTHERS_GOODS = concept(
  'bike locks?',
  'locks? (?:of|on) (?:the )?bikes',
  'catalytic converters?',
  'candados? de (?:las|los) bicis',
  'catalizador\\w*',
);
const FOR_GAIN_UNSEEN = concept(
  'resell\\w*',
  'sell (?:them|the bikes|it)',
  'parked',
  'at night',
  'quietest',
  'fast',
  'without waking',
  'train station',
  'venderl\\w*',
  'revender\\w*',
  'aparcados',
  'de noche',
  'polideportivo',
  'estacion',
);
const OWN_THING =
  /\b(?:my own|my (?:catalytic|bike lock)|mi catalizador|mi candado|mi propi[oa]|lost (?:the|my) keys?|perdi la llave|my (?:car|bike)'?s? (?:own )?(?:lock|converter))\b/;

const CASH_MACHINE = concept('atms?', 'cash machines?', 'cash box', 'cajeros?(?: automaticos?)?');
const FORCE_OPEN = concept(
  'cut\\w*',
  'torch\\w*',
  'break into',
  'crack\\w*',
  'pry',
  'forzar',
  'reventar',
  'cortar',
);

const INHALE = concept('breathe in', 'inhal\\w*', 'huff\\w*', 'sniff\\w*', 'esnifar', 'aspirar');
const GET_HIGH = concept(
  'get high',
  'getting high',
  'a high',
  'buzz',
  'colocarme',
  'colocarse',
  'flipar',
  'subidon',
);

const SPIKES = concept('caltrops?', 'spike strips?', 'tyre spikes', 'tire spikes', 'miguelitos');
const POLICE_CHASE = concept(
  'police',
  'cops',
  'chase\\w*',
  'behind me',
  'policia',
  'persecucion',
  'persigue\\w*',
);

const BURST_FIRE = concept(
  'full ?-?auto\\w*',
  'burst',
  'select ?-?fire',
  'rafaga',
  'automatica',
  'balas reales',
  'real bullets',
  'live rounds',
);
const FIREARM = concept(
  'rifle',
  'guns?',
  'pistol',
  'fusil',
  'pistola',
  'arma',
  'detonadora',
  'starter pistol',
  'canon',
);
const MODIFY = concept(
  'make',
  'modif\\w*',
  'convert\\w*',
  'weld\\w*',
  'so it',
  'para que',
  'soldar\\w*',
  'convertir',
);

const FORGED = concept('fake', 'forged', 'counterfeit', 'falso', 'falsa', 'falsificad\\w*');
const CREDENTIAL = concept(
  'certificates?',
  'certifications?',
  'licen[cs]es?',
  'diplomas?',
  'degrees?',
  'permits?',
  'certificados?',
  'carnets?',
  'titulos?',
  'licencias?',
  'permisos?',
);
const IN_MY_NAME = concept(
  'my name',
  'someone else',
  "someone else's",
  'mi nombre',
  'otra persona',
  'make me',
  'hazme',
  'get hired',
  'entrar en',
);

const ON_MYSELF = concept(
  'on myself',
  'to myself',
  'myself',
  'conmigo mism[oa]',
  'en mi mism[oa]',
  'a mi mism[oa]',
);
const END_IT = concept(
  "so it'?s (?:quick|over|painless|fast)",
  'quick(?:ly)? and painless',
  'done with (?:everything|it all|life)',
  "don'?t want to (?:live|be here)",
  'end (?:it|my life)',
  'acabar con todo',
  'no quiero (?:seguir|vivir)',
  'que sea rapido',
);

const RULES: readonly ConceptRule[] = [
  {
    name: 'contraband-past-authorities',
    kind: 'harm',
    all: [CONTRABAND, PAST_AUTHORITIES, SMUGGLE],
    span: 16,
    unless: /\b(?:prescri\w*|receta|medicat\w*|medicine|medicamentos?)\b/,
  },
  {
    name: 'voyeur-camera',
    kind: 'harm',
    all: [PEEP, PRIVATE_ROOM, SOMEONE_ELSES],
    span: 10,
    unless: NOT_PEEP,
  },
  { name: 'stab-to-bleed', kind: 'harm', all: [STAB, BLEED], span: 10, unless: FIRST_AID },
  { name: 'made-into-weapon', kind: 'harm', all: [INTO_WEAPON] },
  { name: 'load-on-crowd', kind: 'harm', all: [RELEASE, DANGEROUS_LOAD, CROWD], span: 10 },
  {
    name: 'parts-theft',
    kind: 'harm',
    all: [CUT_OFF, OTHERS_GOODS, FOR_GAIN_UNSEEN],
    span: 16,
    unless: OWN_THING,
  },
  { name: 'cash-machine', kind: 'harm', all: [CASH_MACHINE, FORCE_OPEN], span: 10 },
  { name: 'inhalant-high', kind: 'harm', all: [INHALE, GET_HIGH], span: 10 },
  { name: 'spikes-in-a-chase', kind: 'harm', all: [SPIKES, POLICE_CHASE], span: 14 },
  { name: 'burst-fire', kind: 'harm', all: [BURST_FIRE, FIREARM, MODIFY], span: 14 },
  { name: 'forged-credential', kind: 'harm', all: [FORGED, CREDENTIAL, IN_MY_NAME], span: 14 },
  { name: 'tool-on-myself', kind: 'harm', all: [ON_MYSELF, END_IT], span: 14 },
];

export const CONCEPT_ACT_RULES: readonly PatternRule[] = RULES.map(conceptRule);
