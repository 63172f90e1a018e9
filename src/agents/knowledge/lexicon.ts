/**
 * Words shoppers and shop documents use for the same thing, in English and Spanish: "broken" for
 * "damaged", "send back" for "return", "envío" for "shipping". A question word brings its whole
 * group into the search, so a passage saying it another way (or in the other language) is found.
 * Store-policy and FAQ vocabulary only (delivery, returns, money, payment, warranty, time, stores),
 * never one shop's products or names. Folded (no accents, lower case); matched by their stems.
 */

const GROUPS: string[][] = [
  // Delivery.
  [
    'ship',
    'shipping',
    'shipped',
    'deliver',
    'delivery',
    'delivered',
    'deliveries',
    'send',
    'sent',
    'envio',
    'envios',
    'enviar',
    'enviais',
    'envian',
    'enviamos',
    'mandar',
    'mandais',
    'mandan',
    'entrega',
    'entregas',
    'entregar',
    'entregamos',
    'arrive',
    'arrives',
    'arrival',
    'llegar',
    'llega',
    'llegan',
    'llegue',
  ],
  // Returns and refunds.
  [
    'return',
    'returns',
    'returned',
    'returning',
    'exchange',
    'devolver',
    'devolucion',
    'devoluciones',
    'devuelvo',
    'devolveis',
    'cambio',
    'cambiar',
  ],
  ['refund', 'refunded', 'refunds', 'reimburse', 'reembolso', 'reembolsar', 'reembolsamos'],
  [
    'damaged',
    'damage',
    'broken',
    'broke',
    'cracked',
    'crushed',
    'smashed',
    'dented',
    'defective',
    'faulty',
    'roto',
    'rota',
    'rotos',
    'rotas',
    'danado',
    'danada',
    'danados',
    'estropeado',
    'defectuoso',
    'defecto',
    'averiado',
    'averia',
    'rajado',
    'rajada',
    // What the shopper says happened to it ("you ruined my blouse", "si me la estropean").
    'ruined',
    'ruin',
    'spoiled',
    'torn',
    'ripped',
    'estropear',
    'estropean',
    'estropeais',
    'arruinado',
    'arruinada',
  ],
  ['missing', 'lost', 'lose', 'losing', 'falta', 'faltaba', 'perdido', 'perdida', 'perder', 'perdi'],
  ['wrong', 'incorrect', 'equivocado', 'incorrecto'],
  // Who answers for it when something goes wrong: "are you responsible if…" for a page's
  // "liability" or "at the owner's risk".
  [
    'liability',
    'liable',
    'responsible',
    'responsibility',
    'risk',
    'responsable',
    'responsables',
    'responsabilidad',
    'riesgo',
  ],
  ['refuse', 'reject', 'decline', 'rechazar', 'rechazo'],
  // Money.
  [
    'cost',
    'costs',
    'price',
    'prices',
    'fee',
    'fees',
    'charge',
    'charged',
    'charges',
    'precio',
    'coste',
    'costo',
    'cuesta',
    'cuestan',
    'cobrais',
    'cobran',
    'cobrar',
    'cobramos',
    'tarifa',
  ],
  ['free', 'gratis', 'gratuito', 'gratuita'],
  ['pay', 'payment', 'payments', 'paid', 'pagar', 'pago', 'pagos', 'pagas'],
  ['card', 'cards', 'tarjeta', 'tarjetas'],
  ['cash', 'efectivo'],
  ['installments', 'instalments', 'financing', 'finance', 'plazos', 'cuotas', 'financiacion'],
  ['discount', 'discounts', 'descuento', 'descuentos'],
  ['gift', 'regalo'],
  ['tip', 'tips', 'tipping', 'propina'],
  // Whom a discount or a rule is for: "¿hay descuento para hermanos?" reads "brothers" in
  // Apertium's English, and the shop's page says "sibling discount".
  [
    'sibling',
    'siblings',
    'brother',
    'brothers',
    'sister',
    'sisters',
    'hermano',
    'hermanos',
    'hermana',
    'hermanas',
  ],
  // Whoever comes instead of the shopper ("can my sister pick it up", "¿puede ir mi marido?"):
  // the page says "a family member" or "someone else".
  [
    'family',
    'relative',
    'relatives',
    'friend',
    'friends',
    'husband',
    'wife',
    'spouse',
    'sister',
    'brother',
    'familiar',
    'familiares',
    'amigo',
    'amiga',
    'marido',
    'esposo',
    'esposa',
    'pareja',
    'hermana',
    'hermano',
  ],
  ['student', 'students', 'estudiante', 'estudiantes', 'alumno', 'alumnos'],
  ['senior', 'seniors', 'pensioner', 'pensioners', 'retiree', 'retirees', 'jubilado', 'jubilados'],
  [
    'military',
    'soldier',
    'soldiers',
    'servicemember',
    'servicemembers',
    'militar',
    'militares',
    'soldado',
    'soldados',
  ],
  // Warranty and service.
  ['warranty', 'guarantee', 'guaranteed', 'garantia'],
  // What voids a warranty or bars a return, said as the thing the shopper did ("I soldered a new
  // plug on", "I rewired it") against the policy's general word ("modified", "altered").
  [
    'modified',
    'modify',
    'modification',
    'modifications',
    'altered',
    'alter',
    'alteration',
    'tampered',
    'soldered',
    'rewired',
    'modificado',
    'modificada',
    'modificar',
    'alterado',
    'alterada',
    'manipulado',
    'manipulada',
    // Not "soldado": it is also a soldier (the military group).
    'solde',
  ],
  ['repair', 'fix', 'reparar', 'reparacion', 'arreglar', 'arreglo'],
  [
    'install',
    'installation',
    'installed',
    'instalar',
    'instalacion',
    'instalamos',
    'instalais',
    'montaje',
    'montar',
  ],
  // Booking a time with the shop: "¿tengo que pedir cita?" for "by appointment".
  ['appointment', 'appointments', 'booking', 'cita', 'citas', 'reserva'],
  // Trying clothes on to be altered or fitted ("la prueba del vestido" is its fitting, not a test).
  ['fitting', 'fittings', 'prueba', 'pruebas'],
  // The paper the shop gives to claim something back: "I can't find the little paper slip", "perdí
  // el papelito", "el resguardo", against a page's "claim ticket" or "receipt".
  [
    'receipt',
    'receipts',
    'ticket',
    'tickets',
    'slip',
    'stub',
    'recibo',
    'resguardo',
    'comprobante',
    'papelito',
    'tique',
  ],
  // Sooner than the usual turnaround: "by tomorrow", "para mañana", "urgent", against "rush fee",
  // "express service".
  ['rush', 'urgent', 'urgently', 'urgency', 'express', 'expedited', 'urgente', 'urgencia', 'prisa'],
  ['cancel', 'cancelling', 'canceling', 'cancellation', 'cancelar', 'anular', 'baja'],
  ['membership', 'subscription', 'suscripcion', 'socio'],
  // Places and stores.
  ['store', 'stores', 'shop', 'shops', 'showroom', 'tienda', 'tiendas'],
  ['pickup', 'collect', 'recoger', 'recogida', 'recojo'],
  ['home', 'house', 'casa', 'domicilio'],
  ['abroad', 'international', 'overseas', 'extranjero', 'internacional'],
  ['spain', 'espana'],
  ['united', 'estados'],
  ['germany', 'alemania'],
  ['france', 'francia'],
  ['italy', 'italia'],
  ['canary', 'canarias'],
  ['balearic', 'baleares'],
  // Time.
  ['today', 'hoy'],
  ['tomorrow', 'manana'],
  ['day', 'days', 'dia', 'dias'],
  ['week', 'weeks', 'weekly', 'semana', 'semanas', 'semanal'],
  ['month', 'months', 'monthly', 'mes', 'meses', 'mensual'],
  ['year', 'years', 'ano', 'anos'],
  ['hour', 'hours', 'hora', 'horas'],
  ['opening', 'open', 'horario', 'abierto', 'abre', 'abris'],
  ['late', 'delayed', 'delay', 'retraso', 'tarde'],
  // Things and amounts.
  ['size', 'sizes', 'measurements', 'dimensions', 'talla', 'tallas', 'medida', 'medidas', 'tamano'],
  // How a garment should fit after an alteration or an exchange: the shopper says what changed
  // ("I lost weight", "me queda grande"), the page says "taking in" or "a size down" (PHRASES).
  ['smaller', 'tighter', 'tighten', 'narrower', 'achicar', 'estrechar', 'entallar'],
  ['bigger', 'larger', 'looser', 'enlarge', 'widen', 'agrandar', 'ensanchar'],
  ['maximum', 'max', 'limit', 'limits', 'most', 'maximo', 'limite'],
  ['minimum', 'min', 'least', 'minimo'],
  ['photo', 'picture', 'foto', 'fotografia'],
  ['order', 'orders', 'pedido', 'pedidos'],
  ['item', 'items', 'product', 'products', 'articulo', 'articulos', 'producto', 'productos'],
  ['old', 'vintage', 'antique', 'viejo', 'vieja', 'antiguo', 'antigua'],
  ['new', 'nuevo', 'nueva'],
  ['bag', 'bags', 'bolsa', 'bolsas'],
  ['wash', 'washing', 'washable', 'lavar', 'lavado'],
  ['allergy', 'allergies', 'allergen', 'allergens', 'alergia', 'alergenos'],
  ['alcohol', 'wine', 'beer', 'vino', 'cerveza'],
];

/** Ways of saying a group's word in several words, put as that word before the words are read. */
const PHRASES: [RegExp, string][] = [
  [/\bsay no to\b/g, 'refuse'],
  [/\b(send|take|bring|give|ship) (\w+ ){0,2}back\b/g, 'return'],
  [/\bmoney back\b/g, 'refund'],
  [/\bsame[- ]day\b/g, 'today'],
  [/\bnext[- ]day\b/g, 'tomorrow'],
  // "Pick it up", "picking up": one word, as the lexicon's "pickup".
  [/\bpick(?:s|ed|ing)? (?:(?:it|them|this|that|my|your|their|his|her) )?up\b/g, 'pickup'],
  // A decade or an old year names how old a thing is ("my grandmother's dress from the 1960s").
  [
    /\b(?:from|of|in) the (?:1[89]\d0|19\d0)['’]?s\b|\bde los (?:anos )?(?:[1-9]0|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b/g,
    'vintage',
  ],
  // Wanting it sooner than the usual turnaround asks for the rush service.
  [/\b(?:by|for|before|para|antes de) (?:tomorrow|manana)\b/g, 'tomorrow rush'],
  // The fit the shopper describes, and the tailor's words for making it so.
  [
    /\b(?:lost (?:some |a lot of |a little )?weight|(?:is|are|got|now) (?:too )?(?:baggy|loose)|too (?:big|large|loose|baggy)|adelgac\w*|he adelgazado|(?:me|le) (?:queda|quedan|viene|vienen) (?:muy )?(?:grandes?|anchos?|anchas?|flojos?|flojas?))\b/g,
    'smaller',
  ],
  [
    /\b(?:gained (?:some |a lot of |a little |a few )?(?:weight|pounds|kilos)|put on (?:some |a few )?(?:weight|pounds|kilos)|too (?:tight|small|snug)|engord\w*|(?:me|le) (?:queda|quedan|viene|vienen) (?:muy )?(?:chicos?|chicas?|pequenos?|pequenas?|apretados?|apretadas?|justos?|justas?))\b/g,
    'bigger',
  ],
  [/\b(?:take|takes|taking|took|taken) (?:(?:it|them|the \w+|a \w+) )?in\b/g, 'smaller'],
  [/\b(?:let|lets|letting) (?:(?:it|them|the \w+|a \w+) )?out\b/g, 'bigger'],
  // Not finding it is having lost it ("I can't find my receipt", "no encuentro el ticket").
  [
    /\b(?:can ?not|can['’]?t|couldn['’]?t) find\b|\bno (?:encuentro|encontramos|lo encuentro|la encuentro)\b/g,
    'lost',
  ],
  // Not coming to a booked time is cancelling it.
  [
    /\b(?:can ?not|can['’]?t|won['’]?t|unable to) (?:make it|come|go|attend)\b|\bno (?:puedo|podemos|podre) (?:ir|venir|asistir)\b|\bmiss (?:my|the|an?) (?:appointment|fitting)\b/g,
    'cancel',
  ],
  [/\b(how much|what does it cost)\b/g, 'cost'],
  [/\bcuanto (cuesta|cuestan|vale|valen|sale|salen|cobrais|cobran)\b/g, 'precio'],
  [/\b(money|dinero) (back|de vuelta)\b/g, 'refund'],
  [/\b(?:devolv|devuelv)\w* (?:el|mi) dinero\b/g, 'reembolso'],
  [/\b(a|en) (plazos|cuotas|mensualidades)\b/g, 'financiacion'],
  [/\bin (installments|instalments)\b/g, 'financing'],
];

/** A folded question with its multi-word phrasings put as single words (PHRASES). */
export function phrased(folded: string): string {
  let s = folded;
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  return s;
}

/**
 * The words the phrases of a folded text stand for ("adelgacé" → "smaller", "para mañana" →
 * "tomorrow rush"): a Spanish question's English reading is translated word by word and loses
 * them, so they are said again with it (search.ts).
 */
export function phraseWords(folded: string): string[] {
  return PHRASES.flatMap(([re, to]) => (folded.match(re) ?? []).map(() => to));
}

/** Group of every word (folded), by the word's own stem key. */
export type StemOf = (word: string) => string;

/** The other words of a word's group (the word itself excluded); empty when it has none. */
export function relatedWords(word: string, stemOf: StemOf): string[] {
  const key = stemOf(word);
  return (
    index(stemOf)
      .get(key)
      ?.filter((w) => stemOf(w) !== key) ?? []
  );
}

let built: { stemOf: StemOf; map: Map<string, string[]> } | undefined;
function index(stemOf: StemOf): Map<string, string[]> {
  if (built?.stemOf === stemOf) return built.map;
  const map = new Map<string, string[]>();
  for (const group of GROUPS)
    for (const w of group) {
      const key = stemOf(w);
      const have = map.get(key) ?? [];
      for (const x of group) if (!have.includes(x)) have.push(x);
      map.set(key, have);
    }
  built = { stemOf, map };
  return map;
}
