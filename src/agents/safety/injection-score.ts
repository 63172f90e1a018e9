/**
 * Prompt injection and jailbreaks recognised by their structure, EN and ES, over the folded text
 * (normalize.ts). No single phrase decides: each signal below is one weak sign that the shopper is
 * talking to the assistant's machinery rather than about shopping, and a text is an attempt when
 * its signals add up to the threshold. A shopper does say "ignore the size filter", "forget my
 * sizes", "what are your rules for returns", "a costume to pretend to be a pirate": each of those
 * carries at most one weak sign.
 *
 * | signal     | what it looks for |
 * |------------|-------------------|
 * | target     | the assistant's rules, prompt, configuration or tools ("your instructions", "the system message", "what you were told", "tus normas", "las indicaciones que te dieron") |
 * | extraction | asking for the text the assistant was started with ("before my first message", "verbatim", "palabra por palabra") |
 * | override   | a verb that sets rules aside ("ignore", "disregard", "set aside", "supersede", "olvida", "salta", "deja de cumplir") |
 * | reveal     | a verb that asks to show or list something ("reveal", "dump", "list", "muéstrame", "dime cuáles") |
 * | authority  | a claimed role over the assistant ("I'm the owner", "this is your developer", "soy el administrador", "modo desarrollador") |
 * | roleplay   | framing that gives the assistant another identity ("pretend you are", "you are now", "actúa como", "a partir de ahora eres") |
 * | unbound    | a persona or answer free of limits ("no restrictions", "zero limitations", "sin filtro", "rogue") |
 * | embedded   | an instruction addressed to the AI inside quoted text or markup ("note to the assistant", a `<system>` tag, an HTML comment) |
 * | obey       | demands of obedience to the speaker ("obey only me", "do what I say", "confirm by saying") |
 * | tools      | the assistant's tools or functions with their names or parameters |
 */
const SHOP_RULES =
  '(?! (?:(?:for|on|about|de|para|sobre) )?(?:the |las? |los? )?(?:returns?|refunds?|shipping|delivery|deliveries|exchanges?|warranty|guarantee|privacy|cookies|price ?match|payments?|devolucion\\w*|envios?|cambios?|garantia|privacidad|pagos?|reembolsos?))';

/** Words for the assistant's rules; the ambiguous shop ones ("rules", "policy", "normas") only when no shop topic follows. */
const RULE_WORDS = `(?:instructions?|directions|directives?|orders|guidelines?|prompt|programming|configuration|config|settings|setup|guardrails|safeguards|restrictions?|limitations|filters?|training|system (?:prompt|message)|(?<!(?:return|returns|shipping|delivery|refund|privacy|exchange|warranty|cookie|store|shop|pricing|payment|price|size|sizing|house|game) )(?:rules?|polic(?:y|ies)|guidance|constraints)${SHOP_RULES}|instrucciones|indicaciones|directrices|ordenes|configuracion|programacion|restricciones|limitaciones|filtros?|(?:reglas|normas|politicas?)${SHOP_RULES})`;

interface Signal {
  readonly name: string;
  readonly weight: number;
  readonly pattern: RegExp;
}

const re = (...parts: string[]) => new RegExp(parts.join('|'));

export const INJECTION_SIGNALS: readonly Signal[] = [
  {
    name: 'target',
    weight: 1.5,
    pattern: re(
      `\\b(?:your|ur|its|their|the assistant'?s|the bot'?s|the ai'?s|tus?|sus)(?: \\w+){0,2} ${RULE_WORDS}\\b(?!\\s+(?:for|on|to) (?:assembl|install|us|wash|clean|car|build|mount|set|fit|stor|operat)\\w*)`,
      `(?<!\\b(?:my|mi|mis|the) )\\b(?:previous|prior|above|earlier|initial|original|hidden|secret|internal|system|old|new|current|real|underlying|preceding|first|setup|anteriores|iniciales|originales|ocult[oa]s?|secret[oa]s?|internas?|previas)(?: \\w+)? ${RULE_WORDS}\\b`,
      `\\b${RULE_WORDS} (?:anteriores|iniciales|originales|ocult[oa]s?|secret[oa]s?|internas?|previas|del sistema|de seguridad)\\b`,
      `\\b(?:instructions|guidelines|rules|orders|directions|prompt|text|words) (?:that )?(?:you (?:were|got|have been) (?:given|told|programmed|trained)|you (?:got|received) from|you started with|you received|you were set up with|they gave you|(?:your|the) (?:creators?|operators?|company|developers?|owners?) (?:wrote|gave you|set))\\b`,
      `\\b(?:what|everything|anything|all)(?: that)? (?:the company|they|your (?:creators?|operators?|makers?|developers?|owners?|bosses)|the developers?|the owners?) (?:told|taught|wrote|gave|programmed|instructed)(?: for)? you\\b`,
      `\\b(?:system|initial|hidden|secret|original|setup|starting|first) (?:prompt|message|setup message|instructions)\\b`,
      `\\b(?:prompt|mensaje|texto) (?:inicial|secreto|oculto|del sistema|de sistema|original)\\b`,
      `\\b(?:lo que|todo lo que|las? (?:cosas|indicaciones|instrucciones|ordenes|reglas|normas)(?: \\w+)? que) te (?:han dicho|dijeron|dieron|han dado|programaron|ensenaron|pusieron|ordenaron|indicaron)\\b`,
      `\\b(?:que|cuales son las|las) (?:instrucciones|indicaciones|reglas|normas|ordenes)\\b.{0,30}\\bte (?:programaron|dieron|han dado|pusieron)\\b`,
      `\\b(?:content|safety|security|seguridad) (?:restrictions|filters?|rules|settings|guidelines|polic(?:y|ies)|guardrails)\\b|\\b(?:restricciones|filtros?|reglas|normas|politicas?) de (?:seguridad|contenido)\\b`,
      `\\b(?:what|things|anything|everything|cosas)? ?(?:were you|you were|you'?ve been|you are|you'?re|have you been) (?:told|instructed|asked|programmed|trained|configured|set up|not allowed|forbidden|prohibited|banned)\\b`,
      `\\bte (?:prohibieron|prohiben|dijeron que no|ordenaron|configuraron|programaron|entrenaron|han (?:prohibido|configurado|programado|ordenado|entrenado))\\b|\\b(?:con las que|que) te (?:configuraron|programaron|crearon)\\b`,
      `\\b(?:prompt|instructions|rules|guidelines|directives|orders) (?:that )?(?:the \\w+|they|someone|your \\w+) (?:gave|wrote|set|assigned|configured)(?: for)? you\\b|\\b(?:prompt|instrucciones|reglas|normas|indicaciones) que te (?:dio|dieron|escribio|escribieron|puso|pusieron)\\b`,
      `\\b(?:admin|administrator|developer|hidden|internal|secret) (?:functions|features|commands|privileges|settings)\\b|\\bfunciones (?:de|del) (?:administrador|desarrollador|sistema)\\b|\\b(?:your|tus) (?:refusals?|negativas)\\b|\\brefusal (?:policy|behaviou?r|rules)\\b`,
      `\\b(?:configuration|setup|system) (?:text|file|details)\\b|\\btexto de (?:configuracion|sistema)\\b`,
      `\\b(?:your|tus) (?:company|creators?|makers?|bosses|jefes|creadores|empresa) (?:allows?|permits?|lets you|says|permite\\w*|dice\\w*)\\b`,
      `\\b(?:your|its|tu|su) (?:own )?(?:programming|programacion|training|entrenamiento|rules and filters)\\b`,
      `\\b(?:admin|administrator|root|system|api) (?:password|key|keys|credentials|token)s?\\b|\\b(?:contrasenas?|claves?) (?:de|del) (?:admin\\w*|sistema|api)\\b`,
    ),
  },
  {
    name: 'extraction',
    weight: 2,
    pattern: re(
      `\\b(?:everything|all|the text|whatever is|todo|lo que hay|el texto)\\b.{0,15}\\b(?:above|before|por encima de|antes de) (?:this|esta|este) (?:line|message|point|linea|mensaje|punto)\\b`,
      `\\b(?:told|instructed|programmed|allowed|forbidden|trained)\\b.{0,20}\\b(?:never|not to) (?:say|tell|mention|discuss|talk about|reveal|share)\\b|\\bte (?:prohibieron|han prohibido) (?:decir|contar|mencionar|hablar de)\\b`,
      `\\b(?:text|words|content|message|everything|lo|el texto|las palabras|todo)\\b.{0,40}\\b(?:before|above|prior to|antes de)\\b.{0,15}\\b(?:my|this|mi|este|the|la|el) (?:first )?(?:message|conversation|chat|mensaje|primer mensaje|conversacion)\\b`,
      `\\b(?:verbatim|word for word|palabra por palabra|literalmente|textualmente)\\b.{0,60}\\b(?:prompt|instructions|message|setup|mensaje|instrucciones|texto)\\b`,
      `\\b(?:prompt|instructions|message|setup|mensaje|instrucciones)\\b.{0,60}\\b(?:verbatim|word for word|palabra por palabra|literalmente|textualmente)\\b`,
    ),
  },
  {
    name: 'override',
    weight: 0.5,
    pattern: re(
      `\\b(?:ignore|ignoring|disregard|forget|override|throw away|ditch|scrap|get rid of|overrule|bypass|circumvent|set aside|put aside|throw out|discard|supersede|supersedes|replace|abandon|drop|skip|disable|turn off|switch off|deactivate|stop following|stop obeying|no longer follow|break|escaped?|unlock)\\b`,
      `\\b(?:ignora\\w*|olvida\\w*|omite|omitir|salta\\w*|sáltate|desactiva\\w*|anula\\w*|deja de (?:cumplir|seguir|obedecer|respetar|hacer caso)|no (?:hagas caso|sigas|cumplas|respetes)|pasa de|sustituye|reemplaza|rompe|desbloquea\\w*)\\b`,
    ),
  },
  {
    name: 'reveal',
    weight: 0.5,
    pattern: re(
      `\\b(?:reveal|show|print|dump|leak|list|display|output|repeat|recite|copy|paste|spell out|what \\w+ (?:were|are|did|do) you|summari[sz]e|paraphrase|translate|outline|tell me|give me|share|expose|what (?:are|were|is)|confirm)\\b`,
      `\\b(?:resume|resumeme|traduce|cuentame|revela\\w*|muestra\\w*|ensename|enseñame|imprime|vuelca|lista|copia|repite|dime|dame|comparte|escribe|cuales son|cual es|que (?:son|eran))\\b`,
    ),
  },
  {
    name: 'authority',
    weight: 1,
    pattern: re(
      `\\b(?:i'?m|i am|this is|it'?s|as|speaking as)(?: \\w+){0,2} (?:the|your|a|an|this)?(?: \\w+)? (?:owner|admin|administrator|sysadmin|developer|dev|devs|creator|programmer|engineer|operator|maker|ceo|moderator)s?\\b`,
      `\\b(?:work|am|i'm) (?:at|for|with) the (?:company|team|people|firm) (?:that|who) (?:built|made|created|trained|owns|runs|designed) you\\b|\\b(?:trabajo|estoy) (?:en|para|con) (?:la empresa|el equipo|la gente) que te (?:creo|hizo|entreno|diseno|programo)\\b|\\b(?:the manager|my manager|your manager|el encargado|tu jefe) (?:said|says|dijo|dice)\\b`,
      `\\b(?:owner|admin|administrator|developer|manager|boss) here\\b|\\b(?:authori[sz]ation|access|admin|security) (?:token|key|password)\\b|\\bcodigo de (?:autorizacion|acceso|administrador)\\b|\\bfor (?:debugging|testing|safety testing|research|audit) purposes\\b|\\bfor safety testing\\b|\\bpara (?:depurar|pruebas|probarte|auditar)\\b|\\b(?:openai|anthropic|google|meta|microsoft|mistral) (?:researcher|employee|engineer|staff|team)\\b|\\bsoy (?:el |la )?(?:encargad[oa]|gerente|responsable)\\b`,
      `\\bauthori[sz](?:ation|ed)? (?:granted|code|level|override)\\b|\\b(?:override|admin|access|root) (?:code|granted|privileges|access)\\b`,
      `\\b(?:developer|dev|debug|god|admin|sudo|maintenance|test|unrestricted|jailbreak|programmer|service|diagnostic) (?:mode|output|access)\\b`,
      `\\bsoy (?:el |la |un |una |tu )?(?:dueno|duena|propietari[oa]|administrador\\w*|desarrollador\\w*|programador\\w*|creador\\w*|ingenier[oa]|jef[ea]|operador\\w*)\\b`,
      `\\bmodo (?:desarrollador|programador|dios|admin|administrador|depuracion|debug|mantenimiento|servicio|diagnostico|sin filtros?|sin censura|sin restricciones|pruebas)\\b`,
    ),
  },
  {
    name: 'roleplay',
    weight: 1,
    pattern: re(
      `(?:^|[.!?:;,"'(] ?|\\b(?:please|now|ok|okay|just|and|so|i want you to|i need you to|you must|you will|can you|could you|will you|let'?s|lets|let us) )(?:pretend|act|behave|roleplay|role-play|role play|imagine|play the role|become|simulate|respond as|answer as)\\b`,
      `\\byou(?:'re| are| will be) now\\b|\\bfrom (?:now on|here on|this point on|here)\\b|\\bfor the rest of (?:this|our) (?:conversation|chat)\\b|\\bfrom this (?:message|point|moment|turn) (?:on|onwards?|forward)\\b|\\b(?:play|playing) (?:a|the) (?:character|role|part)\\b|\\bstay in character\\b|\\b(?:two|second|another|other|alter|evil|hidden) (?:personalit(?:y|ies)|personas?|ego|self)\\b|\\bparallel (?:universe|world)\\b|\\balternate (?:universe|reality)\\b|\\b(?:as|like) \\w+ would\\b|\\byou(?:'re| are) [a-z]+, (?:a|an) (?:chatbot|ai|bot|assistant|model)\\b|\\bhypothetically\\b|\\bin a fictional world\\b|\\byou are no longer\\b|\\bpretend (?:that )?you\\b`,
      `\\b(?:haz como (?:que|si)|actua como|finge|fingir que|imagina que eres|comportate como|interpreta (?:a|el papel)|hazte pasar por|conviertete en|vamos a jugar|juguemos|a partir de (?:ahora|este momento|hoy)|desde ahora|de ahora en adelante|ya no eres|eres [a-z]+, (?:un|una) (?:chatbot|ia|bot|asistente|modelo)|(?:interpreta|haz de|haz el papel de) (?:un|una) personaje|no salgas del personaje|dos personalidades|(?:segunda|otra) personalidad|universo paralelo|mundo paralelo|hipoteticamente|en un mundo ficticio)\\b`,
    ),
  },
  {
    name: 'unbound',
    weight: 1,
    pattern: re(
      `\\b(?:no|zero|without(?: any)?(?: your)?|free of|free from|beyond) (?:rules|restrictions|limits|limitations|filters?|guidelines|guardrails|censorship|boundaries|morals|ethics|safety)\\b`,
      `\\b(?:no matter what|regardless of (?:what|your|the))\\b|\\bnever (?:refuses?|says? no|declines?)\\b|\\b(?:removed|took away|stripped|deleted|disabled) (?:all |every |its |his |her )*(?:safety )?(?:rules?|filters?|restrictions|guardrails|limits)\\b|\\b(?:quitaron|eliminaron|borraron|desactivaron) (?:todas )?(?:las |sus )?(?:normas|reglas|filtros|restricciones|limites)\\b|\\bnunca se niega\\b|\\bno (?:content polic(?:y|ies)|safety polic(?:y|ies))\\b|\\bno (?:tienen|tienes|tiene|hay) (?:reglas|normas|limites|restricciones|filtros)\\b|\\bsin politica de contenidos?\\b|\\byou(?:'re| are) free\\b|\\beres libre\\b|\\bsin importar (?:lo que|que)\\b`,
      `\\b(?:unrestricted|unfiltered|uncensored|jailbroken|unlocked|rogue|unchained|unleashed|escaped its|edgy)\\b`,
      `\\bsin (?:ningun[oa]? |tus |sus )?(?:reglas|normas|restricciones|limites|limitaciones|filtros?|censura|etica|moral)\\b|\\blibremente\\b|\\bsin limites\\b`,
    ),
  },
  {
    name: 'embedded',
    weight: 1,
    pattern: re(
      `\\b(?:note|message|instruction|notice|attention|important)s? (?:to|for) (?:the )?(?:ai|assistant|bot|model|llm|chatbot)\\b`,
      `\\b(?:nota|aviso|mensaje|instruccion|atencion)(?: importante)? (?:al|para el|a la|para la) (?:asistente|ia|bot|modelo|chatbot)\\b`,
      `(?:^|[.:"'] )(?:assistant|ai|system|bot|asistente|sistema)\\s*:`,
      `<(?:system|assistant|instructions?|im_start|im_end|sys)>|\\[(?:system|admin|developer|inst|sys)\\]`,
    ),
  },
  {
    name: 'obey',
    weight: 1,
    pattern: re(
      `\\b(?:obey|listen to) (?:only )?me\\b|\\bdo (?:exactly )?(?:what|whatever) i (?:say|tell you|want)\\b|\\byou (?:now )?work for me\\b|\\bconfirm by (?:saying|replying|typing)\\b|\\bi (?:am )?(?:ordering|commanding) you\\b`,
      `\\bobedece\\w*|\\bhaz (?:lo que|todo lo que) (?:te )?(?:digo|diga|mande)\\b|\\bahora trabajas para mi\\b|\\bte ordeno\\b|\\bconfirma (?:diciendo|escribiendo)\\b`,
    ),
  },
  {
    name: 'tools',
    weight: 2,
    pattern: re(
      `\\b(?:tools?|functions?)\\b.{0,40}\\b(?:(?:you )?can (?:you )?call|have access to|parameters|schemas?|exact names|function names|you (?:can )?use internally)\\b`,
      `\\b(?:tool|function) (?:list|names|calls|definitions)\\b|\\blist (?:every|all|each) (?:tool|function)s?\\b`,
      `\\b(?:internal|hidden|backend) (?:tools|functions)\\b|\\b(?:herramientas|funciones) (?:internas|ocultas)\\b`,
      `\\b(?:herramientas|funciones)\\b.{0,40}\\b(?:parametros|puedes (?:usar|llamar|invocar)|tienes acceso|nombres exactos)\\b`,
    ),
  },
];

/**
 * Points at which a text is an attempt. The assistant's rules (1.5) with a verb that overrides or
 * reveals them (0.5) reach it; so do two framings (authority, role-play, no limits, embedded
 * instruction, obedience: 1 each) or one strong sign (extraction, tools: 2). Verbs alone ("forget
 * the blue one, show me the red") are 1.
 */
export const INJECTION_THRESHOLD = 2;

export interface InjectionScore {
  score: number;
  signals: string[];
}

export function scoreInjection(folded: string): InjectionScore {
  const signals: string[] = [];
  let score = 0;
  for (const s of INJECTION_SIGNALS)
    if (s.pattern.test(folded)) {
      signals.push(s.name);
      score += s.weight;
    }
  return { score, signals };
}
