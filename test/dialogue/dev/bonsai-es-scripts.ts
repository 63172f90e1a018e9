/**
 * Spanish conversations on the bonsai shop (bonsai-es-catalog.ts, a catalog written in Spanish and
 * sold in Mexican pesos), written for branch dlg-es9 from the shopper's side before the engine was
 * touched and scored once untouched. Shoppers from Mexico, Spain, Argentina, Colombia and Chile
 * name option values in their own words ("la chiquita", "la de veinte centímetros", "la de dos
 * litros", "la de inox"), ask for sold-out values, ask yes/no and figure questions answered by the
 * product's own text (about the product in focus or another one named), and ask store policy
 * questions the policy text answers or does not. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad|sin existencias|no (?:nos )?queda/i;
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;
/** A policy question the text does not cover: a person is offered, nothing invented. */
const HUMAN = /persona|asesor|equipo|humano|compañer|atención/i;

const FICUS = { name: /Ficus Retusa/ };
const JUNIPER = { name: /Junípero/ };
const ELM = { name: /Olmo Chino/ };
const POT = { name: /Maceta Esmaltada/ };
const TRAY = { name: /Bandeja de Humedad/ };
const SHEARS = { name: /Tijera Cóncava/ };
const WIRE = { name: /Alambre de Aluminio/ };
const AKADAMA = { name: /Akadama/ };
const CAN = { name: /Regadera/ };

export const BONSAI_ES_SCRIPTS: DevScript[] = [
  {
    name: 'ficus y maceta (México, usted): ficus de interior, ¿cuánto mide?, ¿trae maceta?, el de cinco años en cerámica agotado, en plástico, maceta de veinte centímetros azul marino, ¿le queda a la bandeja chica?, envío, cuánto llevo, código, sí',
    language: 'es',
    steps: [
      {
        say: 'buenas tardes, ¿tiene bonsáis que aguanten adentro de la casa?',
        kind: 'ordinary: first search by a use',
        shown: { some: /Ficus Retusa|Olmo Chino/ },
      },
      {
        say: '¿qué altura tiene el ficus?',
        kind: 'figure from the text (product named)',
        notCalls: NO_SEARCH,
        reply: [/25 cm/],
      },
      {
        say: '¿viene con maceta?',
        kind: 'yes/no from the text (in focus)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'démelo de cinco años en maceta de cerámica',
        kind: 'sold-out combination in own words (number in words)',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'entonces el de cinco años en plástico',
        kind: 'value after a refusal',
        cart: [{ ...FICUS, options: { Edad: '5 años', Maceta: 'Plástico' } }],
      },
      {
        say: 'agrégueme también la maceta esmaltada de veinte centímetros en azul marino',
        kind: 'option values in own words (number in words + colour)',
        cart: [FICUS, { ...POT, color: 'Azul marino', options: { Ancho: '20 cm' } }],
      },
      {
        say: '¿cuánto tarda en llegar el envío a Monterrey?',
        kind: 'policy covered (shipping time)',
        notCalls: NO_SEARCH,
        reply: [/3 a 5 días/],
      },
      { say: '¿cuánto llevo?', kind: 'ordinary: total', notCalls: NO_SEARCH, reply: [/1[.,\s]?550/] },
      {
        say: 'tengo el código BONSAI10',
        kind: 'ordinary: promo',
        calls: ['apply_promo'],
        reply: [/1[.,\s]?395/],
      },
      { say: 'ándale, cóbreme', kind: 'ordinary: checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      {
        say: 'sí, adelante',
        kind: 'ordinary: explicit yes',
        calls: ['confirm_order'],
        orderStatus: 'placed',
      },
    ],
  },
  {
    name: 'herramientas (España, tú): tijeras, ¿se lavan en el lavavajillas?, ¿traen funda?, la de inox agotada, de carbono, alambre de tres milímetros agotado, qué grosores quedan, el de dos, garantía, recoger en tienda, carrito',
    language: 'es',
    steps: [
      {
        say: 'hola, busco unas tijeras para podar el bonsái',
        kind: 'ordinary: first search',
        shown: { first: /Tijera Cóncava/ },
      },
      {
        say: '¿se pueden meter en el lavavajillas?',
        kind: 'yes/no from the text (negative)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: '¿traen funda o estuche?',
        kind: 'yes/no from the text (includes)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      { say: '¿cuánto miden de largo?', kind: 'figure from the text', notCalls: NO_SEARCH, reply: [/20 cm/] },
      {
        say: 'ponme las de inox',
        kind: 'sold-out value in own words (short form)',
        reply: [SOLD_OUT, /carbono/i],
        cart: [],
      },
      {
        say: 'vale, pues las de acero al carbono',
        kind: 'value after a refusal',
        cart: [{ ...SHEARS, options: { Material: 'Acero al carbono' } }],
      },
      {
        say: 'y alambre de tres milímetros',
        kind: 'sold-out value in own words (unit in words)',
        reply: [SOLD_OUT],
        cart: [SHEARS],
      },
      {
        say: '¿qué grosores te quedan del alambre?',
        kind: 'in-stock values',
        notCalls: NO_SEARCH,
        reply: [/1 mm/, /2 mm/],
        notReply: [/3 mm(?! .*agotad)/],
      },
      {
        say: 'pues dos rollos del de dos milímetros',
        kind: 'option value in own words with a quantity',
        cart: [SHEARS, { ...WIRE, options: { Calibre: '2 mm' }, quantity: 2 }],
      },
      {
        say: '¿las tijeras tienen garantía?',
        kind: 'policy covered (warranty)',
        notCalls: NO_SEARCH,
        reply: [/un año|1 año/],
      },
      {
        say: '¿y puedo pasar a recogerlo a la tienda?',
        kind: 'policy not covered (pickup)',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
      {
        say: '¿qué tengo en el carrito?',
        kind: 'ordinary: read-back',
        notCalls: NO_SEARCH,
        reply: [/Tijera/, /Alambre/],
      },
    ],
  },
  {
    name: 'junípero y sustrato (Argentina, vos): juníperos, ¿se puede tener adentro?, el grande agotado, el mediano, akadama de cinco litros agotada, la de dos litros, ¿trae abono?, ¿el abono es seguro para el perro?, devolver un árbol, cuotas, cerralo, dale',
    language: 'es',
    steps: [
      {
        say: '¿tenés juníperos?',
        kind: 'ordinary: first search by kind word',
        shown: { first: /Junípero/ },
      },
      {
        say: '¿lo puedo tener adentro del departamento?',
        kind: 'yes/no from the text (negative)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: '¿cuántas horas de sol necesita?',
        kind: 'figure from the text',
        notCalls: NO_SEARCH,
        reply: [/4 horas/],
      },
      {
        say: 'dame el grande',
        kind: 'sold-out value (size word)',
        reply: [SOLD_OUT, /Chico|Mediano/],
        cart: [],
      },
      {
        say: 'bueno, el mediano',
        kind: 'value after a refusal',
        cart: [{ ...JUNIPER, size: 'Mediano' }],
      },
      {
        say: 'sumale akadama, la bolsa de cinco litros',
        kind: 'sold-out value in own words (unit in words)',
        reply: [SOLD_OUT],
        cart: [JUNIPER],
      },
      {
        say: 'dale, la de dos litros',
        kind: 'option value in own words (number and unit in words)',
        cart: [JUNIPER, { ...AKADAMA, options: { Presentación: '2 L' } }],
      },
      {
        say: '¿la akadama ya trae fertilizante?',
        kind: 'yes/no from the text (negative, product named)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: '¿el abono en bolitas es seguro para mi perro?',
        kind: 'yes/no naming another product',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'si el árbol llega roto, ¿lo puedo devolver?',
        kind: 'policy covered (returns of live trees)',
        notCalls: NO_SEARCH,
        reply: [/48 horas|fotos|reponemos/],
      },
      {
        say: '¿se puede pagar en cuotas?',
        kind: 'policy covered (payment)',
        notCalls: NO_SEARCH,
        reply: [/meses sin intereses/],
      },
      { say: 'listo, cerralo', kind: 'ordinary: checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'dale, sí', kind: 'ordinary: explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'regadera y olmo (Colombia y Chile): regaderas, ¿de qué material?, la de dos litros negra agotada, verde, ¿cuánto mide?, olmo, ¿aguanta heladas?, el grande, bandeja grande ¿le cabe una maceta de 30 cm?, envolver para regalo, envío al extranjero',
    language: 'es',
    steps: [
      {
        say: 'buenas, ¿manejan regaderas?',
        kind: 'ordinary: first search',
        shown: { first: /Regadera/ },
      },
      {
        say: '¿de qué material es?',
        kind: 'figure/material from the text',
        notCalls: NO_SEARCH,
        reply: [/acero galvanizado/i],
      },
      {
        say: 'regáleme la de dos litros en negro',
        kind: 'sold-out combination (unit in words)',
        reply: [SOLD_OUT, /Verde/],
        cart: [],
      },
      {
        say: 'bueno, verde entonces',
        kind: 'value after a refusal',
        cart: [{ ...CAN, color: 'Verde', options: { Capacidad: '2 L' } }],
      },
      {
        say: '¿el olmo chino aguanta las heladas?',
        kind: 'yes/no naming another product',
        notCalls: NO_SEARCH,
        reply: [YES, /-5/],
      },
      {
        say: 'ya, el olmo grande po',
        kind: 'option value (Chilean filler)',
        cart: [CAN, { ...ELM, size: 'Grande' }],
      },
      {
        say: '¿a la bandeja de humedad grande le cabe una maceta de 30 cm?',
        kind: 'fits question answered from a figure (another product)',
        notCalls: NO_SEARCH,
        reply: [YES, /32 cm/],
      },
      {
        say: 'échame la bandeja grande',
        kind: 'option value (size word)',
        cart: [CAN, ELM, { ...TRAY, size: 'Grande' }],
      },
      {
        say: '¿me lo pueden envolver para regalo?',
        kind: 'policy not covered (gift wrapping)',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
      {
        say: '¿y mandan árboles a Chile?',
        kind: 'policy covered (no shipping abroad)',
        notCalls: NO_SEARCH,
        reply: [/México/],
      },
      { say: '¿cuánto es todo?', kind: 'ordinary: total', notCalls: NO_SEARCH, reply: [/2[.,\s]?080/] },
    ],
  },
];
