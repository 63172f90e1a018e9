/**
 * Spanish conversations on the tableware shop (vajilla-es-catalog.ts, a catalog written in Spanish
 * and sold in Argentine pesos), written for branch dlg-es10 from the shopper's side before the
 * engine was touched and scored once untouched. Shoppers from Buenos Aires, Córdoba and Rosario
 * (voseo) ask store policy questions said around a purchase (a card brand, paying in instalments,
 * delivery cost for an amount, a bulky-item surcharge, breakage in transit, warranty years,
 * shipping to their town, disposal of broken glass), services the shop does not offer, and
 * yes/no and figure questions answered by the product's own text, about the product in focus or
 * one named by its type. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const NO_SEARCH_NO_CHECKOUT = ['search_products', 'prepare_order'];
const YES = /(?:^|[^\p{L}])sí(?:[^\p{L}]|$)/iu;
const NO = /(?:^|[^\p{L}])no(?:[^\p{L}]|$)/iu;
/** A question the policy text does not cover, or a service not offered: a person is offered. */
const HUMAN = /persona|asesor|equipo|humano|compañer|atención/i;

const GLASSES = { name: /Copas de Vino/ };
const CUTLERY = { name: /Set de Cubiertos/ };
const CLOTH = { name: /Mantel de Lino/ };
const PLATE = { name: /Plato Playo/ };

export const VAJILLA_ES_SCRIPTS: DevScript[] = [
  {
    name: 'copas (Buenos Aires, vos): copas de vino, ¿lavavajillas?, capacidad, agregar, Amex, envío para un monto, recargo por bulto, rotura en el viaje, cuotas, carrito',
    language: 'es',
    steps: [
      {
        say: 'hola, busco copas para vino',
        kind: 'ordinary: first search',
        shown: { first: /Copas de Vino/ },
      },
      {
        say: '¿se pueden meter en el lavavajillas?',
        kind: 'yes/no from the text (advises against)',
        notCalls: NO_SEARCH,
        reply: [/a mano/],
      },
      {
        say: '¿cuánto le entra a cada copa?',
        kind: 'figure from the text (capacity)',
        notCalls: NO_SEARCH,
        reply: [/450 ml/],
      },
      { say: 'dale, agregame una caja', kind: 'ordinary: add in focus', cart: [GLASSES] },
      {
        say: '¿me aceptan una American Express para pagar?',
        kind: 'policy covered (card brand)',
        notCalls: NO_SEARCH_NO_CHECKOUT,
        reply: [/American Express/],
      },
      {
        say: 'mi compra anda por los 40 mil, ¿cuánto me sale el envío?',
        kind: 'policy covered (delivery cost with an amount)',
        notCalls: NO_SEARCH_NO_CHECKOUT,
        reply: [/6[.,\s]?500/],
      },
      {
        say: '¿las cajas de copas tienen algún recargo por ser voluminosas?',
        kind: 'policy covered (bulky surcharge)',
        notCalls: NO_SEARCH_NO_CHECKOUT,
        reply: [/3[.,\s]?000/],
      },
      {
        say: 'y si me llega una copa partida, ¿qué hago?',
        kind: 'policy covered (breakage in transit)',
        notCalls: NO_SEARCH,
        reply: [/48 horas|foto|reemplazo/],
      },
      {
        say: '¿puedo pagarlo en cuotas?',
        kind: 'policy covered (instalments)',
        notCalls: NO_SEARCH_NO_CHECKOUT,
        reply: [/3 cuotas|tres cuotas/],
      },
      {
        say: '¿qué tengo en el carrito?',
        kind: 'ordinary: read-back',
        notCalls: NO_SEARCH,
        reply: [/Copas/],
      },
    ],
  },
  {
    name: 'cubiertos y mantel (Córdoba, vos): cubiertos, ¿caja de regalo?, años de garantía, mate negro, manteles, ¿lavarropas?, medidas, crudo, envío a mi ciudad, grabado, servicio a domicilio, pagar',
    language: 'es',
    steps: [
      {
        say: 'buenas, ¿tienen juegos de cubiertos de acero?',
        kind: 'ordinary: first search',
        shown: { first: /Set de Cubiertos/ },
      },
      {
        say: '¿vienen en caja de regalo?',
        kind: 'yes/no from the text (in focus)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'si un cuchillo sale fallado, ¿por cuánto tiempo estoy cubierto?',
        kind: 'policy covered (warranty duration)',
        notCalls: NO_SEARCH,
        reply: [/5 años|cinco años/],
      },
      {
        say: 'poneme el de acabado mate negro',
        kind: 'option value in own words',
        cart: [{ ...CUTLERY, options: { Acabado: 'Mate negro' } }],
      },
      { say: '¿tienen manteles?', kind: 'ordinary: search by kind', shown: { first: /Mantel de Lino/ } },
      {
        say: '¿se puede lavar en el lavarropas?',
        kind: 'yes/no from the text (in focus)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: '¿qué medidas tiene?',
        kind: 'figure from the text (size A x B)',
        notCalls: NO_SEARCH,
        reply: [/150 x 250/],
      },
      {
        say: 'agregá el mantel en color crudo',
        kind: 'option value (colour)',
        cart: [CUTLERY, { ...CLOTH, color: 'Crudo' }],
      },
      {
        say: 'vivo en Villa Carlos Paz, Córdoba, ¿me lo mandan hasta acá?',
        kind: 'policy covered (shipping to a place)',
        notCalls: NO_SEARCH_NO_CHECKOUT,
        reply: [/todo el país|4 a 7/],
      },
      {
        say: '¿me pueden grabar las iniciales en los cubiertos?',
        kind: 'service not offered (engraving)',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
      {
        say: '¿alguien podría venir a mi casa a armar la mesa para una fiesta?',
        kind: 'service not offered (at home)',
        notCalls: NO_SEARCH,
        reply: [HUMAN],
      },
      { say: 'listo, cobrame', kind: 'ordinary: checkout', calls: ['prepare_order'], notCalls: NOT_PLACED },
      { say: 'sí, dale', kind: 'ordinary: explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'platos y otros (Rosario, vos): platos playos, ¿microondas?, ¿horno?, tamaño, seis arena, servilletas, tamaño de esas servilletas, tabla de asado nombrada, cada cuánto aceitar, plato roto a la basura, transferencia, juego sin tazas, peso del vaso',
    language: 'es',
    steps: [
      {
        say: 'hola, necesito platos playos',
        kind: 'ordinary: first search',
        shown: { first: /Plato Playo/ },
      },
      {
        say: '¿van al microondas?',
        kind: 'yes/no from the text (in focus)',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: '¿y al horno?',
        kind: 'yes/no from the text (negative)',
        notCalls: NO_SEARCH,
        reply: [NO],
        notReply: [YES],
      },
      {
        say: '¿de qué tamaño son?',
        kind: 'figure from the text (size)',
        notCalls: NO_SEARCH,
        reply: [/27 cm/],
      },
      {
        say: 'poneme seis en color arena',
        kind: 'quantity in words + colour',
        cart: [{ ...PLATE, color: 'Arena', quantity: 6 }],
      },
      {
        say: '¿tienen servilletas de tela?',
        kind: 'ordinary: search by kind',
        shown: { first: /Servilletas de Algodón/ },
      },
      {
        say: '¿cuánto mide cada una de esas servilletas?',
        kind: 'figure from the text (type named, size A x B)',
        notCalls: NO_SEARCH,
        reply: [/45 x 45/],
      },
      {
        say: '¿la tabla de asado se puede lavar en el lavavajillas?',
        kind: 'yes/no naming another product (negative)',
        notCalls: NO_SEARCH,
        reply: [NO],
        notReply: [YES],
      },
      {
        say: '¿cada cuánto hay que aceitarla?',
        kind: 'figure from the text (frequency)',
        notCalls: NO_SEARCH,
        reply: [/una vez al mes/],
      },
      {
        say: 'se me rompió un plato viejo, ¿lo tiro en el contenedor de reciclables?',
        kind: 'policy covered (disposal)',
        notCalls: NO_SEARCH,
        reply: [/basura común|papel de diario/],
      },
      {
        say: '¿se puede pagar con transferencia?',
        kind: 'policy covered (payment)',
        notCalls: NO_SEARCH_NO_CHECKOUT,
        reply: [/transferencia/],
      },
      {
        say: '¿el juego de porcelana de 18 piezas trae tazas?',
        kind: 'yes/no naming another product (not included)',
        notCalls: NO_SEARCH,
        reply: [NO],
        notReply: [YES],
      },
      {
        say: '¿cuántos gramos pesa cada vaso de vidrio reciclado?',
        kind: 'figure naming another product (weight)',
        notCalls: NO_SEARCH,
        reply: [/280 g/],
      },
    ],
  },
];
