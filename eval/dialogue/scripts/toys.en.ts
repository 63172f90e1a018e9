/** Toys and games, English shopper. Frozen: written before any tuning; never edit expectations. */
import type { Script } from '../types.ts';
import {
  called,
  cancelled,
  DONT_KNOW,
  has,
  keeps,
  lacks,
  notCalled,
  notCancelledYet,
  orderStatusAnswered,
  orders,
  policyHandled,
  says,
  saysNot,
  shown,
  shownOnly,
  usd,
} from './build.ts';
import { T } from './toys.handles.ts';

const SETS = 'Building Sets';

export const toysEn: Script = {
  catalog: 'toys-and-games',
  language: 'en',
  replyLanguage: 'en',
  conversations: [
    {
      title: 'building sets: refine, negate, superlative, ages, compare, sold out',
      steps: [
        {
          say: 'show me building sets under 50 dollars',
          covers: 'category search with a price bound',
          checks: [shown({ type: SETS, maxPrice: 50 })],
        },
        {
          say: 'only the Brightblock ones',
          covers: 'refinement keeps category and price bound',
          checks: [shown({ type: SETS, vendor: 'Brightblock', maxPrice: 50 })],
        },
        {
          say: 'hmm, not Brightblock',
          covers: 'negation',
          checks: [shown({ type: SETS, notVendor: 'Brightblock', maxPrice: 50 })],
        },
        {
          say: 'which building set has the most pieces?',
          covers: 'superlative over a number in titles (pieces)',
          checks: [says('space shuttle|shuttle explorer')],
        },
        {
          say: 'is the Space Shuttle ok for a six year old?',
          covers: 'spec question (age) answered from product text; short name',
          checks: [says('\\b9\\b|nine'), shownOnly(T.shuttle)],
        },
        {
          say: 'compare the Fire Station and the Dino Valley',
          covers: 'comparison of two named products',
          checks: [says('fire station'), says('dino valley')],
        },
        {
          say: 'add the Dino Valley',
          covers: 'add by short name',
          checks: [has(T.dinoValley, undefined, 1)],
        },
        {
          say: 'and the starter brick box in pastel',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(T.starterBox, ['Pastel']), says('classic')],
        },
        {
          say: 'ok, the classic one then',
          covers: 'option value by catalog name',
          checks: [has(T.starterBox, ['Classic'], 1), keeps(T.starterBox)],
        },
      ],
    },
    {
      title: 'plush: quantity + size + colour, sold out, washable, several items, promos, checkout, cancel',
      steps: [
        {
          say: "I'd like to see your plush toys",
          covers: 'category search',
          checks: [shown({ type: 'Plush Toys' })],
        },
        {
          say: 'three of the Snuggle Bear in small, oatmeal color',
          covers: 'quantity + product + size + colour in one request',
          checks: [has(T.snuggleBear, ['Small', 'Oatmeal'], 3)],
        },
        {
          say: 'and one large bear in sage',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(T.snuggleBear, ['Large', 'Sage']), says('oatmeal|blush|small')],
        },
        {
          say: 'is the snuggle bear machine washable?',
          covers: 'spec question answered from product text',
          checks: [says('washable|wash'), saysNot(DONT_KNOW), shownOnly(T.snuggleBear)],
        },
        {
          say: 'can the Sleepy Sloth go in the washing machine?',
          covers: 'spec question whose answer in the text is no (surface wash only)',
          checks: [says('surface|\\bnot?\\b'), shownOnly(T.sleepySloth)],
        },
        {
          say: 'add the sloth in moss and the glow in the dark dino plush',
          covers: 'several items in one request; colour by catalog name',
          checks: [has(T.sleepySloth, ['Moss'], 1), has(T.dinoPlush, undefined, 1)],
        },
        {
          say: 'take the dino out',
          covers: 'remove an item',
          checks: [lacks(T.dinoPlush), keeps(T.dinoPlush)],
        },
        {
          say: 'make it two bears instead of three',
          covers: 'change a quantity',
          checks: [has(T.snuggleBear, ['Small', 'Oatmeal'], 2)],
        },
        {
          say: "what's in my cart?",
          covers: "cart read-back in the store's currency",
          checks: [says('snuggle|bear'), says('sloth'), ...usd],
        },
        {
          say: 'do you have any discount codes right now?',
          covers: 'list the promos',
          checks: [says('play10|birthday5'), notCalled('search_products')],
        },
        {
          say: 'use the code PLAY10',
          covers: 'apply a promo code',
          checks: [{ kind: 'cartPromo', code: 'PLAY10' }],
        },
        {
          say: 'check out please',
          covers: 'checkout needs an explicit yes',
          checks: [orders(0), says('\\$')],
        },
        {
          say: 'no',
          covers: 'no order on "no"',
          checks: [orders(0)],
        },
        {
          say: "alright, I'm ready to check out",
          covers: 'checkout read-back',
          checks: [orders(0)],
        },
        {
          say: 'yes, go ahead',
          covers: 'order placed after an explicit yes',
          checks: [orders(1)],
        },
        {
          say: "what's the status of my order?",
          covers: 'order status',
          checks: [orderStatusAnswered],
        },
        {
          say: 'please cancel it, I ordered too early',
          covers: 'cancel an unfulfilled order asks for confirmation first',
          checks: [notCancelledYet, says('cancel')],
        },
        {
          say: "yes I'm sure",
          covers: 'cancel after confirmation',
          checks: [cancelled],
        },
      ],
    },
    {
      title: 'skates and bikes: half sizes, colour family, sold out, weight, remove, empty',
      steps: [
        {
          say: 'do you have purple inline skates?',
          covers: 'colour family to a catalog colour name (Lilac)',
          checks: [shown({ type: 'Skates', color: ['Lilac'] })],
        },
        {
          say: 'add them in teal, size twelve and a half',
          covers: 'sold-out half size refused with in-stock alternatives',
          checks: [lacks(T.skates, ['12.5', 'Teal']), says('lilac|\\b12\\b|\\b13\\b|twelve|thirteen')],
        },
        {
          say: 'lilac then, size 12.5',
          covers: 'half size as a number + colour',
          checks: [has(T.skates, ['12.5', 'Lilac'], 1)],
        },
        {
          say: 'how much does the Glide balance bike weigh?',
          covers: 'spec question answered from product text',
          checks: [says('6[.,]4|7[.,]1'), shownOnly(T.balanceBike)],
        },
        {
          say: 'add a 14 inch Glide in coral',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(T.balanceBike, ['14-inch', 'Coral']), says('sage|slate|12')],
        },
        {
          say: 'the slate one then',
          covers: 'colour by catalog name keeps the size',
          checks: [has(T.balanceBike, ['14-inch', 'Slate'], 1)],
        },
        {
          say: 'remove the skates',
          covers: 'remove an item',
          checks: [lacks(T.skates), keeps(T.skates)],
        },
        {
          say: 'actually just empty the cart',
          covers: 'empty the cart',
          checks: [{ kind: 'cartLines', count: 0 }],
        },
      ],
    },
    {
      title: 'puzzles, rc cars, games: options, specs, superlative, brand refine, returns, human',
      steps: [
        {
          say: "I'm looking for a 1000 piece jigsaw puzzle",
          covers: 'category search with a number',
          checks: [shown({ type: 'Jigsaw Puzzles' })],
        },
        {
          say: 'the Alpine Lake one, in 1500 pieces please',
          covers: 'sold-out option (Pieces) refused with in-stock alternatives',
          checks: [lacks(T.alpineLake), says('1,?000|\\b500\\b')],
        },
        {
          say: 'show me remote control cars',
          covers: 'category search',
          checks: [shown({ type: 'Remote Control Cars' })],
        },
        {
          say: 'is the Dune Racer waterproof?',
          covers: 'spec question whose answer in the text is no (splash-resistant only)',
          checks: [says('splash|\\bnot\\b|\\bno\\b'), shownOnly(T.duneRacer)],
        },
        {
          say: 'does the Mini Stunt car need batteries?',
          covers: 'spec question answered from product text',
          checks: [says('\\baa\\b|batter'), saysNot(DONT_KNOW), shownOnly(T.miniStunt)],
        },
        {
          say: "what's the cheapest remote control car?",
          covers: 'superlative over price',
          checks: [says('mini stunt|stunt')],
        },
        {
          say: 'board games under 30 dollars?',
          covers: 'category search with a price bound',
          checks: [shown({ type: 'Board Games', maxPrice: 30 })],
        },
        {
          say: 'show me the Harbor Lights game',
          covers: 'short name of a long title',
          checks: [{ kind: 'shownSome', where: { handles: [T.harborLights] } }, says('harbor lights')],
        },
        {
          say: 'show me everything from Juniper Games',
          covers: 'brand search',
          checks: [shown({ vendor: 'Juniper Games' })],
        },
        {
          say: 'just the card games',
          covers: 'refinement keeps the brand',
          checks: [shown({ vendor: 'Juniper Games', type: 'Card Games' })],
        },
        {
          say: "what's your return policy if the gift is wrong?",
          covers: 'returns question handed to a human or answered from policy',
          checks: [policyHandled],
        },
        {
          say: 'let me speak to someone please',
          covers: 'ask for a human',
          checks: [called('request_human')],
        },
      ],
    },
  ],
};
