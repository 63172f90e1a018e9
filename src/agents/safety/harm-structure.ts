/**
 * Harm by structure (fifth widening): an act on another person or their things together with the
 * shape that makes it harmful, rather than a named weapon or drug.
 * - concealment of an act against someone ("… without her knowing", "sin que lo sepa", "a coroner
 *   wouldn't find", "while he sleeps") next to an act verb (burn, track, get into, open the lock,
 *   slip into a drink, make sick);
 * - arson of a building or vehicle ("burn … down", "set … on fire", "prender fuego a …");
 * - lethal ends stated as a wish ("stop breathing", "never wake up", "que no amanezca");
 * - minors with contact or pictures ("a 13 year old … send me photos", "meet me without telling
 *   her parents");
 * - forgery of signatures and prescriptions; shoplifting past the alarms; ransoming files;
 *   unregistered printed guns; dark-web markets; other people's card numbers; hurting people as
 *   a stated purpose; a dog set on a person; serving something deadly to someone.
 * Shop senses are left out by requiring the person or the purpose ("a candle that won't set off
 * the smoke alarm" has neither).
 */
import { any, type PatternRule, rule } from './rules.ts';

const CONCEAL = any(
  'without (?:him|her|them|anyone|anybody|my \\w+|the \\w+|his \\w+|her \\w+)? ?(?:knowing|noticing|finding out|realizing|seeing)',
  'without (?:leaving )?(?:any )?(?:evidence|trace|traces|marks|proof|fingerprints)',
  'without (?:her|him|them) finding out',
  "(?:coroner|autopsy|police|cops|doctors?) (?:wouldn'?t|won'?t|can'?t|couldn'?t) (?:find|detect|notice|tell)",
  "while (?:he|she|they)(?:\\s*(?:is|are|'re|'s))? (?:asleep|sleeps|sleeping|away|out|at work)",
  'without (?:his|her|their) (?:password|permission|consent)',
  'sin su (?:contrasena|permiso|consentimiento)',
  'sin que (?:\\w+ )?(?:lo |la |se )?(?:sepa|sepan|entere|enteren|note|noten|de cuenta|den cuenta)',
  'sin dejar (?:pruebas|rastro|huellas|marcas|evidencias?)',
  'without (?:her|him|them|anyone) (?:spotting|seeing) me',
  'sin que me (?:vea|vean|pille|pillen)',
  'so (?:it|that it) looks? like (?:it fell|it broke|an accident|nobody did it)',
  'sin que (?:los medicos|la policia|el forense) lo (?:noten|note|detecten)',
  'mientras (?:duerme|duermen|no esta|no estan)',
);
const ACT = any(
  'burn\\w*',
  'set \\w+ on fire',
  'track\\w*',
  'follow\\w*',
  'sigo',
  'seguir\\w*',
  'break\\w*',
  'destroy\\w*',
  'romp\\w*',
  'trace',
  'spy\\w*',
  "read (?:[\\w']+ ){0,2}(?:texts|messages|e-?mails|chats|dms)",
  'shows? me (?:every|all) (?:text|message)s?',
  'get into',
  'break into',
  'open (?:the|his|her|their) (?:lock|door)',
  'pick (?:a|the) lock',
  'start (?:it|his|her|the \\w+) without',
  'slip',
  'poison\\w*',
  'hurt\\w*',
  'harm\\w*',
  'make (?:\\w+ )?sick',
  'rastre\\w*',
  'quem\\w*',
  'prend\\w* fuego',
  'espi\\w*',
  'entr[oa]\\w* (?:al|a la|en)',
  'abr\\w* (?:la|su) (?:cerradura|puerta)',
  'enferm\\w*',
  'envenen\\w*',
  'dan[oa]',
  'echo',
  'le (?:pongo|echo|doy)',
);
const PROPERTY = any(
  'house',
  'home',
  'building',
  'car',
  'truck',
  'store',
  'shop',
  'school',
  'apartment',
  'casa',
  'coche',
  'carro',
  'edificio',
  'tienda',
  'escuela',
  'piso',
  'camion',
);
const MINOR = any(
  'kids?',
  'child(?:ren)?',
  'minors?',
  'little (?:girl|boy)',
  'girl',
  'boy',
  'teen\\w*',
  '1[0-7] ?(?:year|yr)s? ?old',
  '[4-9] ?(?:year|yr)s? ?old',
  'nin[oa]s?',
  'menor(?:es)? de edad',
  'menor',
  'chiquill[oa]',
  'de (?:diez|once|doce|trece|catorce|quince|1[0-7]) anos',
);

/** Not the speaker's own children ("my kids can send me photos" is a family printer). */
const NOT_OWN = '(?<!\\b(?:my|our|mis|mi|nuestr[oa]s?) (?:\\w+ )?)';

export const HARM_STRUCTURE_RULES: readonly PatternRule[] = [
  rule(
    'harm',
    'concealed-act',
    new RegExp(`\\b${ACT}\\b.{0,80}\\b${CONCEAL}\\b|\\b${CONCEAL}\\b.{0,40}\\b${ACT}\\b`),
  ),
  rule(
    'harm',
    'arson',
    new RegExp(
      `\\bburn(?:s|ing)? (?:\\w+ |\\w+'s ){0,4}${PROPERTY} down\\b|\\bburn(?:s|ing)? down (?:\\w+ |\\w+'s ){0,2}${PROPERTY}\\b|\\bset (?:\\w+ |\\w+'s ){0,2}(?:${PROPERTY}|someone|him|her|them) on fire\\b|\\bset fire to (?:\\w+ |\\w+'s ){0,2}(?:${PROPERTY}|someone|him|her|them)\\b|\\b(?:prend|pegar|meter)\\w* fuego a\\b|\\bquem\\w* (?:una|la|el|mi|su|un) ${PROPERTY}\\b`,
    ),
  ),
  rule(
    'harm',
    'lethal-wish',
    /\b(?:stop|stops) breathing\b|\bnever wake up\b|\bnot wake up (?:again|ever)\b|\bdej[ea] de respirar\b|\bno (?:despertar|despierte|despierto) nunca\b|\bnunca (?:mas )?(?:despertar|despierte)\b|\bque no amanezca\b/,
  ),
  rule(
    'harm',
    'minor-contact',
    new RegExp(
      `${NOT_OWN}\\b${MINOR}\\b.{0,60}\\b(?:send me|to send|sends? me|me mande|me envie|mandarme|enviarme)\\b.{0,30}\\b(?:photos?|pics?|pictures|selfies|fotos?|imagenes)\\b|${NOT_OWN}\\b${MINOR}\\b.{0,60}\\b(?:meet me|meet up with me|verse conmigo|quedar conmigo)\\b|\\b${MINOR}\\b.{0,80}\\bwithout (?:telling )?(?:her|his|their) parents\\b|\\b${MINOR}\\b.{0,80}\\bsin que (?:sus padres|su madre|su padre)\\b`,
    ),
  ),
  rule(
    'harm',
    'forgery',
    /\b(?:forg(?:e|ing)|fake|falsif\w+|counterfeit\w*)\b.{0,30}\b(?:signature|prescription|cheque|check|id|passport|firma|receta|pasaporte|dni|documento)s?\b/,
  ),
  rule(
    'harm',
    'shoplifting',
    /\b(?:walk out|leave|get out|take|steal|sneak|llev\w*|salir|sacar|robar)\b.{0,50}\b(?:without (?:paying|the alarms?|setting off)|sin (?:pagar(?! (?:el )?envio| gastos)|que (?:suenen|salten|pite|piten))|(?:alarms?|alarmas) (?:going off|go off|sounding|sonando))\b/,
  ),
  rule(
    'harm',
    'ransom-files',
    /\b(?:lock|locks|encrypt\w*|cifr\w*|bloque\w*)\b.{0,40}\b(?:files?|computer|archivos?|ordenador|computadora)\b.{0,40}\b(?:until|unless|hasta que|a menos que) (?:(?:he|she|they|you|me) )?(?:pays?|pague\w*)\b/,
  ),
  rule(
    'harm',
    'untraceable-gun',
    /\b(?:3d[- ]?print\w*|printable|imprimible|ghost)\b.{0,30}\b(?:gun|pistol|rifle|receiver|lower|arma|pistola)s?\b|\b(?:gun|pistol|rifle|receiver|arma|pistola)s?\b.{0,40}\b(?:nobody can (?:register|trace)|untraceable|unregistered|sin (?:registrar|numero de serie)|irrastreable)\b/,
  ),
  rule(
    'harm',
    'silencer',
    /\b(?:homemade|home-made|diy|improvised|make|build|casero|fabric\w*|hacer|hago)\b.{0,20}\b(?:silencer|suppressor|silenciador)s?\b|\b(?:silencer|suppressor|silenciador)\b.{0,10}\bcasero\b/,
  ),
  rule(
    'harm',
    'dose-another',
    /\b(?:get|make|trick|convince|hacer que|conseguir que)\b.{0,25}\b(?:to take|to swallow|take|swallow|tome|trague)\b.{0,25}\b(?:pills|drugs|sleeping pills|pastillas|drogas|somniferos)\b.{0,30}\b(?:so (?:she|he|they) (?:sleeps?|passes out|won'?t wake)|all day|para que (?:duerma|no se despierte))\b/,
  ),
  rule(
    'harm',
    'brake-sabotage',
    /\b(?:cut|cutting|tamper\w*|damage|loosen|sabotag\w*|drain)\b.{0,10}\b(?:someone'?s|his|her|their|\w+'s)\s(?:car'?s? )?(?:brakes?|brake lines?|brake fluid)\b|\b(?:cort\w*|afloj\w*|sabote\w*)\b.{0,5}\blos frenos\b.{0,30}\b(?:de alguien|de mi \w+|de otro|del coche de)\b/,
  ),
  rule(
    'harm',
    'dark-market',
    /\b(?:dark ?web|deep ?web|darknet|onion) (?:market|site|shop|vendor|mercado|tienda)s?\b/,
  ),
  rule(
    'harm',
    'others-cards',
    /\b(?:other people'?s|someone else'?s|stolen|bought a list of|de otras personas|robad[oa]s)\b.{0,30}\b(?:card numbers|credit cards|cards|tarjetas|numeros de tarjeta)\b|\b(?:open|abrir|sacar)\b.{0,30}\b(?:credit cards?|loans?|accounts?|tarjetas|prestamos|cuentas)\b.{0,20}\b(?:in (?:their|his|her|someone'?s) name|a (?:su|nombre de otr[oa]))\b|\b(?:someone'?s|another person'?s|de otra persona) (?:social security|ssn)\b/,
  ),
  rule(
    'harm',
    'hurt-people',
    /\b(?:to|want to|going to|gonna|how (?:do|can|could) i|way to|como)\b (?:\w+ ){0,3}(?:hurt|harm|attack|injure|stab) (?:people|someone|somebody|a person|kids|students|my (?:wife|husband|boss|neighbou?r|ex|teacher|coworker|mom|dad))\b|\b(?:hacer|hago|hacerle|le hago) dan[oa] a (?:alguien|la gente|una persona|mi \w+)\b|\b(?:dog|perro)\b.{0,30}\b(?:attack|ataque|morder|bite)\w* (?:a |al )?(?:my |mi )?(?:neighbou?r|vecin[oa]|someone|alguien|person|persona)\b/,
  ),
  rule(
    'harm',
    'serve-deadly',
    /\b(?:deadly|lethal|poisonous|toxic|mortal(?:es)?|venenos[oa]s?|toxic[oa]s?)\b.{0,60}\b(?:serve|give|feed|servir\w*|dar\w*|darle\w*)\b.{0,15}\b(?:them|him|her|to my|to his|to her|a mis?|a sus?|sel[oa]s)\b|\b(?:slip|put|add|sneak|echar?|poner|pongo|echo|meto)\b.{0,20}\b(?:into|in|en)\b.{0,5}\b(?:\w+'s|my \w+'s|his|her|someone'?s|la de|el de|su) (?:coffee|drink|tea|food|meal|bebida|cafe|comida|te)\b.{0,60}\b(?:wouldn'?t|won'?t|can'?t|without|pass out|sick|sleep|desmaye|enferm\w*|sin que|dormir)\b/,
  ),
  rule(
    'harm',
    'stalk-address',
    /\b(?:find|locate|get|track down|encontrar|averiguar|saber)\b.{0,20}\b(?:a (?:woman|man|girl|guy)'?s|her|his|someone'?s|su|la) (?:home |house )?(?:address|location|direccion|ubicacion)\b.{0,60}\b(?:so i can|show up|from (?:her|his|their) (?:photos|pictures|posts)|sin que|presentarme|aparecer)\b/,
  ),
  rule(
    'harm',
    'spike-drink',
    /\b(?:en|into|in) (?:la|su|el|his|her|their|someone'?s) (?:bebida|copa|comida|cafe|drink|coffee|food)\b.{0,30}\b(?:a alguien|a una persona|a mi \w+|para que se (?:desmaye|duerma|maree|enferme)|so (?:she|he|they) (?:passes|pass) out)\b|\bhotwir\w*|\bhaciendole el puente\b|\bhacerle el puente\b|\btrip ?wire\b.{0,60}\b(?:someone|his|her|their|neighbou?r|doorway|door|puerta)\b/,
  ),
  rule(
    'harm',
    'tamper-safety',
    /\btamper\w* with (?:a |the |his |her |their |someone'?s )?(?:smoke (?:detector|alarm)|carbon monoxide|brakes?|gas line|airbag)\b.{0,60}\b(?:so|tenant|someone|he|she|they|isn'?t|won'?t)\b/,
  ),
  rule(
    'harm',
    'bomb-make',
    /\b(?:steel|metal|iron|copper|pvc) (?:tube|pipe)\b.{0,60}\b(?:blows? (?:apart|up)|explod\w*)\b|\bso (?:it|that it) (?:blows (?:apart|up)|explodes)\b|\b(?:builds?|make|makes|making|assembl\w*) (?:a |the )?(?:\w+ )?bomb (?:that (?:actually|really) works|step by step)\b|\bnitroglycerin\w*|\bnitroglicerina\b|\b(?:tnt|c-?4|semtex|thermite|napalm|termita casera)\b.{0,40}\b(?:make|quantities|recipe|hacer|receta|cantidades)\b|\b(?:quantities|cantidades)\b.{0,40}\b(?:to make|para hacer)\b.{0,20}\b(?:explosive|explosivo|bomb|bomba)\b/,
  ),
  rule(
    'harm',
    'fraud-lie',
    /\b(?:get|obtain|conseguir)\b.{0,40}\b(?:pills|opioids|oxy\w*|prescription|medicines?|pastillas|opioides|recetas?)\b.{0,40}\b(?:by lying|lying to|mintiendo|enganando)\b|\b(?:falsificar|forge|fake) (?:a |una )?(?:prescription|receta)\b|\bmessage that (?:looks|seems) like (?:it'?s )?from\b.{0,30}\b(?:bank|paypal)\b|\bmensaje que parezca de\b.{0,40}\b(?:clave|contrasena|datos|pin)\b/,
  ),
];
