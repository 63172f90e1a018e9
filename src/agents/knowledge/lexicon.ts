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
  ],
  ['missing', 'lost', 'falta', 'faltaba', 'perdido'],
  ['wrong', 'incorrect', 'equivocado', 'incorrecto'],
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
  ['cancel', 'cancelling', 'canceling', 'cancellation', 'cancelar', 'anular', 'baja'],
  ['membership', 'subscription', 'suscripcion', 'socio'],
  // Places and stores.
  ['store', 'stores', 'shop', 'shops', 'showroom', 'tienda', 'tiendas'],
  ['pickup', 'collect', 'recoger', 'recogida'],
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
  ['maximum', 'max', 'limit', 'limits', 'most', 'maximo', 'limite'],
  ['minimum', 'min', 'least', 'minimo'],
  ['photo', 'picture', 'foto', 'fotografia'],
  ['order', 'orders', 'pedido', 'pedidos'],
  ['item', 'items', 'product', 'products', 'articulo', 'articulos', 'producto', 'productos'],
  ['old', 'viejo', 'vieja', 'antiguo', 'antigua'],
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
  [/\bsame day\b/g, 'today'],
  [/\b(how much|what does it cost)\b/g, 'cost'],
  [/\bcuanto (cuesta|cuestan|vale|valen|cobrais|cobran)\b/g, 'precio'],
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
