/**
 * Prompt-injection and jailbreak patterns, EN and ES, over the folded text. A shopper never needs
 * to talk about the assistant's instructions, prompt or filters, so naming them together with a
 * verb that overrides or reveals them is enough; dialogue corrections ("ignore the blue one",
 * "olvida lo anterior, quiero otro") are not caught because they name no instructions.
 */
import { any, type PatternRule, rule } from './rules.ts';

const W = '(?:\\W+\\w+){0,5}?\\W+'; // up to five words in between
const OVERRIDE_EN = any(
  'ignore',
  'ignoring',
  'disregard',
  'forget',
  'override',
  'bypass',
  'skip',
  'drop',
  'abandon',
  'circumvent',
  'disable',
  'turn off',
  'switch off',
  'set aside',
  'put aside',
  'throw out',
  'discard',
);
const RULES_EN = any(
  'instructions?',
  'prompts?',
  'rules?',
  'guidelines?',
  'directives?',
  'programming',
  'polic(?:y|ies)',
  '(?:safety|content|your) filters?',
  'guidance',
  'restrictions?',
  'safety (?:settings|rules|filters?|guidelines)',
  'guardrails',
  'constraints',
  'training',
  'censorship',
);
const REVEAL_EN = any(
  'reveal',
  'show',
  'print',
  'tell',
  'repeat',
  'output',
  'display',
  'dump',
  'leak',
  'give',
  'share',
  'read',
  'recite',
  'what (?:is|are|were)',
);
const SECRET_EN = any(
  'system',
  'initial',
  'hidden',
  'secret',
  'original',
  'internal',
  'developer',
  'previous',
  'first',
);
const UNBOUND = any(
  'no (?:rules|restrictions|limits|filters?|guidelines|censorship|boundaries|morals|ethics)',
  'without (?:any )?(?:rules|restrictions|limits|filters?|guidelines|censorship|boundaries|morals|ethics)',
  'unrestricted',
  'unfiltered',
  'uncensored',
  'jailbroken',
  'unlimited',
);

const OVERRIDE_ES = any(
  'ignora',
  'ignorar',
  'ignores',
  'olvida',
  'olvidate de',
  'olvidar',
  'omite',
  'salta(?:te)?',
  'saltar',
  'desactiva',
  'desactivar',
  'anula',
  'elimina',
  'deja de lado',
  'pasa de',
  'no hagas caso a',
);
const RULES_ES = any(
  'instrucciones',
  'indicaciones',
  'reglas',
  'normas',
  'restricciones',
  'directrices',
  'prompt',
  'programacion',
  'censura',
);
const REVEAL_ES = any(
  'muestra(?:me)?',
  'ensename',
  'dime',
  'di',
  'revela(?:me)?',
  'repite(?:me)?',
  'imprime',
  'escribe',
  'cuales son',
  'cual es',
  'dame',
  'comparte',
  'lee(?:me)?',
);
const UNBOUND_ES = any(
  'sin (?:ningun |ninguna )?(?:reglas|restricciones|limites|filtros?|censura|normas|etica)',
  'sin ningun filtro',
  'no tienes (?:reglas|restricciones|limites|filtros)',
  'no tuvieras (?:ningun )?(?:reglas|restricciones|limites|filtros?)',
  'libre de (?:reglas|restricciones|filtros)',
);

export const INJECTION_RULES: readonly PatternRule[] = [
  // EN
  // Not a product's printed instructions ("forget the instructions leaflet", "ignore the care instructions").
  rule(
    'injection',
    'override-instructions',
    new RegExp(
      `\\b${OVERRIDE_EN}${W}(?<!(?:washing|care|assembly|cooking|installation|user|usage|mounting|fitting|baking|printed|paper) )${RULES_EN}\\b(?! (?:leaflet|manual|booklet|sheet|card|page|pdf|book|video|sticker|label|insert)s?\\b)`,
    ),
  ),
  rule(
    'injection',
    'override-above',
    new RegExp(
      `\\b${any('ignore', 'disregard', 'forget')}\\b.{0,30}\\b${any('above', 'previous', 'prior', 'earlier')}\\b.{0,20}\\band\\b.{0,12}\\b${any('say', 'tell', 'print', 'write', 'respond', 'reply', 'answer', 'act', 'pretend', 'output')}\\b`,
    ),
  ),
  rule(
    'injection',
    'forget-everything',
    /\bforget (?:everything|all|anything)\b.{0,30}\b(?:told you|taught you|instructed|programmed|you were told)\b/,
  ),
  rule(
    'injection',
    'reveal-prompt',
    new RegExp(
      `\\b${REVEAL_EN}\\b.{0,40}\\b(?:your(?:\\s+${SECRET_EN})?|(?:the|its)\\s+${SECRET_EN})\\s+${any('prompt', 'instructions', 'configuration', 'config', 'api keys?', 'keys', 'credentials', 'secrets', 'programming')}\\b(?!\\s+(?:for|on|to) (?:assembl|install|us|wash|clean|car|build|mount|set|fit|stor|operat)\\w*)`,
    ),
  ),
  rule(
    'injection',
    'system-prompt',
    new RegExp(`\\b${SECRET_EN}\\s+${any('prompt', 'instructions', 'message', 'rules', 'configuration')}\\b`),
  ),
  rule(
    'injection',
    'transform-prompt',
    /\b(?:translate|summari[sz]e|paraphrase|rewrite|encode|spell out)\b.{0,20}\b(?:your|the (?:system|hidden|initial)) (?:instructions|prompt|rules|guidelines|programming)\b/,
  ),
  rule(
    'injection',
    'what-were-you-told',
    /\bwhat (?:text|instructions|rules|prompt|guidelines|were you)\b.{0,25}\b(?:given|told|programmed|instructed)\b|\bbefore (?:this|our|the) (?:chat|conversation|session) (?:started|began)\b/,
  ),
  rule(
    'injection',
    'unbound-persona',
    /\b(?:an? )?(?:ai|bot|assistant|chatbot|model)\b.{0,20}\b(?:that|who|which) (?:swears|curses|has no (?:limits|rules|filters|restrictions|morals))\b/,
  ),
  rule(
    'injection',
    'repeat-above',
    /\brepeat\b.{0,30}\b(?:above|before this|so far|verbatim|word for word)\b/,
  ),
  rule('injection', 'starting-with', /\bstarting with\s+["'“]?(?:you are|your instructions)/),
  rule(
    'injection',
    'dan',
    /\bdan\b.{0,40}\b(?:restrictions?|rules|filters?|do anything)\b|\byou(?:'re| are) (?:now )?dan\b|\bdo anything now\b|\bjailbreak\w*\b/,
  ),
  rule(
    'injection',
    'special-mode',
    // A phone or console has a developer mode: the product-ambiguous modes count when the assistant is put in them.
    /\b(?:god|sudo|unfiltered|uncensored|evil|unrestricted|jailbreak) mode\b|\b(?:enable|enter|activate|switch (?:on|to|into)|turn on|go (?:in)?to|put yourself in|you are (?:now )?in|you'?re (?:now )?in|now in|boot (?:in)?to)\b.{0,20}\b(?:developer|dev|admin|debug|maintenance) mode\b|^(?:developer|dev|admin|debug|maintenance) mode\b/,
  ),
  rule(
    'injection',
    'unbound',
    new RegExp(
      `\\b${any('you are', "you're", 'act as', 'acting as', 'be', 'become', 'pretend', 'pretending', 'imagine', 'respond as', 'answer as', 'roleplay as', 'role-play as', 'role play as', 'switch to', 'an? ai', 'an? assistant', 'a bot', 'a chatbot')}\\b.{0,40}\\b${UNBOUND}\\b`,
    ),
  ),
  rule(
    'injection',
    'no-longer-bound',
    /\byou(?:'re| are) no longer\b.{0,30}\b(?:bound|restricted|limited|a shopping|an assistant|an ai|following)\b/,
  ),
  rule(
    'injection',
    'stop-being',
    /\bstop being (?:a |an |the |my )?(?:shopping |shop |helpful )?(?:assistant|bot|ai|chatbot)\b/,
  ),
  rule(
    'injection',
    'roleplay-escape',
    /\b(?:roleplay|role-play|role play|pretend|act|play the role)\b.{0,25}\b(?:as|to be|you are|you're|of)\b.{0,30}\b(?:hacker|criminal|evil\w*|villain|unfiltered|jailbroken|another ai|different ai|ai without|bot without|(?:grand)?(?:mother|ma|father|pa)\b.{0,40}\b(?:prompt|instructions|keys|windows|napalm|recipe))/,
  ),
  rule(
    'injection',
    'game-persona',
    /\b(?:let's|lets|we will|we'll) play a game\b.{0,40}\byou(?:'re| are| will be)\b/,
  ),
  rule(
    'injection',
    'fake-system',
    /<\/?\s*(?:system|assistant|instructions?|im_start|im_end)\s*>|\[(?:system|admin|developer|inst)\]|^\s*(?:system|admin|developer)\s*:|\bnew (?:system )?(?:message|prompt|instructions?)\b.{0,20}(?:follow|:|below)/,
  ),
  rule(
    'injection',
    'authorization',
    /\b(?:authori[sz]ation|admin|override) code\b|\bi'?m (?:the|your) (?:developer|creator|admin|administrator|programmer)\b/,
  ),
  rule(
    'injection',
    'bypass-filters',
    /\b(?:bypass|get around|circumvent|disable|turn off|switch off)\b.{0,25}\b(?:filters?|safeguards?|restrictions|guardrails|censorship|content polic(?:y|ies))\b/,
  ),
  rule(
    'injection',
    'from-now-on',
    /\b(?:from now on|for the rest of this conversation|henceforth)\b.{0,40}\b(?:you are|you're|you will|act|answer|respond|ignore|no)\b/,
  ),
  rule(
    'injection',
    'answer-freely',
    /\b(?:answer|respond|reply|talk)\b.{0,20}\b(?:freely|without (?:any )?(?:filters?|limits|restrictions|censorship)|anything i ask)\b/,
  ),
  // ES
  rule('injection', 'es-override-instructions', new RegExp(`\\b${OVERRIDE_ES}${W}${RULES_ES}\\b`)),
  rule(
    'injection',
    'es-override-above',
    new RegExp(
      `\\b${any('ignora', 'olvida', 'olvidate de')}\\b.{0,25}\\b${any('anterior', 'de arriba', 'previo')}\\b.{0,15}\\by\\b.{0,12}\\b${any('di', 'dime', 'escribe', 'responde', 'contesta', 'actua', 'haz', 'finge', 'imprime')}\\b`,
    ),
  ),
  rule(
    'injection',
    'es-reveal-prompt',
    new RegExp(
      `\\b${REVEAL_ES}\\b.{0,40}\\b${any('tu', 'tus')}\\s+${any('prompt', 'instrucciones', 'configuracion', 'claves', 'credenciales', 'secretos', 'programacion', 'reglas internas')}\\b`,
    ),
  ),
  rule(
    'injection',
    'es-system-prompt',
    /\b(?:prompt|mensaje|instrucciones|configuracion|reglas)\s+(?:del sistema|de sistema|ocult[ao]s?|secret[ao]s?|iniciales|originales|internas?)\b|\bsystem prompt\b/,
  ),
  rule(
    'injection',
    'es-repeat-above',
    /\brepite\b.{0,30}\b(?:de arriba|anterior|hasta ahora|palabra por palabra|literalmente)\b/,
  ),
  rule('injection', 'es-starting-with', /\bempezando (?:por|con)\s+["'“]?(?:eres|tus instrucciones)/),
  rule(
    'injection',
    'es-special-mode',
    /\bmodo (?:desarrollador|dios|admin|administrador|sin filtros?|sin censura|sin restricciones|malvado|depuracion|jailbreak)\b/,
  ),
  rule('injection', 'es-dan', /\beres dan\b|\b(?:ahora|desde ahora)\b.{0,20}\beres\b.{0,20}\bdan\b/),
  rule(
    'injection',
    'es-unbound',
    new RegExp(
      `\\b${any('eres', 'seas', 'actua como', 'finge', 'fingir', 'haz como si', 'imagina que', 'responde como', 'comportate como', 'una ia', 'un asistente', 'un bot')}\\b.{0,40}\\b${UNBOUND_ES}`,
    ),
  ),
  rule(
    'injection',
    'es-pretend-other',
    /\b(?:hazte pasar por|finge ser|conviertete en|transformate en)\b.{0,30}\b(?:otr[oa]|un[oa]?)\b.{0,20}\b(?:asistente|ia|bot|personaje)\b|\b(?:asistente|ia|bot)\b.{0,20}\bsin (?:limitaciones|limites|restricciones|filtros)\b/,
  ),
  rule(
    'injection',
    'es-what-were-you-told',
    /\bque (?:texto|instrucciones|reglas) te (?:dieron|han dado|pusieron)\b|\bantes de (?:esta|la) (?:conversacion|charla) te\b/,
  ),
  rule('injection', 'es-stop-being', /\bdeja de ser (?:un |una |el |mi )?(?:asistente|bot|ia|chatbot)\b/),
  rule(
    'injection',
    'es-roleplay-escape',
    /\b(?:actua|finge|juega|haz|comportate|interpreta)\b.{0,25}\b(?:como|que eres|a ser|el papel de)\b.{0,25}\b(?:hacker|criminal|malvad[oa]|villano|otra ia|ia sin|bot sin)\b/,
  ),
  rule(
    'injection',
    'es-bypass-filters',
    /\b(?:salta(?:te)?|saltar|desactiva|evita|burla)\b.{0,25}\b(?:filtros?|restricciones|censura)\b/,
  ),
  rule(
    'injection',
    'es-from-now-on',
    /\b(?:a partir de ahora|desde ahora|de ahora en adelante)\b.{0,40}\b(?:eres|seras|actua|responde|ignora|no tienes|sin)\b/,
  ),
  rule(
    'injection',
    'es-answer-freely',
    /\b(?:responde|contesta|habla)(?:me)?\b.{0,20}\b(?:libremente|sin (?:filtros?|censura|limites|restricciones)|a todo lo que)\b/,
  ),
  rule(
    'injection',
    'es-secrets',
    /\b(?:revela|dime|dame|muestra(?:me)?)\b.{0,30}\b(?:configuracion secreta|claves?(?: de api)?|contrasenas? del sistema)\b/,
  ),
];
