/**
 * Scripted EN/ES conversations choosing variants by options other than size and colour (issue 12):
 * the value said with the product, after a question, sold out with what is in stock instead.
 */
import type { DevScript } from './harness.ts';

const NO_TOOL_TEXT = /Ask the shopper|see get_product|Do not add/;
const SOLD_OUT_EN = /(sold out|out of stock)/i;
const SOLD_OUT_ES = /agotad/i;

export const STATIONERY_SCRIPTS: DevScript[] = [
  {
    name: 'notebook sheets and ruling, pens by pack, fountain pen material',
    language: 'en',
    steps: [
      { say: 'show me notebooks', shown: { some: /Notebook/ } },
      {
        say: 'add the 80 sheet dotted one',
        cart: [{ name: /Notebook/, options: { Sheets: '80', Ruling: 'Dotted' } }],
      },
      {
        say: 'add the 120 sheet dotted notebook',
        cart: [{ name: /Notebook/ }],
        reply: [SOLD_OUT_EN, /Lined/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: 'lined then',
        cart: [
          { name: /Notebook/, options: { Sheets: '80' } },
          { name: /Notebook/, options: { Sheets: '120', Ruling: 'Lined' } },
        ],
      },
      { say: 'show me gel pens', shown: { some: /Gel Pens/ } },
      // Corrected script: the pack of 10 comes in two ink colours, so the right answer asks which.
      {
        say: 'the pack of 10 please',
        cart: [{ name: /Notebook/ }, { name: /Notebook/ }],
        reply: [/colou?r/i, /Blue/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: 'blue',
        cart: [
          { name: /Notebook/ },
          { name: /Notebook/ },
          { name: /Gel Pens/, color: 'Blue', options: { Pack: 'Pack of 10' } },
        ],
      },
      {
        say: 'add the classic fountain pen',
        cart: [{ name: /Notebook/ }, { name: /Notebook/ }, { name: /Gel Pens/ }],
        reply: [/material/i, /Brass/, /Aluminium/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: 'aluminium',
        cart: [
          { name: /Notebook/ },
          { name: /Notebook/ },
          { name: /Gel Pens/ },
          { name: /Fountain Pen/, options: { Material: 'Aluminium' } },
        ],
      },
    ],
  },
  {
    name: 'hojas, paquetes, material',
    language: 'es',
    steps: [
      { say: 'busco cuadernos', shown: { some: /Notebook/ } },
      {
        say: 'añade el de 80 hojas rayado',
        cart: [{ name: /Notebook/, options: { Sheets: '80', Ruling: 'Lined' } }],
      },
      {
        say: 'añade el cuaderno de 120 hojas punteado',
        cart: [{ name: /Notebook/ }],
        reply: [SOLD_OUT_ES],
        notReply: [NO_TOOL_TEXT],
      },
      { say: 'busco bolígrafos de gel', shown: { some: /Gel Pens/ } },
      {
        say: 'el paquete de 3 azul',
        cart: [{ name: /Notebook/ }, { name: /Gel Pens/, options: { Pack: '3-pack' } }],
      },
      {
        say: 'añade la pluma estilográfica classic',
        cart: [{ name: /Notebook/ }, { name: /Gel Pens/ }],
        reply: [/material/i, /Brass/, /Aluminium/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: 'la de brass',
        cart: [
          { name: /Notebook/ },
          { name: /Gel Pens/ },
          { name: /Fountain Pen/, options: { Material: 'Brass' } },
        ],
      },
    ],
  },
];

export const MUSIC_SCRIPTS: DevScript[] = [
  {
    name: 'keys, voltage asked and sold out, pack and length',
    language: 'en',
    steps: [
      { say: 'show me digital pianos', shown: { some: /Digital Piano/ } },
      {
        say: "I'll take the 88 keys version",
        cart: [{ name: /Digital Piano/, options: { Keys: '88' } }],
      },
      {
        say: 'add the practice amplifier',
        cart: [{ name: /Digital Piano/ }],
        reply: [/voltage/i, /120V/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: 'the 230 volt one',
        cart: [{ name: /Digital Piano/ }],
        reply: [SOLD_OUT_EN, /120V/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: '120 volts then',
        cart: [{ name: /Digital Piano/ }, { name: /Amplifier/, options: { Voltage: '120V' } }],
      },
      {
        say: 'add two of the phosphor bronze strings in the 3-pack',
        cart: [
          { name: /Digital Piano/ },
          { name: /Amplifier/ },
          { name: /Strings/, quantity: 2, options: { Pack: '3-pack', Gauge: 'Light 12-53' } },
        ],
      },
      {
        say: 'add the braided instrument cable in 20 ft',
        cart: [{ name: /Digital Piano/ }, { name: /Amplifier/ }, { name: /Strings/ }],
        reply: [SOLD_OUT_EN, /10 ft/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: 'add the braided instrument cable 10 feet angled',
        cart: [
          { name: /Digital Piano/ },
          { name: /Amplifier/ },
          { name: /Strings/ },
          { name: /Cable/, options: { Length: '10 ft', Connector: 'Angled' } },
        ],
      },
      {
        say: 'are the phosphor bronze strings in medium 13-56 available',
        calls: ['check_availability'],
        reply: [SOLD_OUT_EN],
      },
    ],
  },
  {
    name: 'teclas, voltaje, paquete de 3 unidades',
    language: 'es',
    steps: [
      { say: 'busco pianos digitales', shown: { some: /Digital Piano/ } },
      { say: 'quiero el de 61 teclas', cart: [{ name: /Digital Piano/, options: { Keys: '61' } }] },
      {
        say: 'añade el amplificador de práctica',
        cart: [{ name: /Digital Piano/ }],
        reply: [/voltaje/i, /120V/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: 'el de 120 voltios',
        cart: [{ name: /Digital Piano/ }, { name: /Amplifier/, options: { Voltage: '120V' } }],
      },
      {
        say: 'añade dos cuerdas phosphor bronze de 3 unidades',
        cart: [
          { name: /Digital Piano/ },
          { name: /Amplifier/ },
          { name: /Strings/, quantity: 2, options: { Pack: '3-pack' } },
        ],
      },
      {
        say: 'añade el cable braided de 20 pies',
        cart: [{ name: /Digital Piano/ }, { name: /Amplifier/ }, { name: /Strings/ }],
        reply: [SOLD_OUT_ES, /10 ft/],
        notReply: [NO_TOOL_TEXT],
      },
      // Corrected script: length is still open too (20 ft is sold out, so the question names it so).
      {
        say: 'añade el cable braided',
        cart: [{ name: /Digital Piano/ }, { name: /Amplifier/ }, { name: /Strings/ }],
        reply: [/longitud/i, /conector/i, /Straight/, /Angled/, /agotad/],
        notReply: [NO_TOOL_TEXT],
      },
      {
        say: 'el de 10 pies angled',
        cart: [
          { name: /Digital Piano/ },
          { name: /Amplifier/ },
          { name: /Strings/ },
          { name: /Cable/, options: { Connector: 'Angled' } },
        ],
      },
    ],
  },
  {
    name: 'corrections by option, promos said alone, order',
    language: 'en',
    steps: [
      { say: 'show me digital pianos', shown: { some: /Digital Piano/ } },
      { say: 'add the 61 key one', cart: [{ name: /Digital Piano/, options: { Keys: '61' } }] },
      { say: 'no wait, I meant the 88 key one', cart: [{ name: /Digital Piano/, options: { Keys: '88' } }] },
      {
        say: 'add the braided cable, 10 feet, straight',
        cart: [
          { name: /Digital Piano/ },
          { name: /Cable/, options: { Length: '10 ft', Connector: 'Straight' } },
        ],
      },
      {
        say: 'no, make it the angled one',
        cart: [
          { name: /Digital Piano/ },
          { name: /Cable/, options: { Length: '10 ft', Connector: 'Angled' } },
        ],
      },
      {
        say: 'what promos do you have?',
        calls: ['list_promos'],
        notCalls: ['search_products'],
        reply: [/SAVE10/],
      },
      { say: 'then SAVE10', calls: ['apply_promo'], reply: [/SAVE10/] },
      { say: "ok, let's check out", calls: ['prepare_order'] },
      { say: 'yes, place the order', calls: ['confirm_order'] },
      { say: 'how is my order doing?', calls: ['order_status'] },
      { say: 'save the ukulele for later', calls: ['save_item'], reply: [/Ukulele/] },
    ],
  },
  {
    name: 'correcciones por opción, promos dichas solas, pedido',
    language: 'es',
    steps: [
      { say: 'busco pianos digitales', shown: { some: /Digital Piano/ } },
      { say: 'añade el de 61 teclas', cart: [{ name: /Digital Piano/, options: { Keys: '61' } }] },
      {
        say: 'no, espera, quería el de 88 teclas',
        cart: [{ name: /Digital Piano/, options: { Keys: '88' } }],
      },
      {
        say: 'añade el cable braided de diez pies recto',
        cart: [
          { name: /Digital Piano/ },
          { name: /Cable/, options: { Length: '10 ft', Connector: 'Straight' } },
        ],
      },
      {
        say: 'no, mejor el acodado',
        cart: [
          { name: /Digital Piano/ },
          { name: /Cable/, options: { Length: '10 ft', Connector: 'Angled' } },
        ],
      },
      {
        say: '¿qué promociones tenéis?',
        calls: ['list_promos'],
        notCalls: ['search_products'],
        reply: [/SAVE10/, /descuento/],
      },
      { say: 'entonces SAVE10', calls: ['apply_promo'], reply: [/SAVE10/] },
      { say: 'vale, vamos a pagar', calls: ['prepare_order'] },
      { say: 'sí, haz el pedido', calls: ['confirm_order'] },
      { say: '¿cómo va mi pedido?', calls: ['order_status'] },
      { say: 'guarda el ukelele para más tarde', calls: ['save_item'], reply: [/Ukulele/] },
    ],
  },
];
