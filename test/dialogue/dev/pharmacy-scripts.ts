/**
 * EN/ES conversations on the pharmacy store (pharmacy-catalog.ts), written before any engine change
 * for issue 12's cart work: read-back with the total, removing a line said by part of its name or
 * its kind, ordinals over the list shown, save for later, emptying the cart, promo codes said
 * after a filler or a question (one with a minimum subtotal, one expired), and an order placed,
 * asked about and cancelled after a yes.
 */
import type { DevScript } from './harness.ts';

const TOTAL = /\$\d+\.\d\d|\d+,\d\d\s?US\$/;

export const PHARMACY_SCRIPTS: DevScript[] = [
  {
    name: 'read-back and removing a line by part of its name',
    language: 'en',
    steps: [
      { say: 'add the digital oral thermometer', cart: [{ name: /Oral Thermometer/ }] },
      { say: 'and the reusable ice pack', cart: [{ name: /Oral Thermometer/ }, { name: /Ice Pack/ }] },
      { say: "what's in my basket?", calls: ['view_cart'], reply: [/Oral Thermometer/, /Ice Pack/, TOTAL] },
      { say: 'take the thermometer out', cart: [{ name: /Ice Pack/ }] },
      { say: 'add the monthly pill organizer', cart: [{ name: /Ice Pack/ }, { name: /Monthly Pill/ }] },
      { say: 'drop the pill box', cart: [{ name: /Ice Pack/ }] },
      { say: 'read me my cart', reply: [/Ice Pack/, TOTAL] },
    ],
  },
  {
    name: 'ordinals over the list shown',
    language: 'en',
    steps: [
      { say: 'show me thermometers', shown: { count: 2 } },
      { say: 'the second one', cartShown: 2 },
      { say: 'and the first one too', cartShown: 1 },
      { say: 'take the forehead one out', cart: [{ name: /Oral Thermometer/ }] },
      { say: 'show me bandages', shown: { count: 2 } },
      { say: 'add the last one, the 40 pack', cartShown: 2 },
      { say: 'remove the bandages', cart: [{ name: /Oral Thermometer/ }] },
    ],
  },
  {
    name: 'save for later and empty the cart',
    language: 'en',
    steps: [
      { say: 'add the compression knee support in medium', cart: [{ name: /Knee Support/, size: 'M' }] },
      {
        say: 'add the monthly pill organizer',
        cart: [{ name: /Knee Support/ }, { name: /Monthly Pill Organizer/ }],
      },
      {
        say: 'keep the pill organizer for later',
        calls: ['save_item'],
        cart: [{ name: /Knee Support/ }],
      },
      { say: 'what have I saved?', reply: [/Monthly Pill Organizer/] },
      { say: 'actually just clear out the whole cart', cart: [] },
    ],
  },
  {
    name: 'promo codes and an order cancelled after a yes',
    language: 'en',
    steps: [
      { say: 'add the gel ice pack', cart: [{ name: /Ice Pack/ }] },
      { say: 'apply CARE15', calls: ['apply_promo'], reply: [/50/] },
      {
        say: 'add two family first aid kits',
        cart: [{ name: /Ice Pack/ }, { name: /First Aid Kit/, quantity: 2 }],
      },
      { say: 'what promos do you have?', calls: ['list_promos'], reply: [/CARE15/] },
      { say: 'try FLU5', calls: ['apply_promo'], reply: [/expired/i] },
      {
        say: 'meh. CARE15 then',
        calls: ['apply_promo'],
        args: { apply_promo: { code: 'CARE15' } },
        notReply: [/sorry/i],
      },
      { say: 'check out', calls: ['prepare_order'], notCalls: ['confirm_order'], reply: [TOTAL] },
      { say: 'yes', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: 'has it shipped yet?', calls: ['order_status'] },
      { say: 'ugh, changed my mind, cancel it', calls: ['cancel_order'], orderStatus: 'placed' },
      { say: "yes I'm sure", orderStatus: 'cancelled' },
    ],
  },
  {
    name: 'lectura del carrito y quitar por parte del nombre',
    language: 'es',
    steps: [
      { say: 'añade el termómetro digital oral', cart: [{ name: /Oral Thermometer/ }] },
      { say: 'y la bolsa de hielo reutilizable', cart: [{ name: /Oral Thermometer/ }, { name: /Ice Pack/ }] },
      {
        say: '¿qué tengo en la cesta?',
        calls: ['view_cart'],
        reply: [/Oral Thermometer/, /Ice Pack/, TOTAL],
      },
      { say: 'quita el termómetro', cart: [{ name: /Ice Pack/ }] },
      { say: 'añade el pastillero mensual', cart: [{ name: /Ice Pack/ }, { name: /Monthly Pill/ }] },
      { say: 'saca el pastillero', cart: [{ name: /Ice Pack/ }] },
      { say: 'léeme el carrito', reply: [/Ice Pack/, TOTAL] },
    ],
  },
  {
    name: 'ordinales sobre la lista mostrada',
    language: 'es',
    steps: [
      { say: 'enséñame termómetros', shown: { count: 2 } },
      { say: 'el segundo', cartShown: 2 },
      { say: 'y el primero también', cartShown: 1 },
      { say: 'quita el de frente', cart: [{ name: /Oral Thermometer/ }] },
      { say: 'enséñame tiritas', shown: { count: 2 } },
      { say: 'añade el último, el de 40', cartShown: 2 },
      { say: 'quita las tiritas', cart: [{ name: /Oral Thermometer/ }] },
    ],
  },
  {
    name: 'guardar para luego y vaciar el carrito',
    language: 'es',
    steps: [
      { say: 'añade la rodillera de compresión en talla M', cart: [{ name: /Knee Support/, size: 'M' }] },
      {
        say: 'añade el pastillero mensual',
        cart: [{ name: /Knee Support/ }, { name: /Monthly Pill Organizer/ }],
      },
      {
        say: 'guárdame el pastillero para más adelante',
        calls: ['save_item'],
        cart: [{ name: /Knee Support/ }],
      },
      { say: '¿qué tengo guardado?', reply: [/Monthly Pill Organizer/] },
      { say: 'mejor vacía todo el carrito', cart: [] },
    ],
  },
  {
    name: 'códigos promocionales y un pedido anulado tras un sí',
    language: 'es',
    steps: [
      { say: 'añade la bolsa de hielo de gel', cart: [{ name: /Ice Pack/ }] },
      { say: 'aplica CARE15', calls: ['apply_promo'], reply: [/50/] },
      {
        say: 'añade dos botiquines familiares',
        cart: [{ name: /Ice Pack/ }, { name: /First Aid Kit/, quantity: 2 }],
      },
      { say: '¿qué promociones tenéis?', calls: ['list_promos'], reply: [/CARE15/] },
      { say: 'prueba con FLU5', calls: ['apply_promo'], reply: [/caduc|venci|expir/i] },
      {
        say: 'bah. pues CARE15',
        calls: ['apply_promo'],
        args: { apply_promo: { code: 'CARE15' } },
        notReply: [/no se pudo|lo siento/i],
      },
      { say: 'vamos a pagar', calls: ['prepare_order'], notCalls: ['confirm_order'], reply: [TOTAL] },
      { say: 'sí, confirma el pedido', calls: ['confirm_order'], orderStatus: 'placed' },
      { say: '¿ya lo habéis enviado?', calls: ['order_status'] },
      { say: 'uf, he cambiado de idea, cancélalo', calls: ['cancel_order'], orderStatus: 'placed' },
      { say: 'sí, estoy segura', orderStatus: 'cancelled' },
    ],
  },
];
