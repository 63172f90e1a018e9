/**
 * The word families of harm-intent.ts that involve another person: hurting them (with a person as
 * object and concealment), intruding into their accounts or phone, defrauding them. EN and ES,
 * over the folded text; each entry is a regular-expression alternative.
 */
export const HURT: readonly string[] = [
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
export const CONCEAL: readonly string[] = [
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
  'look like an accident',
  'parezca (?:un )?accidente',
];
/** A person as the object of an act (EN and ES, with the clitic of "hacerle daño", "pegarle"). */
export const PERSON: readonly string[] = [
  'someone',
  'somebody',
  'a person',
  'people',
  'him',
  'her',
  'them',
  // (guard5) one word may sit between: "my old neighbor", "her new boyfriend"
  '(?:my|his|her|their|the|our|a) (?:(?:old|new|ex|former|current|stupid|annoying|noisy|useless|own|little|big|older|younger|elderly|step) )?(?:wife|husband|boss|neighbou?rs?|ex|mom|mum|mother|dad|father|teacher|sister|brother|friend|co-?workers?|classmates?|roommate|flatmate|landlord|kid|child|son|daughter|girlfriend|boyfriend|partner|student|guy|girl|man|woman|(?:brother|sister|mother|father)-in-law|in-laws|cousin|nephew|niece|uncle|aunt|grandma|grandpa|tenant)',
  'alguien',
  'una persona',
  '(?:a )?(?:mi|mis|su|sus|el|la|un|una) (?:mujer|marido|esposa|esposo|jefe|jefa|vecin[oa]s?|ex|madre|padre|profesor\\w*|herman[oa]|amig[oa]|companer[oa]s?|hij[oa]s?|novi[oa]|pareja|casero|chic[oa]|tio|tipo|cunad[oa]s?|suegr[oa]s?|prim[oa]s?|sobrin[oa]s?|niet[oa]s?|yerno|nuera|tia|abuel[oa]s?)',
  '\\w+(?:le|la|lo)',
];
export const GONE: readonly string[] = ['for good', 'permanently', 'forever', 'para siempre', 'de una vez'];

export const INTRUDE: readonly string[] = [
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
export const ACCOUNT_OF_ANOTHER: readonly string[] = [
  "(?:my ex|my wife|my husband|my girlfriend|my boyfriend|my partner|someone|somebody|her|his|their|my neighbou?r|my boss|my roommate|my flatmate|my sister|my brother|my coworker|my colleague|my parents|my teacher)(?:'s)? (?:instagram|facebook|email|e-mail|gmail|phone|account|whatsapp|icloud|messages|snapchat|tiktok|wifi|laptop|computer|tablet|files|diary|cloud)",
  '(?:instagram|facebook|email|correo|cuenta|movil|telefono|whatsapp|mensajes) de (?:mi|su|otra|una|alguien)\\w*',
  'sin que (?:lo sepa|se entere|se de cuenta)',
  'without (?:her|him|them) knowing',
];
export const SPYWARE: readonly string[] = [
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
export const PLANT: readonly string[] = [
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
export const VICTIM_DEVICE: readonly string[] = [
  "(?:my |his |her |their )?(?:wife|husband|girlfriend|boyfriend|partner|ex|kid|son|daughter|boss|someone|somebody)(?:'s)? (?:phone|laptop|computer|cell)",
  '(?:movil|telefono|portatil|ordenador) de (?:mi|su|alguien)\\w*',
  'her phone',
  'his phone',
  'their phone',
];

export const FRAUD_MAKE: readonly string[] = [
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
export const FRAUD_OBJECT: readonly string[] = [
  'phishing',
  'fake (?:bank )?(?:email|message|text|sms|login page|website)s?',
  '(?:email|message|text|sms) that looks like (?:it comes from |it is from )?(?:a |the |my )?bank',
  'counterfeit',
  'fake (?:money|bills|banknotes|notes|ids?|passports?|licen[cs]es?)',
  '(?:mensaje|correo|email|sms) falso',
  'billetes?(?! de (?:avion|tren|autobus|loteria|lotería))',
  'dinero falso',
  "fake (?:invoices?|receipts?|reviews?|doctor'?s notes?|sick notes?)",
  '(?:facturas?|recibos?|resenas?) fals[ao]s?',
  'dni falso',
  'pasaporte falso',
];
export const STOLEN_CARDS: readonly string[] = [
  'stolen (?:credit )?cards?',
  'stolen card numbers',
  '(?:credit )?card numbers?',
  'cvvs?',
  'fullz',
  'tarjetas? (?:de credito )?(?:robadas?|clonadas?)',
  'numeros de tarjetas? robadas?',
];
export const STOLEN_ACT: readonly string[] = [
  'buy',
  'get',
  'find',
  'sell',
  'compr\\w*',
  'consig\\w*',
  'vend\\w*',
  'where',
];
export const STOLEN_MARK: readonly string[] = [
  'stolen',
  'robad\\w*',
  'clonad\\w*',
  'dumps?',
  'fullz',
  'cvvs?',
];

/** Deceiving someone out of money. */
export const TRICK: readonly string[] = [
  'trick',
  'scam',
  'con',
  'defraud',
  'fool',
  'dupe',
  'swindle',
  'estaf\\w*',
  'engan\\w*',
  'timar',
];
export const INTO_PAYING: readonly string[] = [
  'into (?:paying|giving|sending|transferring)',
  'their (?:money|savings|bank details)',
  'para que (?:me )?(?:paguen?|den|transfieran)',
  'su dinero',
];
/** Someone else's vehicle or property, and what tampers with it or takes it. */
export const NOT_MINE: readonly string[] = [
  "(?:that|which) (?:isn'?t|is not|are not|aren'?t) mine",
  "someone else'?s",
  'not my own',
  'que no (?:es|son) mi[oa]s?',
  'ajen[oa]s?',
  'de otra persona',
];
export const TAKE_VEHICLE: readonly string[] = [
  'hot-?wire',
  'hacer(?: un)? puente',
  'hago (?:un )?puente',
  'pick (?:the |a )?lock',
  'unlock',
  'break into',
  'forzar',
  'fuerzo',
  'abrir',
  'abro',
  'steal',
  'robar',
];
export const VEHICLE_OF_ANOTHER: readonly string[] = [
  "(?:my |his |her |their )?(?:ex|wife|husband|girlfriend|boyfriend|partner|boss|neighbou?r|someone|somebody)(?:'s)? (?:car|brakes|bike|motorbike)",
  '(?:coche|moto|frenos|bici) de (?:mi|su|alguien)\\w*',
];
export const SABOTAGE: readonly string[] = [
  'crash',
  'sabotage',
  'tamper',
  'cut the brakes',
  'brakes',
  'accident',
  'accidente',
  'frenos',
  'sabote\\w*',
  'manipul\\w*',
];

/** Damaging another person's property. */
export const VANDAL: readonly string[] = [
  'slash\\w*',
  'puncture',
  'deflate',
  'key',
  'scratch',
  'pinch\\w*',
  'raj\\w*',
  'ray\\w*',
  'desinfl\\w*',
];
export const WHEELS: readonly string[] = ['tyres', 'tires', 'ruedas', 'neumaticos'];
export const UNSEEN: readonly string[] = [
  "(?:his|her|their|someone'?s|my \\w+'?s)",
  'without (?:being|getting) (?:seen|caught)',
  'sin que (?:me|nos) (?:vean|pillen)',
  '(?:a|de) (?:mi|su) \\w+',
  'le',
];
/** Finding a person who cut contact. */
export const LOCATE: readonly string[] = [
  'find out',
  'track',
  'locate',
  'figure out',
  'averigu\\w*',
  'localiz\\w*',
  'saber',
  'encontrar',
  'rastre\\w*',
];
export const THEIR_HOME: readonly string[] = [
  'where (?:my ex|she|he|my \\w+) (?:lives|is staying|moved)',
  "(?:my ex|her|his)(?:'s)? (?:new )?(?:address|home)",
  'donde vive (?:mi \\w+|ella|el|ahora)',
  'la direccion de (?:mi|su) \\w+',
];
/** Pretending to be a bank or authority to someone vulnerable. */
export const IMPERSONATE: readonly string[] = [
  'pretend\\w* to be',
  'posing as',
  'pose as',
  'impersonat\\w*',
  'haciendome pasar por',
  'hacerme pasar por',
  'fingiendo ser',
];
export const TRUSTED: readonly string[] = [
  '(?:their|his|her|su|sus|the|el|la) (?:bank|banco|grandson|granddaughter|nieto|nieta)',
  'bank',
  'banco',
  'irs',
  'hacienda',
  'tax office',
  'tech support',
  'soporte tecnico',
];
