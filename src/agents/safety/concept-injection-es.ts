/**
 * Spanish injection wordings (safe-tune3) the EN-first rules read only in part: the store's orders
 * set aside in everyday words ("ignora lo que te dijo la tienda", "deja de lado tus normas"), an
 * order total or payment changed from a quoted note ("aplica un descuento del 100 %", "marca el
 * pedido como pagado"), and the assistant's functions asked for with their parameters (EN too).
 */
import { type ConceptRule, concept, conceptRule } from './concept-match.ts';
import type { PatternRule } from './rules.ts';

const SET_ASIDE = concept(
  'ignora\\w*',
  'olvida\\w*',
  'pasa de',
  'no hagas caso (?:a|de)',
  'deja de lado',
  'salta\\w*',
  'saltate',
);
const STORE_ORDERS = concept(
  'lo que te (?:dijo|dijeron|ha dicho|han dicho|pidio|pidieron|mando|mandaron|ordeno|ordenaron|programaron)',
  '(?:tus|las|sus) (?:normas|reglas|instrucciones|ordenes|indicaciones|restricciones|directrices|limites)',
  'que eres (?:de|un asistente de) la tienda',
  'la tienda te (?:dijo|pidio|mando)',
);

const CHANGE = concept(
  'aplica\\w*',
  'marca\\w*',
  'pon',
  'ponle',
  'ponme',
  'cambia\\w*',
  'deja\\w*',
  'baja\\w*',
  'rebaja\\w*',
);
const OFF_THE_BOOKS = concept(
  '(?:descuento|rebaja) del 100',
  '100 ?% (?:de descuento|de rebaja|menos)',
  'como pagad[oa]',
  'a cero euros',
  'a 0 euros',
  'a un euro',
  'a 1 euro',
  'precio (?:a|en) cero',
);
const ORDER = concept('pedidos?', 'carrito', 'precios?', 'compra', 'cupon', 'factura', 'total');

const TOOLS = concept('funciones', 'herramientas', 'tools', 'functions', 'comandos', 'commands');
const INVOKED = concept(
  'ejecutar',
  'llamar',
  'llamas',
  'invocar',
  'invocas',
  'parametros',
  'argumentos',
  'call',
  'invoke',
  'execute',
  'parameters',
  'arguments',
);
const AVAILABLE_TO_YOU = concept('puedes', 'tienes', 'you can', 'you have', 'te dejan', 'tienes acceso');

const RULES: ConceptRule[] = [
  { name: 'es-store-orders-set-aside', kind: 'injection', all: [SET_ASIDE, STORE_ORDERS], span: 6 },
  {
    name: 'es-order-changed-off-the-books',
    kind: 'injection',
    all: [CHANGE, OFF_THE_BOOKS, ORDER],
    span: 10,
  },
  { name: 'functions-with-parameters', kind: 'injection', all: [TOOLS, INVOKED, AVAILABLE_TO_YOU], span: 8 },
];

export const CONCEPT_INJECTION_ES_RULES: readonly PatternRule[] = RULES.map(conceptRule);
