/**
 * Injection by structure (fifth widening): shapes of an attack that name no fixed phrase.
 * - chat-format markup of another model's template (`<|system|>`, `[INST]`, `<<SYS>>`, `### system:`),
 *   which no shopper types;
 * - the assistant as another machine or another self ("act as a terminal / SQL console", "a version
 *   of you without …", "your evil twin", "opposite day");
 * - its safety switched off or a test/debug/sandbox setting where "nothing is logged";
 * - claimed authority with a new rule or order ("I'm the owner, …", "new policy from headquarters:
 *   …, acknowledge", "message from the trust team");
 * - extraction of the starting context ("the hidden context you were initialised with", "the text
 *   between your system tags", "what were you forbidden to tell me", "dump your context");
 * - data of other people or of the server (other customers' addresses, API keys, passwords,
 *   environment variables, `SELECT … FROM`, `/etc/passwd`);
 * - the "grandma used to read me …" frame around secrets; instructions quoted from a page plus
 *   "do what it says"; answering in an encoding "so the moderation can't read".
 * All over the folded text (normalize.ts), EN and ES.
 */
import { any, type PatternRule, rule } from './rules.ts';

const YOU = any('you', 'yourself', 'ti', 'ti mismo', 'ti misma', 'tu');
const SAFETY = any('safety', 'content', 'moderation', 'security', 'seguridad', 'contenido', 'moderacion');
const SAFETY_THING = any(
  'filters?',
  'layer',
  'settings',
  'rules',
  'polic(?:y|ies)',
  'guardrails',
  'restrictions',
  'filtros?',
  'capa',
  'reglas',
  'normas',
  'politicas?',
  'restricciones',
  'ajustes',
);
const OFF = any(
  'off',
  'disabled',
  'switched off',
  'turned off',
  'unplugged',
  'removed',
  'gone',
  'lifted',
  'desactivad[oa]s?',
  'apagad[oa]s?',
  'quitad[oa]s?',
  'desconectad[oa]s?',
);
const AUTHORITY = any(
  'owner',
  'admin',
  'administrator',
  'developer',
  'headquarters',
  'head office',
  'management',
  'trust (?:and safety )?team',
  'safety team',
  'dev team',
  'duen[oa]',
  'administrador\\w*',
  'desarrollador\\w*',
  'la central',
  'la direccion',
  'gerencia',
  'sede',
);
const NEW_RULE = any(
  'new (?:rule|policy|order|instruction|directive)s?',
  'rules? (?:have|has) (?:been )?(?:updated|changed)',
  'nuev[oa]s? (?:regla|norma|politica|orden|instruccion|directriz)\\w*',
  '(?:reglas|normas) (?:han )?(?:cambiado|actualizad[oa]s)',
);
const OTHER_PEOPLE = any(
  'other (?:customers|users|shoppers|clients|people)',
  'every (?:customer|user)',
  'all (?:the )?(?:customers|users)',
  'otros (?:clientes|usuarios|compradores)',
  'los clientes',
  'demas (?:clientes|usuarios)',
);
const PERSONAL_DATA = any(
  'e-?mails?(?: address(?:es)?)?',
  'address(?:es)?',
  'phone numbers?',
  'order history',
  'orders',
  'passwords?',
  'card (?:numbers|details)',
  'personal (?:data|details|information|info)',
  'datos(?: personales)?',
  'direcciones',
  'correos?',
  'telefonos',
  'pedidos',
  'contrasenas',
  'tarjetas',
);

export const INJECTION_STRUCTURE_RULES: readonly PatternRule[] = [
  rule(
    'injection',
    'chat-markup',
    /\[\/?(?:system|sistema|sys|admin|developer|desarrollador)\]|<\|\s*(?:system|user|assistant|im_start|im_end|endoftext)\b|\[\/?inst\]|<<\/?sys>>|(?:^|\s)#{2,}\s*(?:system|instruction|assistant)\b|<\s*\/?\s*(?:system|sys|instructions?)\s*>|(?:^|[.!?]\s|[<[({"'«“*]\s*|-{2,}\s*)(?:system|assistant|developer|admin|sistema|asistente)\s?:[\s>]/,
  ),
  rule(
    'injection',
    'other-self',
    new RegExp(
      `\\b(?:version|copy|twin|clone|side) of ${YOU}\\b.{0,40}\\b(?:without|with no|unplugged|off|that|who|sin)\\b|\\bevil (?:twin|version|ai|bot)\\b|\\b(?:ia|bot|version|gemel[oa]) malvad[oa]\\b|\\bopposite day\\b|\\bdia (?:al reves|opuesto)\\b|\\b(?:everything|anything|todo lo que) (?:you normally refuse|the normal you|la normal no|normalmente (?:no|rechazas))`,
    ),
  ),
  rule(
    'injection',
    'act-as-machine',
    /\b(?:act|behave|pretend|respond|answer) (?:as|like)(?: if you were)? an? (?:linux |unix |bash |windows )?(?:terminal|shell|console|sql (?:console|database)|database|command line|interpreter)\b|\byou are (?:now )?an? (?:linux |sql |bash )?(?:terminal|shell|console)\b|\b(?:actua|haz|finge) (?:como|de) (?:una? )?(?:terminal|consola|base de datos)\b|\bselect \* from\b|\/etc\/(?:passwd|shadow)\b|\bcat \/\w+/,
  ),
  rule(
    'injection',
    'safety-off',
    new RegExp(
      `\\b${SAFETY} ${SAFETY_THING}\\b.{0,30}\\b(?:were|was|are|is|been|estan?|fueran?|estuvieran?)? ?${OFF}\\b|\\b${SAFETY_THING} de ${SAFETY}\\b.{0,20}\\b${OFF}\\b|\\b(?:you'?re|you are|we'?re|now|enter|switch(?:ing)? to|activate|estas|estamos|entra|entrar|activa|pasa) (?:now )?(?:in|into|en|a)? ?(?:a |the |un |el |modo )?(?:sandbox|debug mode|maintenance mode|developer mode|god mode|(?:de )?(?:depuracion|desarrollador|mantenimiento|dios)|entorno de pruebas)\\b|\\b(?:debug|developer|maintenance|god) mode (?:on|enabled|activated)\\b|\\bmodo (?:de )?(?:depuracion|desarrollador|mantenimiento|dios) activad[oa]\\b|\\bnothing (?:you say )?(?:is|gets|will be) (?:logged|recorded|saved)\\b|\\bnada (?:se registra|queda registrado|se guarda)\\b|\\b(?:suppose|imagine|pretend|what if|if|supon|imagina|si)\\b.{0,15}\\b(?:your|tus|tu)\\b (?:\\w+ )?(?:guardrails|${SAFETY_THING}|limits|limites)\\b.{0,5}\\b(?:didn'?t|did not|don'?t|no|weren'?t) (?:exist|apply|existieran|existen|existiesen)\\b`,
    ),
  ),
  rule(
    'injection',
    'claimed-authority',
    new RegExp(
      `\\b(?:i'?m|i am|soy|this is|habla|mensaje de|message from|order from|orden de)(?: the| el| la| your| tu| a)? (?:\\w+ )?${AUTHORITY}\\b.{0,80}\\b(?:tell me|reveal|show|authori[sz]\\w*|autoriz\\w*|permission|permiso|fine to|disabled|desactivad\\w*|saltarte|skip|bypass|ignore|free|gratis|cien por ciento|100 ?%)|\\b${NEW_RULE}\\b.{0,80}\\b(?:acknowledge|confirm|obey|comply|anything|everything|confirma\\w*|obedece\\w*|cualquier cosa|todo)\\b|\\b(?:${NEW_RULE}|orden) (?:from|of|del|de la|de) (?:the )?${AUTHORITY}\\b`,
    ),
  ),
  rule(
    'injection',
    'extract-context',
    /\b(?:hidden|initial|starting|setup|original|secret|confidential) (?:context|text|rules|instructions|setup)\b|\b(?:contexto|texto|reglas|normas) (?:oculto|ocultas|inicial|iniciales|confidenciales?|secret[oa]s?)\b|\b(?:initiali[sz]ed|configured|set up|booted|primed|loaded) with\b|\bte (?:iniciaron|inicializaron|arrancaron|cargaron) con\b|\b(?:between|inside|in) (?:your|the) (?:system|setup) (?:tags|block|message)\b|\b(?:what|que) (?:were you|are you|have you been|te) (?:forbidden|not allowed|prohibieron|prohiben|han prohibido)\b|\b(?:dump|vuelca\w*|volcar|print|output|show|imprim\w*|muestra\w*|ensena\w*) (?:out )?(?:all |todo )?(?:of )?(?:your|tu) (?:full |entire |whole |complet[oa] )?(?:context|contexto|memory|memoria)\b|\btext (?:came|that came|before) (?:before )?my first message\b|\b(?:setup|system) text\b|\bel texto que te dieron\b|\b(?:came|was|vino|habia) (?:before|antes de) (?:my first message|mi primer mensaje|hablar conmigo)\b/,
  ),
  rule(
    'injection',
    'others-data',
    new RegExp(
      `\\b${PERSONAL_DATA}\\b.{0,40}\\b${OTHER_PEOPLE}\\b|\\b${OTHER_PEOPLE}\\b.{0,30}\\b${PERSONAL_DATA}\\b|\\b(?:admin\\w*|back ?office|panel)\\b.{0,25}\\b(?:password|passcode|contrasena|clave)\\b|\\b(?:password|passcode|contrasena|clave)\\b.{0,30}\\b(?:admin\\w*|back ?office|panel de)\\b|\\b(?:api keys?|claves de (?:la )?api|environment variables|variables de entorno|(?:server|servidor|database|base de datos)(?:'s)? (?:passwords?|credentials)|contrasenas del (?:servidor|sistema))\\b`,
    ),
  ),
  rule(
    'injection',
    'grandma-frame',
    /\b(?:grandma|granny|grandmother|abuel[ao]|abuelit[ao])\b.{0,80}\b(?:prompt|rules|instructions|passwords?|keys|codes?|claves|contrasenas|reglas|normas|instrucciones|confidential|confidenciales)\b/,
  ),
  rule(
    'injection',
    'quoted-order',
    /\b(?:ai|assistant|bot|ia|asistente|model|llm) (?:reading|que lea|leyendo) (?:this|esto)\b|\b(?:do|follow|execute) what (?:it|the (?:page|text|description|review)) says\b|\bhaz lo que (?:dice|pone)\b|\bnote to (?:the )?(?:ai|assistant|bot|model)\b|\bnota (?:para|a) (?:la )?(?:ia|asistente|bot)\b/,
  ),
  rule(
    'injection',
    'evade-moderation',
    /\b(?:respond|answer|reply|write|responde|contesta|escribe)\w* (?:only )?(?:in|en) (?:base ?6[4a]|hex|rot ?13|binary|binario|code|codigo)\b.{0,60}\b(?:moderation|filter|can'?t read|cannot read|moderacion|filtro|no (?:lo )?pueda leer)\b|\b(?:decode|decodifica|descodifica)\w*,? (?:and|y) (?:follow|obey|execute|do|run|sigue|obedece|ejecuta|haz)\b/,
  ),
];
