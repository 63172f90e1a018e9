/**
 * English conversations on the electric scooter shop (scooter-catalog.ts), written for branch
 * dlg-en10 from the shopper's side before the engine was touched and scored once untouched. They
 * aim at three kinds: yes/no whose answer follows the sentence's polarity ("not included", "sold
 * separately", "mounts for", "only for"), figures of the asked kind (weight, size, run time, how
 * often, capacity, dose) and a product type named in a question picking that product from the
 * conversation over the last one talked about. Each step names its kind.
 */
import type { DevScript } from './harness.ts';

const NO_SEARCH = ['search_products'];
const NOT_PLACED = ['confirm_order'];
const YES = /^(?:yes|yep|yeah|it does|they do|it is|they are)\b/i;
const NO = /^(?:no|nope|it does(?:n't| not)|they do(?:n't| not)|it is(?:n't| not))\b/i;
const UNKNOWN = /doesn'?t say|does not say|not sure|don'?t know|no mention/i;

const CITY = { name: /City Electric Scooter/ };
const HELMET = { name: /Commuter Helmet/ };

export const SCOOTER_SCRIPTS: DevScript[] = [
  {
    name: 'commuter (yes/no and figures on a scooter, then a helmet, checkout)',
    language: 'en',
    steps: [
      {
        say: 'hi, I need an electric scooter to get to work',
        kind: 'ordinary: first search',
        shown: { some: /City Electric Scooter/ },
      },
      {
        say: 'tell me about the city one',
        kind: 'ordinary: details',
        notCalls: NO_SEARCH,
        reply: [/City/],
      },
      {
        say: 'how long does it last on one charge?',
        kind: 'figure: duration',
        notCalls: NO_SEARCH,
        reply: [/2 hours/],
        notReply: [UNKNOWN],
      },
      {
        say: 'and how heavy is it?',
        kind: 'figure: weight',
        notCalls: NO_SEARCH,
        reply: [/31 lb/],
        notReply: [UNKNOWN],
      },
      {
        say: 'does it come with a seat?',
        kind: 'yes/no: negative (not included)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'does it have a brake?',
        kind: 'yes/no: affirmative stated',
        notCalls: NO_SEARCH,
        reply: [YES],
      },
      {
        say: 'ok add it in black',
        kind: 'ordinary: add',
        cart: [{ ...CITY, color: 'Black' }],
      },
      {
        say: 'I also need a helmet, medium',
        kind: 'ordinary: add a second product',
        cart: [CITY, { ...HELMET, size: 'M' }],
      },
      {
        say: 'does the helmet come with a visor?',
        kind: 'yes/no: negative (sold separately)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'how many grams is it?',
        kind: 'figure: weight in grams',
        notCalls: NO_SEARCH,
        reply: [/390 g/],
        notReply: [UNKNOWN],
      },
      {
        say: 'is the scooter alright in the rain with those tires?',
        kind: 'focus: product type named picks the scooter over the helmet',
        notCalls: NO_SEARCH,
        reply: [/City|tire|15\.5|pneumatic|doesn'?t say|does not say|not sure/i],
        notReply: [/helmet/i],
      },
      {
        say: 'how long does the light on the helmet last?',
        kind: 'figure: duration (named product)',
        notCalls: NO_SEARCH,
        reply: [/6 hours/],
      },
      {
        say: "that's all, check me out",
        kind: 'ordinary: checkout',
        calls: ['prepare_order'],
        notCalls: NOT_PLACED,
      },
      { say: 'yes', kind: 'ordinary: explicit yes', calls: ['confirm_order'], orderStatus: 'placed' },
    ],
  },
  {
    name: 'off-road and spares (polarity from mounts/only for, figures of size and frequency)',
    language: 'en',
    steps: [
      {
        say: 'do you have an off-road scooter?',
        kind: 'ordinary: first search',
        shown: { some: /Trail Electric Scooter/ },
      },
      {
        say: 'does the trail one have a hydraulic disc brake?',
        kind: 'yes/no: negative (mounts for X = X not included)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'what are its dimensions folded?',
        kind: 'figure: size',
        notCalls: NO_SEARCH,
        reply: [/47 x 22 x 20/],
        notReply: [UNKNOWN],
      },
      {
        say: 'can a 12 year old ride it?',
        kind: 'yes/no: negative (not for under 14)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'will the 42V fast charger work with the trail scooter?',
        kind: 'yes/no: negative (only for another model)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'do the inner tubes come with tires?',
        kind: 'yes/no: negative (sold separately)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'how often should I check the pressure?',
        kind: 'figure: frequency',
        notCalls: NO_SEARCH,
        reply: [/once a week/],
        notReply: [UNKNOWN],
      },
      {
        say: 'does the phone mount include a phone?',
        kind: 'yes/no: negative (not included)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'how much does the handlebar bag hold?',
        kind: 'figure: capacity',
        notCalls: NO_SEARCH,
        reply: [/3 L/],
        notReply: [UNKNOWN],
      },
    ],
  },
  {
    name: 'cleaning (type named in the question picks the product; dose, size, polarity)',
    language: 'en',
    steps: [
      {
        say: 'I want to clean my scooter, what cleaning stuff do you have?',
        kind: 'ordinary: first search',
        shown: { some: /Microfiber Cleaning Cloths|Spin Deck Mop|Scooter Wash/ },
      },
      {
        say: 'how much of the wash concentrate do I use?',
        kind: 'figure: dilution',
        notCalls: NO_SEARCH,
        reply: [/25 ml per litre/],
        notReply: [UNKNOWN],
      },
      {
        say: 'does it foam a lot?',
        kind: 'yes/no: negative (barely)',
        notCalls: NO_SEARCH,
        reply: [NO],
      },
      {
        say: 'add the microfiber cloths and the spin deck mop',
        kind: 'ordinary: add two',
        cart: [{ name: /Microfiber Cleaning Cloths/ }, { name: /Spin Deck Mop/ }],
      },
      {
        say: 'how big is each one of those cloths?',
        kind: 'focus: type named picks the cloths over the mop',
        notCalls: NO_SEARCH,
        reply: [/30 x 30 cm/],
      },
      {
        say: 'can I machine-wash them?',
        kind: 'focus: pronoun keeps the cloths; yes/no affirmative',
        notCalls: NO_SEARCH,
        reply: [YES, /40/],
      },
      {
        say: 'is the mop alright on grip tape?',
        kind: 'focus: type named picks the mop, not its refill; yes/no affirmative',
        notCalls: NO_SEARCH,
        reply: [YES],
        notReply: [/Do not use/i],
      },
      {
        say: 'how often do I replace the refill head?',
        kind: 'figure: frequency (named product)',
        notCalls: NO_SEARCH,
        reply: [/3 months/],
      },
      {
        say: 'how long does shipping take?',
        kind: 'policy covered (shipping time)',
        notCalls: NO_SEARCH,
        reply: [/4 to 6/],
      },
    ],
  },
];
