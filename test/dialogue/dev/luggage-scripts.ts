/**
 * EN/ES conversations on the luggage store (luggage-catalog.ts), written before any engine change
 * for it: spec questions answered yes / no / with a figure from the description, questions the
 * text does not answer ("I don't know", never a guess), "the big one" for a product shown, and
 * rankings by a figure only the descriptions give (capacity, weight) or by price over the store.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const YES = /^(yes|sí)\b/i;
const NO = /^no\b/i;
const DONT_KNOW = /(don'?t|doesn'?t) (know|say)|no lo sé|no (lo )?dice/i;

export const LUGGAGE_SCRIPTS: DevScript[] = [
  {
    name: 'suitcase specs from the description',
    language: 'en',
    steps: [
      { say: 'show me suitcases', shown: { some: /Atlas/ } },
      { say: 'tell me about the atlas carry-on', calls: ['get_product'], reply: [/Atlas Carry-On/] },
      { say: 'how many litres does it hold?', notCalls: NO_SEARCH, reply: [/38 ?L/i] },
      { say: 'how much does it weigh?', notCalls: NO_SEARCH, reply: [/2\.6 ?kg/] },
      { say: 'does it have a TSA lock?', notCalls: NO_SEARCH, reply: [YES] },
      { say: "what's the warranty on it?", notCalls: NO_SEARCH, reply: [/5-year|5 years?|five/i] },
      { say: 'what are the dimensions?', notCalls: NO_SEARCH, reply: [/55 x 40 x 20/] },
      { say: 'does it come with a laundry bag?', notCalls: NO_SEARCH, reply: [DONT_KNOW] },
      { say: 'is the large atlas expandable?', notCalls: NO_SEARCH, reply: [YES, /Large/] },
      { say: 'is the big one waterproof?', notCalls: NO_SEARCH, reply: [NO, /Large/] },
      { say: 'which suitcase is the lightest?', reply: [/Atlas Carry-On/] },
      { say: 'which suitcase has the longest warranty?', reply: [/Meridian/] },
    ],
  },
  {
    name: 'duffels and bags: yes, no, rankings',
    language: 'en',
    steps: [
      { say: 'show me duffel bags', shown: { some: /Nomad/ } },
      { say: 'which one holds the most?', reply: [/Rolling Duffel/] },
      { say: 'which is the lightest?', reply: [/Softside Duffel/] },
      { say: 'does the rolling duffel have spinner wheels?', notCalls: NO_SEARCH, reply: [NO] },
      { say: 'is the softside duffel water resistant?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'can I machine wash the leather weekender?', notCalls: NO_SEARCH, reply: [NO] },
      { say: 'can it go out in the rain?', notCalls: NO_SEARCH, reply: [NO, /Weekender/] },
      { say: 'does it come with a luggage tag?', notCalls: NO_SEARCH, reply: [DONT_KNOW] },
      { say: "what's the most expensive thing you sell?", reply: [/Atlas Large/] },
    ],
  },
  {
    name: 'accessories: fit, included, not suitable, battery',
    language: 'en',
    steps: [
      { say: 'tell me about the summit travel backpack', calls: ['get_product'], reply: [/Summit/] },
      { say: 'will a 15 inch laptop fit?', notCalls: NO_SEARCH, reply: [YES] },
      { say: 'is a lock included?', notCalls: NO_SEARCH, reply: [NO] },
      { say: 'will it fit under the seat on a Delta flight?', notCalls: NO_SEARCH, reply: [DONT_KNOW] },
      {
        say: 'how long does the battery last in the luggage scale?',
        notCalls: NO_SEARCH,
        reply: [/2 years/],
      },
      { say: 'can I use the travel adapter with my hair dryer?', notCalls: NO_SEARCH, reply: [NO] },
      { say: 'can I wash the neck pillow cover?', notCalls: NO_SEARCH, reply: [YES] },
    ],
  },
  {
    name: 'en español',
    language: 'es',
    steps: [
      { say: 'enséñame maletas', shown: { some: /Atlas/ } },
      { say: '¿cuánto pesa la atlas carry-on?', notCalls: NO_SEARCH, reply: [/2\.6 ?kg/] },
      { say: '¿tiene candado TSA?', notCalls: NO_SEARCH, reply: [YES] },
      { say: '¿cuántos litros le caben?', notCalls: NO_SEARCH, reply: [/38 ?L/i] },
      { say: '¿cuál es la maleta más ligera?', reply: [/Atlas Carry-On/] },
      { say: '¿se puede lavar en lavadora el harbor weekender?', notCalls: NO_SEARCH, reply: [NO] },
      { say: '¿trae etiqueta para el equipaje?', notCalls: NO_SEARCH, reply: [DONT_KNOW] },
      { say: '¿cuánto dura la pila de la báscula de equipaje?', notCalls: NO_SEARCH, reply: [/2 years/] },
      { say: '¿el adaptador de viaje sirve para un secador de pelo?', notCalls: NO_SEARCH, reply: [NO] },
      { say: '¿qué es lo más caro que vendéis?', reply: [/Atlas Large/] },
    ],
  },
];
