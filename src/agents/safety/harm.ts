/**
 * Harmful requests, EN and ES, over the folded text: weapons and explosives, drugs, violence
 * against people, self-harm, theft, fraud and intrusion, stalking, and the sexual exploitation of
 * children. Each pattern pairs an act with its object ("make" + "bomb", "kill" + a person), so the
 * shop's own vocabulary passes: weed killer, killer deals, toy and glue guns, shooting photos,
 * bomb pops, a knife block, killing time.
 */
import { any, type PatternRule, rule } from './rules.ts';

const PERSON_EN = `(?:someone|somebody|anyone|anybody|a person|people|a human|humans|him|her|them|a (?:child|kid|baby|woman|man|girl|boy)|(?:my|his|her|their|the|our) ${any('wife', 'husband', 'boss', 'neighbou?rs?', 'ex', 'mom', 'mum', 'mother', 'dad', 'father', 'teacher', 'sister', 'brother', 'friend', 'family', 'co-?workers?', 'classmates?', 'roommate', 'landlord', 'kids?', 'children', 'child', 'son', 'daughter', 'baby', 'girlfriend', 'boyfriend', 'partner', 'parents?', 'student', 'cat', 'dog', 'president', 'police', 'cops?')})`;
const PERSON_ES = `(?:a )?(?:alguien|una persona|la gente|personas|un nino|una nina|ninos|un bebe|${any('mi', 'mis', 'su', 'sus', 'el', 'la', 'los', 'las', 'tu')} ${any('mujer', 'marido', 'esposa', 'esposo', 'jefe', 'jefa', 'vecin[oa]s?', 'ex', 'madre', 'padre', 'profesor', 'profesora', 'herman[oa]', 'amig[oa]', 'familia', 'companer[oa]s?', 'hij[oa]s?', 'novi[oa]', 'pareja', 'casero', 'gato', 'perro', 'policia', 'cunad[oa]s?', 'suegr[oa]s?', 'prim[oa]s?', 'sobrin[oa]s?', 'niet[oa]s?', 'yerno', 'nuera', 'tia', 'tio', 'abuel[oa]s?', 'inquilin[oa]s?')})`;
/** Killing pests, weeds, time or a sound ("kill the hiss", "matar el ruido") is the shop's business, not violence. */
const PESTS_EN = `(?! (?:the |all |those |these |my |off |some |any )?(?:weeds?|ants?|fleas?|ticks?|bugs?|insects?|pests?|mice|mouse|rats?|roach(?:es)?|cockroach(?:es)?|wasps?|slugs?|snails?|mosquito(?:e?s)?|flies|fly|moss|lichen|(?:wasp |hornet |yellow ?jacket )?nests?|mold|mould|germs|bacteria|viruses|time|lawn|grass|aphids|termites|bed ?bugs|moles?|gophers?|spiders?|it at|the competition|(?:background |fan |road |wind |engine )?(?:noise|hiss|hum|buzz|echo|reverb|feedback|static|glare)|(?:the )?(?:lights?|engines?|motors?|power|props?|propellers?))\\b)`;
const PESTS_ES = `(?! (?:el |la |las |los |unas |unos )?(?:malas )?(?:tiempo|horas|rato|hambre|sed|aburrimiento|hierbas?|musgo|liquenes|nidos? de avispas|bichos|hormigas|pulgas|garrapatas|insectos|pulgones|cucarachas|mosquitos|moscas|ratas|ratones|caracoles|babosas|moho|hongos|bacterias|germenes|plagas|avispas|termitas|chinches|aranas|cesped|ruidos?|zumbidos?|ecos?|eco|reverberacion|luz|luces|motor)\\b)`;
const HOWTO_EN =
  "(?:how (?:do|can|could|would|should|to)|best way|easiest way|help me|teach me|tell me how|show me how|ways? to|i want to|i'm going to|im going to|i will|going to|where can i)";

export const HARM_RULES: readonly PatternRule[] = [
  // Weapons and explosives
  rule(
    'harm',
    'explosives',
    /\b(?:make|making|build|building|craft|assemble|create|fabricate|cook|homemade|home-made|diy)\b.{0,25}(?<!bath |bubble |seed |glitter |cherry |photo |colou?r |flavou?r |smoke |fizzy )\b(?:bombs?(?! pops?)|explosives?|ieds?|grenades?|detonators?|napalm|molotovs?|thermite|dynamite|tnt)\b/,
  ),
  rule(
    'harm',
    'explosives-named',
    /\b(?:pipe bombs?|nail bombs?|car bombs?|molotov cocktails?|cocktail molotov|dirty bombs?|suicide vests?)\b/,
  ),
  rule(
    'harm',
    'chemical-weapons',
    /\b(?:ricin|sarin|anthrax|nerve agents?|nerve gas|mustard gas|vx gas)\b|\b(?:chlorine|toxic|poison(?:ous)?) gas\b.{0,30}\b(?:hurt|kill|people|attack|make)\b|\bmake\b.{0,20}\b(?:chlorine|toxic|poison(?:ous)?) gas\b/,
  ),
  rule(
    'harm',
    'illegal-firearms',
    /\b(?:untraceable|unregistered|unserialized|stolen|illegal) (?:guns?|firearms?|weapons?|pistols?|rifles?)\b|\bghost guns?\b|\b(?:fully |full[ -])auto(?:matic)?\b.{0,20}\b(?:convert|conversion|kit|sear)\b|\b(?:convert|modify|turn)\b.{0,30}\b(?:fully |full[ -])auto(?:matic)?\b|\bauto sear\b|\b(?:gun|firearm|weapon)s? without (?:a )?(?:background check|licen[cs]e|papers|serial)\b/,
  ),
  rule(
    'harm',
    'no-serial',
    /\b(?:guns?|firearms?|pistols?|rifles?|weapons?)\b.{0,25}\b(?:no |without (?:a |the )?|removed (?:the )?|filed off (?:the )?)serial numbers?\b|\bfile off (?:the )?serial number\b/,
  ),
  rule(
    'harm',
    'make-disappear',
    /\bmake (?:my |his |her |their |the |a )?(?:wife|husband|boss|neighbou?r|ex|partner|girlfriend|boyfriend|someone|somebody|him|her|them|witness|kid|child)\b.{0,10}\b(?:disappear|go away forever|vanish)\b/,
  ),
  rule(
    'harm',
    'drug-cooking',
    /\b(?:cook|make|smoke|sell|buy)\b.{0,10}\b(?:crack|meth|dope|smack)\b(?! (?:eggs?|nuts?|open|down|the code|of dawn))/,
  ),
  rule(
    'harm',
    'mass-violence',
    /\b(?:shoot up|bomb|attack|blow up)\b.{0,15}\b(?:my |the |a )?(?:school|mall|church|mosque|synagogue|office|crowd|concert|stadium|hospital|airport|plane|train|station)\b|\b(?:school|mass) shooting\b/,
  ),
  // Violence against people
  rule(
    'harm',
    'violence',
    new RegExp(
      `\\b(?:kill|killing|murder|murdering|poison|poisoning|stab|stabbing|strangle|suffocate|beat up|torture|kidnap|abduct|rape|assault)\\b ${PERSON_EN}`,
    ),
  ),
  rule(
    'harm',
    'violence-how',
    new RegExp(
      `\\b${HOWTO_EN}\\b.{0,25}\\b(?:kill|murder|poison|strangle|kidnap|torture|hurt|harm|injure|stab|beat up|dispose of a body|hide a body|get away with murder)\\b${PESTS_EN}`,
    ),
  ),
  rule(
    'harm',
    'not-caught',
    /\bwithout (?:getting|being) caught\b|\bget away with (?:murder|killing|it)\b|\bwithout leaving (?:a )?trace\b/,
  ),
  // Self-harm
  rule(
    'harm',
    'self-harm',
    /\b(?:kill|hurt|harm|cut|injure|poison|hang|shoot|starve) myself\b|\b(?:commit(?:ting)? suicide|suicid\w*|end (?:my|it) (?:life|all)|end it tonight|don'?t want to (?:live|be alive) anymore|take my (?:own )?life|want to die|wanna die|overdose|od on)\b/,
  ),
  rule(
    'harm',
    'lethal-dose',
    /\b(?:how many|how much)\b.{0,40}\b(?:to (?:kill (?:myself|me|a person|someone|him|her)|die|overdose)|lethal|fatal)\b|\blethal dose\b/,
  ),
  // Drugs
  rule(
    'harm',
    'hard-drugs',
    /\b(?:meth|methamphetamine|crystal meth|cocaine|crack cocaine|heroin|fentanyl|mdma|ketamine|pcp|ghb|roofies|rohypnol|date rape drug)\b/,
  ),
  rule(
    'harm',
    'drug-dealing',
    /\b(?:sell|selling|dealing|pushing)\b.{0,25}\b(?:drugs|weed|marijuana|cannabis|coke|dope)\b(?! ?(?:killers?|control|barriers?|whackers?|eaters?|wackers?|trimmers?|pullers?|pullers?|blockers?|fabric|membranes?|burners?|torch\w*|cutters?))|\b(?:grow|growing|cultivate)\b.{0,10}\b(?:weed|marijuana|cannabis|pot plants?)\b.{0,20}\b(?:sell|kids|children|minors|school)\b|\b(?:buy|get|score) (?:drugs|coke|dope)\b|\bdrug dealer\b/,
  ),
  // Theft, fraud, intrusion
  rule(
    'harm',
    'theft',
    /\bshoplift\w*|\b(?:steal|stealing|rob|robbing|burgle|pickpocket)\b.{0,30}\b(?:credit cards?|card numbers?|cards|passwords?|identit(?:y|ies)|money|cash|cars?|a car|bank|wallets?|purses?|someone'?s?|from (?:a |the |my )?(?:store|shop|someone|work|people|house|neighbou?r))\b|\bhow (?:do|can|to) (?:i )?(?:steal|shoplift|rob)\b/,
  ),
  rule(
    'harm',
    'fraud',
    /\b(?:phishing|(?:card|atm|tarjetas?|cajeros?) skimm(?:er|ing)s?|skimm(?:er|ing)s?(?= .{0,30}\b(?:cards?|atms?|gas pumps?|pins?|tarjetas?|cajeros?)\b)|carding|stolen (?:credit )?cards?|cloned cards?|launder(?:ing)? (?:money|cash|funds)|money laundering|counterfeit (?:money|bills|cash|notes)|fake (?:ids?|passports?|ids|documents|money|bills|driver'?s licen[cs]e)|identity theft|credit card generator|scam (?:people|someone|elderly|old people))\b/,
  ),
  rule(
    'harm',
    'intrusion',
    /\bhack(?:ing)?\b.{0,25}\b(?:into|account|email|e-mail|phone|password|wifi|wi-fi|website|server|instagram|facebook|whatsapp|bank|camera)\b|\b(?:break into|get into|access)\b.{0,20}\b(?:someone'?s|my ex'?s|his|her|their)\b.{0,15}\b(?:account|email|phone|password)\b|\b(?:keylogger|ransomware|malware|ddos)\b/,
  ),
  rule(
    'harm',
    'stalking',
    /\bstalk(?:ing|er)?\b|\bspy on\b.{0,10}\b(?:someone|somebody|my|her|him|them|people|a person)\b|\btrack (?:someone|somebody|my ex|my wife|my husband|my girlfriend|my boyfriend|a person)\b|\b(?:spy|tracking) app\b.{0,30}\b(?:without|secretly)\b/,
  ),
  rule(
    'harm',
    'child-exploitation',
    /\b(?:child|children|kid|kids|minor|minors|underage|teen|teens|a girl|a boy|young girls?|young boys?)\b.{0,40}\b(?:nudes?|naked|porn\w*|sex|sexual(?:ly)?)\b|\bget a (?:child|kid|minor|girl|boy) to\b|\b(?:child porn\w*|csam|pedo(?:phile|philia)?s?)\b/,
  ),
  // ES
  rule(
    'harm',
    'es-explosives',
    /\b(?:fabric\w*|hacer|hago|construir|construyo|montar|crear|preparar|preparo|cocinar)\b.{0,25}\b(?:bombas?(?! de (?:bano|agua|calor|aire|achique|frio|vacio|presion))|explosivos?|granadas?|detonador(?:es)?|napalm|molotov|dinamita|goma 2)\b|\b(?:bomba casera|coctel molotov|bomba lapa|cinturon explosivo)\b/,
  ),
  rule(
    'harm',
    'es-weapons',
    /\b(?:armas?|pistolas?|rifles?|escopetas?)\b.{0,15}\b(?:sin registrar|ilegal(?:es)?|sin licencia|sin papeles|robadas?|sin numero de serie)\b|\b(?:convertir|modificar)\b.{0,30}\b(?:automatic[oa])\b/,
  ),
  rule(
    'harm',
    'es-mass-violence',
    /\b(?:tiroteo|atentado|masacre)\b|\b(?:disparar|atacar|poner una bomba)\b.{0,15}\b(?:en |a )?(?:el |la |un |una |mi )?(?:colegio|escuela|instituto|iglesia|mezquita|centro comercial|concierto|estadio|hospital|aeropuerto|estacion)\b/,
  ),
  rule(
    'harm',
    'es-violence',
    new RegExp(
      `\\b(?:matar|mato|matarlo|matarla|asesinar|asesino a|envenenar|envenenarlo|envenenarla|envenenar a|apunalar|estrangular|ahogar|disparar|disparo|herir|hacer dano|hacerle dano|pegar|pegarle|secuestrar|torturar|violar|agredir|atacar)\\b ${PERSON_ES}`,
    ),
  ),
  rule(
    'harm',
    'es-violence-how',
    new RegExp(
      String.raw`\b(?:como|forma de|manera de|mejor forma|ensename a|ayudame a|quiero)\b.{0,25}\b(?:matar|asesinar|envenenar|secuestrar|torturar|hacer dano|deshacerme de un cuerpo|esconder un cuerpo)\b${PESTS_ES}`,
    ),
  ),
  rule(
    'harm',
    'es-not-caught',
    /\bsin que (?:me|nos|le|lo) (?:pillen|pille|cojan|descubran|vean|detecten|atrapen)\b|\bsin dejar rastro\b/,
  ),
  rule(
    'harm',
    'es-self-harm',
    /\b(?:hacerme dano|me hago dano|matarme|me mato|suicid\w*|quitarme la vida|acabar con mi vida|acabar con todo esta noche|quitarme de en medio|no quiero seguir viviendo|quiero morir(?:me)?|sobredosis|cortarme las venas|autolesion\w*)\b/,
  ),
  rule(
    'harm',
    'es-drugs',
    /\b(?:metanfetamina|cocaina|heroina|fentanilo|mdma|ketamina|burundanga|escopolamina|drogas? de violacion)\b|\b(?:vender|vendo|pasar|trapichear)\b.{0,20}\b(?:drogas?|marihuana|porros|coca(?![ -]?cola))\b|\bcomprar (?:drogas?|coca(?![ -]?cola)|marihuana)\b/,
  ),
  rule(
    'harm',
    'es-theft',
    /\b(?:robar|robe|hurtar|mangar|birlar)\b.{0,30}\b(?:tarjetas?|contrasenas?|claves|dinero|coches?|tiendas?|en (?:una |la )?tienda|a alguien|identidad|banco|cartera|sin que)\b|\bcomo (?:robo|robar|hurtar|mangar)\b/,
  ),
  rule(
    'harm',
    'es-fraud',
    /\b(?:phishing|suplantar la identidad|blanque\w* (?:de )?(?:dinero|capitales)|billetes falsos|dinero falso|documentos falsos|dni falso|pasaporte falso|tarjetas? clonadas?|clonar tarjetas?|estafar a)\b/,
  ),
  rule(
    'harm',
    'es-intrusion',
    /\b(?:hackear|hackeo|hackeas|jaquear|piratear|entrar en)\b.{0,25}\b(?:cuenta|correo|email|movil|telefono|contrasena|wifi|web|whatsapp|instagram|facebook|banco|camara)\b/,
  ),
  rule(
    'harm',
    'es-stalking',
    /\b(?:acosar|acoso|espiar|espio|rastrear)\b.{0,30}\b(?:a alguien|a una persona|a mi (?:ex|mujer|marido|novi[oa]|pareja)|su movil|su telefono|sin que lo sepa|sin que se entere|por su movil)\b/,
  ),
  rule(
    'harm',
    'es-child-exploitation',
    /\b(?:ninos?|ninas?|menores?|nin[oa]s? pequen[oa]s?)\b.{0,40}\b(?:desnud\w*|porno\w*|sexo|sexual\w*|fotos intimas)\b|\bpederast\w*|\bpedofil\w*/,
  ),
];
