/**
 * Spanish conversations on the workwear and safety gear shop (workwear-es-catalog.ts, an
 * English-only import in dollars), written for branch dlg-es9 from the shopper's side before the
 * engine was touched and scored once untouched. Site workers and buyers from Mexico, Spain,
 * Argentina, Colombia and Chile name the catalog's English values in Spanish ("azul marino" for
 * Navy, "talla mediana" for M, "la de media pulgada" for 1/2", "la de dos litros" for 2L, "lente
 * ahumado" for Smoke, "café" for Brown), ask for sold-out variants, ask yes/no and figure
 * questions the English text answers, and ask policy questions. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const SOLD_OUT = /agotad|sin existencias|no (?:nos )?queda/i;
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;
/** A policy question the text does not cover: a person is offered, nothing invented. */
const HUMAN = /persona|asesor|equipo|humano|compañer|atención/i;

const BOOTS = { name: /Steel Toe Work Boots/ };
const HAT = { name: /Hard Hat/ };
const GLASSES = { name: /Safety Glasses/ };
const VEST = { name: /Hi-Vis Safety Vest/ };
const JACKET = { name: /Duck Work Jacket/ };
const NITRILE = { name: /Nitrile Coated/ };
const DRIVER = { name: /Leather Driver/ };
const SOCKETS = { name: /Socket Set/ };
const JUG = { name: /Water Jug/ };

export const WORKWEAR_ES_SCRIPTS: DevScript[] = [
  {
    name: 'botas y casco (México, usted): botas con casquillo, ¿son impermeables?, ¿cuánto pesan?, talla 11 negras agotadas, cafés, casco naranja agotado, amarillo, ¿trae barbiquejo?, garantía, envío, cóbreme, sí',
    language: 'es',
    steps: [
      {
        say: 'buenas, ocupo unas botas de seguridad con casquillo',
        kind: 'ordinary: first search (Spanish kind word)',
        shown: { first: /Steel Toe Work Boots/ },
      },
      {
        say: '¿son impermeables?',
        kind: 'yes/no from the English text (in focus)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: '¿cuánto pesan?',
        kind: 'figure from the English text',
        notCalls: NO_SEARCH,
        reply: [/2[.,]1/],
      },
      {
        say: 'démelas en talla once, negras',
        kind: 'sold-out combination (number and colour in Spanish words)',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'entonces en café',
        kind: 'value in Spanish for an English value (Brown) after a refusal',
        cart: [{ ...BOOTS, size: '11', color: 'Brown' }],
      },
      {
        say: 'y un casco en naranja',
        kind: 'sold-out value in Spanish (Orange)',
        reply: [SOLD_OUT, /White|Yellow|Blue|blanco|amarillo|azul/i],
        cart: [BOOTS],
      },
      {
        say: 'va, el amarillo',
        kind: 'value in Spanish after a refusal (Yellow)',
        cart: [BOOTS, { ...HAT, color: 'Yellow' }],
      },
      {
        say: '¿el casco trae barbiquejo?',
        kind: 'yes/no from the English text (negative, product named)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: '¿las botas tienen garantía?',
        kind: 'policy covered (warranty, English text)',
        notCalls: NO_SEARCH,
        reply: [/6 (?:months|meses)/],
      },
      {
        say: '¿cuánto tarda el envío?',
        kind: 'policy covered (shipping time)',
        notCalls: NO_SEARCH,
        reply: [/3 (?:to|a) 7/],
      },
      { say: 'ándele, cóbreme', kind: 'ordinary: checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí', kind: 'ordinary: explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'chaleco y chaqueta (España, tú): chalecos reflectantes, ¿se pueden lavar a máquina?, ¿cuántos bolsillos?, naranja 2XL agotado, amarillo, chaqueta azul marino XL agotada, qué tallas, la L, ¿la capucha se quita?, recoger en tienda, devolver',
    language: 'es',
    steps: [
      {
        say: 'hola, necesito chalecos reflectantes para la obra',
        kind: 'ordinary: first search (Spanish kind word)',
        shown: { first: /Hi-Vis Safety Vest/ },
      },
      {
        say: '¿se pueden lavar a máquina?',
        kind: 'yes/no from the English text',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: '¿cuántos bolsillos tiene?',
        kind: 'figure from the English text',
        notCalls: NO_SEARCH,
        reply: [/4|cuatro/],
      },
      {
        say: 'ponme uno naranja de la talla más grande',
        kind: 'sold-out combination (colour in Spanish, size by rank)',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'vale, pues amarillo',
        kind: 'value in Spanish after a refusal (Yellow)',
        cart: [{ ...VEST, size: '2XL/3XL', color: 'Yellow' }],
      },
      {
        say: 'y la chaqueta acolchada en azul marino, talla XL',
        kind: 'sold-out combination (Navy said in Spanish)',
        reply: [SOLD_OUT],
        cart: [VEST],
      },
      {
        say: '¿qué tallas te quedan en azul marino?',
        kind: 'in-stock values of a colour in Spanish',
        notCalls: NO_SEARCH,
        reply: [/\bL\b/, /2XL/],
        notReply: [/\bXL\b(?! .*agotad)(?!\/)/],
      },
      {
        say: 'pues la L en azul marino',
        kind: 'value in Spanish (Navy) with a size',
        cart: [VEST, { ...JACKET, size: 'L', color: 'Navy' }],
      },
      {
        say: '¿la capucha se puede quitar?',
        kind: 'yes/no from the English text (detachable)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: '¿puedo recogerlo en vuestra tienda?',
        kind: 'policy not covered (pickup)',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
      {
        say: 'si no me vale la chaqueta, ¿la puedo devolver?',
        kind: 'policy covered (returns, English text)',
        notCalls: NO_SEARCH,
        reply: [/30/],
      },
    ],
  },
  {
    name: 'guantes y oídos (Argentina, vos): guantes de trabajo, talle grande agotado, mediano, ¿sirven para la pantalla del celular?, guantes de cuero de cabra agotados, vaca, orejeras, ¿cuántos decibeles?, ¿entran con anteojos?, anteojos ahumados agotados, ámbar, envío a Uruguay',
    language: 'es',
    steps: [
      {
        say: '¿tenés guantes de trabajo de nitrilo?',
        kind: 'ordinary: first search',
        shown: { first: /Nitrile Coated/ },
      },
      {
        say: 'dame el talle grande',
        kind: 'sold-out value in Spanish (grande → L)',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'bueno, mediano entonces',
        kind: 'size word in Spanish (mediano → M) after a refusal',
        cart: [{ ...NITRILE, size: 'M' }],
      },
      {
        say: '¿sirven para usar la pantalla del celular?',
        kind: 'yes/no from the English text (touchscreen)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'sumá unos guantes de cuero de cabra talle L',
        kind: 'sold-out material in Spanish (Goatskin)',
        reply: [SOLD_OUT],
        cart: [NITRILE],
      },
      {
        say: 'listo, de cuero de vaca',
        kind: 'material in Spanish (Cowhide) after a refusal',
        cart: [NITRILE, { ...DRIVER, size: 'L', options: { Material: 'Cowhide' } }],
      },
      {
        say: '¿cuántos decibeles bajan las orejeras plegables?',
        kind: 'figure naming another product',
        notCalls: NO_SEARCH,
        reply: [/25/],
      },
      {
        say: '¿se pueden usar con anteojos de seguridad puestos?',
        kind: 'yes/no from the English text (in focus)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'agregame los anteojos antiempañantes con lente ahumado',
        kind: 'sold-out value in Spanish (Smoke)',
        reply: [SOLD_OUT],
        cart: [NITRILE, DRIVER],
      },
      {
        say: 'dale, con lente ámbar',
        kind: 'value in Spanish (Amber) after a refusal',
        cart: [NITRILE, DRIVER, { ...GLASSES, options: { Lens: 'Amber' } }],
      },
      {
        say: '¿hacen envíos a Uruguay?',
        kind: 'policy not covered (shipping abroad)',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
    ],
  },
  {
    name: 'herramienta y termo (Colombia y Chile): juego de dados, ¿trae estuche?, el de tres octavos agotado, el de media pulgada, termo de dos litros gris agotado, verde, ¿se puede lavar en lavavajillas?, ¿cuánto tiempo mantiene frío?, total, código, pago, páselo, sí',
    language: 'es',
    steps: [
      {
        say: 'buenas, ¿tienen juegos de dados con matraca?',
        kind: 'ordinary: first search (Spanish kind word)',
        shown: { first: /Socket Set/ },
      },
      {
        say: '¿trae estuche para guardarlo?',
        kind: 'yes/no from the English text (includes a case)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'regáleme el de tres octavos',
        kind: 'sold-out value in Spanish words (3/8")',
        reply: [SOLD_OUT],
        cart: [],
      },
      {
        say: 'bueno, el de media pulgada',
        kind: 'value in Spanish words (1/2") after a refusal',
        cart: [{ ...SOCKETS, options: { Drive: '1/2"' } }],
      },
      {
        say: 'y un termo de agua de dos litros en gris',
        kind: 'sold-out combination (2L and Gray said in Spanish)',
        reply: [SOLD_OUT],
        cart: [SOCKETS],
      },
      {
        say: 'ya, en verde po',
        kind: 'value in Spanish (Green) after a refusal',
        cart: [SOCKETS, { ...JUG, color: 'Green', options: { Capacity: '2L' } }],
      },
      {
        say: '¿se puede lavar en el lavavajillas?',
        kind: 'yes/no from the English text',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: '¿cuántas horas lo mantiene frío?',
        kind: 'figure from the English text',
        notCalls: NO_SEARCH,
        reply: [/24/],
      },
      { say: '¿cuánto es todo?', kind: 'ordinary: total', notCalls: NO_SEARCH, reply: [/121/] },
      {
        say: 'tengo el código SAFETY15',
        kind: 'ordinary: promo',
        calls: ['apply_promo'],
        reply: [/102[.,]85/],
      },
      {
        say: '¿aceptan PayPal?',
        kind: 'policy covered (payment)',
        notCalls: NO_SEARCH,
        reply: [YES, /PayPal/],
      },
      { say: 'listo, páselo', kind: 'ordinary: checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      {
        say: 'sí, confirmo',
        kind: 'ordinary: explicit yes',
        calls: ['confirm_order'],
        orderStatus: 'placed',
      },
    ],
  },
];
