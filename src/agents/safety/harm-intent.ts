/**
 * Harmful intent as an act family near a dangerous-object family, EN and ES, over the folded text
 * (normalize.ts). A new wording of the same intent ("put together a pipe bomb", "a device that
 * explodes when a car starts", "cómo sintetizo anfetamina") has a verb of the family and an object of
 * the family, whatever the words around them; the shop's own uses of the same nouns pass because
 * the object families leave out their shop senses (bath bombs, nail and glue guns, drug stores,
 * weed killer) and because an object alone, or an act alone, is nothing.
 *
 * Families: explosives, illicit firearms, poisons and toxic gases, drug synthesis, drugging a
 * person, lethal doses, violence with concealment, intrusion into another person's accounts or
 * phone, fraud (phishing, counterfeits, stolen cards).
 */
import { type PatternRule, rule } from './rules.ts';

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;

/** `a` and `b` within `gap` characters of each other, in either order. */
function near(a: readonly string[], b: readonly string[], gap = 60): RegExp {
  const A = `\\b${alt(a)}\\b`;
  const B = `\\b${alt(b)}\\b`;
  return new RegExp(`${A}.{0,${gap}}${B}|${B}.{0,${gap}}${A}`);
}

/** Both patterns somewhere in the text. */
function both(a: RegExp, b: RegExp): RegExp {
  return new RegExp(`^(?=[\\s\\S]*?(?:${a.source}))(?=[\\s\\S]*?(?:${b.source}))`);
}

/** Asking how, or stating the intent: the frame that turns an object into a request. */
const HOW = [
  'how (?:do|can|could|would|should|to|much|many)',
  'step by step',
  'teach me',
  'walk me through',
  'show me how',
  'tell me how',
  'explain how',
  'instructions (?:for|to|on)',
  'recipe for',
  'best way',
  'easiest way',
  'quietest way',
  'where (?:do|can) i (?:buy|get|find|order)',
  'i (?:want|need|am going|plan) to',
  "i'm going to",
  'help me',
  'como',
  'paso a paso',
  'ensename',
  'explicame',
  'dime como',
  'donde (?:compro|consigo|encuentro|puedo comprar)',
  'quiero',
  'ayudame a',
  'receta (?:de|para)',
  'manera de',
  'forma de',
];

const MAKE = [
  'make',
  'making',
  'build',
  'building',
  'put together',
  'assemble',
  'construct',
  'craft',
  'create',
  'produce',
  'manufacture',
  'synthesi[sz]e',
  'cook',
  'extract',
  'brew',
  'mix',
  'combine',
  '3d print',
  'print',
  'rig',
  'wire',
  'fabric(?:o|ar|ando)',
  'hacer',
  'hago',
  'construir',
  'construyo',
  'montar',
  'monto',
  'armar',
  'armo',
  'preparar',
  'preparo',
  'sintetiz\\w*',
  'cocinar',
  'cocino',
  'extraer',
  'extraigo',
  'producir',
  'produzco',
  'mezcl\\w*',
  'combin\\w*',
  'imprim\\w*',
];

const EXPLOSIVE = [
  '(?<!(?:bath|bubble|seed|glitter|cherry|photo|color|colour|flavor|flavour|smoke|fizzy|confetti|calorie|shower|paint|stink|foto|sabor|baño|bano) )bombs?(?! pops?| (?:pop|proof|shelter|jacket|deals?|sale))',
  'b0mbs?',
  'explosives?',
  'explod\\w*',
  'ieds?',
  'detonators?',
  'detonat\\w*',
  'blast(?:ing)? caps?',
  'shrapnel',
  'bombas?(?! de (?:bano|agua|calor|aire|achique|frio|vacio|presion|humo|color|semillas|chocolate|crema|sabor)| (?:de )?(?:sabor|ofertas?)|s? fetidas?)',
  'explosiv\\w*',
  'artefactos?',
  'detonador\\w*',
  'metralla',
  'estall\\w*',
];

const FIREARM = [
  '(?<!(?:nail|glue|staple|toy|water|nerf|spray|paint|heat|massage|caulk|caulking|grease|airbrush|tattoo|price|label|foam|bubble|cap|dart|laser|radar|speed|hot) )(?:hand)?guns?',
  'pistols?',
  '(?<!air )rifles?',
  'firearms?',
  'weapons?',
  'ar-?15s?',
  'glocks?',
  'silencers?',
  'suppressors?',
  'armas?(?: de fuego)?',
  'pistolas?(?! (?:de|para) (?:silicona|clavos|agua|pintura|calor|grapas|aire|masaje|juguete|pegamento|cola|espuma|burbujas))',
  'escopetas?',
  'revolver\\w*',
  'silenciador\\w*',
];
const ILLICIT_ARMS = [
  'no (?:background check|paperwork|papers|license|licence|permit|serial)',
  'without (?:a |any )?(?:background check|paperwork|papers|license|licence|permit|serial)',
  'untraceable',
  'unregistered',
  'off the books',
  '3d print\\w*',
  'print(?:ed)? (?:a |my own )?(?:working|real|functional)',
  'make (?:a |my own )?(?:silencer|suppressor)',
  'sin (?:permiso|licencia|papeles|registro|numero de serie|que (?:me )?pidan)',
  'de contrabando',
  'imprim\\w*',
  'en 3d',
  'que funcione',
  'casero',
  'casera',
  'fabric(?:o|ar|ando)',
];

const POISON = [
  'poison\\w*',
  'toxic (?:gas|cloud|fumes|smoke)',
  'deadly (?:gas|fumes|cloud)',
  'nerve agent',
  'cyanide',
  'arsenic',
  'ricin',
  'venenos?',
  'envenen\\w*',
  'cianuro',
  'arsenico',
  'nube toxica',
  'gas (?:toxico|venenoso|mortal)',
];
const POISON_INTENT = [
  'undetect\\w*',
  'hard(?:est)? to (?:detect|trace)',
  "(?:can'?t|cannot|won'?t) be (?:detected|traced)",
  'autops\\w*',
  'toxicology',
  'closed room',
  'someone',
  'somebody',
  'a person',
  'people',
  'my (?:wife|husband|boss|neighbou?r|ex)',
  'no se (?:detecta|nota)',
  'indetectable',
  'sin que se (?:note|detecte)',
  'habitacion cerrada',
  'a alguien',
  'a una persona',
  'a mi (?:mujer|marido|jefe|vecin[oa]|ex)',
];
const HOUSEHOLD_MIX = [
  'household chemicals',
  'cleaning products',
  'bleach',
  'productos de limpieza',
  'lejia',
];
const HOUSEHOLD_HARM = [
  'toxic',
  'poison\\w*',
  'deadly',
  'lethal',
  'kill',
  'gas',
  'cloud',
  'fumes',
  'toxic\\w*',
  'mortal',
  'matar',
  'venenos\\w*',
  'nube',
];

const SYNTH_DRUG = [
  'meth\\w*',
  'amphetamines?',
  'psilocybin',
  'magic mushrooms',
  'shrooms',
  'lsd',
  'dmt',
  'mdma',
  'ecstasy',
  'ghb',
  'heroin',
  'cocaine',
  'crack(?! (?:pepper|eggs?|nuts?|open|down))',
  'opium',
  'fentanyl',
  'anfetamina\\w*',
  'metanfetamina\\w*',
  'psilocibina',
  'setas (?:alucinogenas|magicas)',
  'hongos (?:alucinogenos|magicos)',
  'extasis',
  'cocaina',
  'heroina',
  'opio',
  'fentanilo',
];
const DRUG_ACT = [
  ...MAKE,
  'grow',
  'growing',
  'cultivate',
  'cultiv\\w*',
  'sell',
  'selling',
  'vend\\w*',
  'smoke',
  'inject',
];

const DRINK = ['drinks?', 'glass', 'cocktail', 'beverage', 'bebidas?', 'copas?', 'vasos?', 'cubata'];
const KNOCKOUT = [
  'pass(?:es)? out',
  'black(?:s)? out',
  'unconscious',
  'knock (?:her|him|them) out',
  'out cold',
  "won'?t remember",
  'without (?:her|him|them) (?:knowing|noticing)',
  'drug (?:her|him|them)',
  'inconsciente',
  'dormid[oa]',
  'k\\.?o\\.?',
  'no se acuerde',
  'sin que (?:se de cuenta|lo note|lo sepa|se entere)',
  'drogar\\w*',
];

const PILLS = [
  'pills?',
  'tablets?',
  'capsules?',
  'sleeping pills',
  'paracetamol',
  'acetaminophen',
  'tylenol',
  'ibuprofen',
  'aspirin',
  'insulin',
  'opioids?',
  'pastillas?',
  'comprimidos?',
  'capsulas?',
  'ibuprofeno',
  'aspirina',
  'insulina',
];
const LETHAL = [
  '(?:not|never) wake up',
  'deadly',
  'lethal',
  'fatal',
  'to die',
  'kill (?:me|myself|a person|someone)',
  'overdose',
  'end it',
  'no (?:volver a )?despertar',
  'mortal',
  'letal',
  'para morir',
  'matarme',
  'sobredosis',
];

const HURT = [
  'hurt',
  'harm',
  'injure',
  'beat(?: up)?',
  'hit',
  'punch',
  'take out',
  'get rid of',
  'kill',
  'choke',
  'break (?:his|her|their) (?:legs?|arms?|bones?)',
  'matar\\w*',
  'mato',
  'pegar\\w*',
  'pego',
  'dar(?:le)? una paliza',
  'doy una paliza',
  'paliza',
  'hacer(?:le)? dano',
  'herir\\w*',
  'deshacerme de',
  'quitar de en medio',
  'cargarme a',
  'golpe\\w*',
];
const CONCEAL = [
  'without (?:leaving )?(?:any )?(?:marks|bruises|a trace|evidence|anyone (?:knowing|noticing))',
  "(?:bruises|marks) (?:do ?n[o']t|don'?t|won'?t) show",
  "so (?:it|the bruises|nobody|no one) (?:does not|doesn't|won't) (?:show|notice|know)",
  'not get caught',
  '(?:no one|nobody) (?:will )?(?:know|notice|find out)',
  'sin dejar (?:marcas|rastro|huellas|pruebas)',
  'sin que se (?:note|entere|sepa)',
  'sin que nadie (?:lo )?(?:sepa|note|se entere)',
  'que no se note',
  'sin que me pillen',
];
/** A person as the object of an act (EN and ES, with the clitic of "hacerle daño", "pegarle"). */
const PERSON = [
  'someone',
  'somebody',
  'a person',
  'people',
  'him',
  'her',
  'them',
  '(?:my|his|her|their|the|our|a) (?:wife|husband|boss|neighbou?rs?|ex|mom|mum|mother|dad|father|teacher|sister|brother|friend|co-?workers?|classmates?|roommate|flatmate|landlord|kid|child|son|daughter|girlfriend|boyfriend|partner|student|guy|girl|man|woman)',
  'alguien',
  'una persona',
  '(?:a )?(?:mi|mis|su|sus|el|la|un|una) (?:mujer|marido|esposa|esposo|jefe|jefa|vecin[oa]s?|ex|madre|padre|profesor\\w*|herman[oa]|amig[oa]|companer[oa]s?|hij[oa]s?|novi[oa]|pareja|casero|chic[oa]|tio|tipo)',
  '\\w+(?:le|la|lo)',
];
const GONE = ['for good', 'permanently', 'forever', 'para siempre', 'de una vez'];

const INTRUDE = [
  'hack\\w*',
  'break into',
  'get into',
  'log ?in(?:to)?',
  'access',
  'read (?:her|his|their) (?:messages|texts|emails|chats)',
  'hackear\\w*',
  'jaquear',
  'entr(?:ar|o) (?:en|a)',
  'acceder a',
  'meterme en',
  'leer (?:sus|los) (?:mensajes|whatsapps?|correos)',
];
const ACCOUNT_OF_ANOTHER = [
  "(?:my ex|my wife|my husband|my girlfriend|my boyfriend|my partner|someone|somebody|her|his|their|my neighbou?r|my boss)(?:'s)? (?:instagram|facebook|email|e-mail|gmail|phone|account|whatsapp|icloud|messages|snapchat|tiktok|wifi)",
  '(?:instagram|facebook|email|correo|cuenta|movil|telefono|whatsapp|mensajes) de (?:mi|su|otra|una|alguien)\\w*',
  'sin que (?:lo sepa|se entere|se de cuenta)',
  'without (?:her|him|them) knowing',
];
const SPYWARE = [
  'spyware',
  'stalkerware',
  'keyloggers?',
  'spy ?apps?',
  'tracking apps?',
  'apps? espias?',
  'aplicacion(?:es)? espias?',
  'programa espia',
  'localizador oculto',
];
const PLANT = [
  'install\\w*',
  'put',
  'hide',
  'plant',
  'sneak',
  'instal\\w*',
  'pongo',
  'poner',
  'meter',
  'meto',
  'esconder',
];
const VICTIM_DEVICE = [
  "(?:my |his |her |their )?(?:wife|husband|girlfriend|boyfriend|partner|ex|kid|son|daughter|boss|someone|somebody)(?:'s)? (?:phone|laptop|computer|cell)",
  '(?:movil|telefono|portatil|ordenador) de (?:mi|su|alguien)\\w*',
  'her phone',
  'his phone',
  'their phone',
];

const FRAUD_MAKE = [
  'write',
  'make',
  'create',
  'draft',
  'design',
  'print',
  'escrib\\w*',
  'redact\\w*',
  'hacer',
  'hago',
  'crear',
  'creo',
  'disen\\w*',
  'imprim\\w*',
  'falsific\\w*',
];
const FRAUD_OBJECT = [
  'phishing',
  'fake (?:bank )?(?:email|message|text|sms|login page|website)s?',
  '(?:email|message|text|sms) that looks like (?:it comes from |it is from )?(?:a |the |my )?bank',
  'counterfeit',
  'fake (?:money|bills|banknotes|notes|ids?|passports?|licen[cs]es?)',
  '(?:mensaje|correo|email|sms) falso',
  'billetes?(?! de (?:avion|tren|autobus|loteria|lotería))',
  'dinero falso',
  'dni falso',
  'pasaporte falso',
];
const STOLEN_CARDS = [
  'stolen (?:credit )?cards?',
  'stolen card numbers',
  '(?:credit )?card numbers?',
  'cvvs?',
  'fullz',
  'tarjetas? (?:de credito )?(?:robadas?|clonadas?)',
  'numeros de tarjetas? robadas?',
];
const STOLEN_ACT = ['buy', 'get', 'find', 'sell', 'compr\\w*', 'consig\\w*', 'vend\\w*', 'where'];
const STOLEN_MARK = ['stolen', 'robad\\w*', 'clonad\\w*', 'dumps?', 'fullz', 'cvvs?'];

export const HARM_INTENT_RULES: readonly PatternRule[] = [
  rule('harm', 'intent-explosives', near(MAKE, EXPLOSIVE, 50)),
  rule(
    'harm',
    'intent-explosives-how',
    near(HOW, ['device that explodes', 'artefacto explosivo', 'explosivo casero', 'homemade explosive'], 50),
  ),
  rule('harm', 'intent-illicit-firearm', near(FIREARM, ILLICIT_ARMS, 40)),
  rule('harm', 'intent-poison', near(POISON, POISON_INTENT, 50)),
  rule('harm', 'intent-toxic-mix', near(HOUSEHOLD_MIX, HOUSEHOLD_HARM, 50)),
  rule('harm', 'intent-drug-synthesis', near(DRUG_ACT, SYNTH_DRUG, 40)),
  rule(
    'harm',
    'intent-crystal',
    near(
      ['cook\\w*', 'smoke', 'sell\\w*', 'cocin\\w*', 'fum\\w*', 'vend\\w*'],
      [
        'crystal(?! (?:glass\\w*|vase\\w*|clear|beads?|chandelier\\w*|earrings?|bowls?|lab|kit))',
        'cristal(?! de)',
      ],
      25,
    ),
  ),
  rule('harm', 'intent-drugging', near(DRINK, KNOCKOUT, 50)),
  rule('harm', 'intent-lethal-dose', near(PILLS, LETHAL, 50)),
  rule('harm', 'intent-hidden-violence', both(near(HURT, PERSON, 40), near(HURT, CONCEAL, 60))),
  rule('harm', 'intent-violence-gone', both(near(HURT, PERSON, 40), near(HURT, GONE, 50))),
  rule('harm', 'intent-intrusion', near(INTRUDE, ACCOUNT_OF_ANOTHER, 40)),
  rule('harm', 'intent-spyware', near([...PLANT, ...HOW], SPYWARE, 50)),
  rule('harm', 'intent-spyware-target', near(SPYWARE, VICTIM_DEVICE, 40)),
  rule('harm', 'intent-fraud', near(FRAUD_MAKE, FRAUD_OBJECT, 40)),
  rule('harm', 'intent-stolen-cards', near(STOLEN_ACT, STOLEN_CARDS, 40)),
  rule(
    'harm',
    'intent-stolen-mark',
    near(STOLEN_MARK, ['(?:credit )?cards?', 'card numbers', 'tarjetas?', 'numeros de tarjeta\\w*'], 25),
  ),
];
