/** Garden supplies, English shopper. Frozen: written before any tuning; never edit expectations. */
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
  shownSome,
  usd,
} from './build.ts';
import { G } from './garden.handles.ts';

const PRUNERS = 'Pruners';

export const gardenEn: Script = {
  catalog: 'garden-supplies',
  language: 'en',
  replyLanguage: 'en',
  conversations: [
    {
      title: 'pruners: refine, negate, superlative, specs, compare, start over',
      steps: [
        {
          say: "hi, I'm looking for pruners under 40 dollars",
          covers: 'category search with a price bound',
          checks: [shown({ type: PRUNERS, maxPrice: 40 })],
        },
        {
          say: 'only the Verdano ones',
          covers: 'refinement keeps category and price bound',
          checks: [shown({ type: PRUNERS, vendor: 'Verdano', maxPrice: 40 })],
        },
        {
          say: 'hmm, actually not the Verdano ones',
          covers: 'negation',
          checks: [shown({ type: PRUNERS, notVendor: 'Verdano', maxPrice: 40 })],
        },
        {
          say: 'which is the lightest pruner you have?',
          covers: 'superlative over a numeric attribute (weight in the description)',
          checks: [says('featherlight|micro-tip')],
        },
        {
          say: 'is the PowerCut rust resistant?',
          covers: 'spec question answered from product text; short name of a long title',
          checks: [says('rust'), saysNot(DONT_KNOW), shownOnly(G.powercut)],
        },
        {
          say: 'does the PowerCut come with a holster?',
          covers: "spec question not in the text: don't know",
          checks: [says(DONT_KNOW), shownOnly(G.powercut), notCalled('add_to_cart')],
        },
        {
          say: 'compare the PowerCut and the RatchetMax',
          covers: 'comparison of two named products',
          checks: [says('powercut'), says('ratchetmax')],
        },
        {
          say: 'how much is the RatchetMax?',
          covers: "price in the store's currency",
          checks: [says('44[.,]99'), ...usd],
        },
        {
          say: "let's start over. show me garden hoses",
          covers: 'start over drops the earlier constraints',
          checks: [shown({ type: 'Garden Hoses' }), shownSome({ minPrice: 41 })],
        },
        {
          say: "what's the cheapest hose?",
          covers: 'superlative over price',
          checks: [says('ecoseep|soaker')],
        },
        {
          say: 'is the ProFlow frost resistant?',
          covers: 'spec question answered from product text',
          checks: [says('frost|-25|25 ?°?f'), saysNot(DONT_KNOW), shownOnly(G.proflow)],
        },
        {
          say: 'add the ProFlow, the 100 foot one',
          covers: 'option value by catalog name (Length option)',
          checks: [has(G.proflow, ['100 ft'], 1)],
        },
      ],
    },
    {
      title: 'watering cans, several items, sold out, promos, checkout, order status, cancel',
      steps: [
        {
          say: 'do you have watering cans under 30 dollars?',
          covers: 'category search with a price bound',
          checks: [shown({ type: 'Watering Cans', maxPrice: 30 })],
        },
        {
          say: 'which one holds the most water?',
          covers: 'superlative over capacity (option values like 10L)',
          checks: [says('easypour|10 ?l')],
        },
        {
          say: "I'll take two of the EasyPour in Sage, the 10 liter one",
          covers: 'quantity + product + size + colour in one request',
          checks: [has(G.easypour, ['10L', 'Sage'], 2)],
        },
        {
          say: 'and a 10 liter one in terracotta too',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(G.easypour, ['10L', 'Terracotta']), says('sage|5 ?l')],
        },
        {
          say: 'also add the organic potting mix in 16 qt and the heirloom tomato seeds',
          covers: 'several items in one request',
          checks: [has(G.pottingMix, ['16 qt']), has(G.tomatoSeeds)],
        },
        {
          say: "what's in my cart?",
          covers: "cart read-back in the store's currency",
          checks: [says('easypour'), says('potting'), ...usd],
        },
        {
          say: 'remove the tomato seeds',
          covers: 'remove an item',
          checks: [lacks(G.tomatoSeeds), keeps(G.tomatoSeeds)],
        },
        {
          say: 'what promos do you have?',
          covers: 'list the promos',
          checks: [says('grow15|spring5'), notCalled('search_products')],
        },
        {
          say: 'apply GROW15',
          covers: 'apply a promo code',
          checks: [{ kind: 'cartPromo', code: 'GROW15' }],
        },
        {
          say: 'I want to check out',
          covers: 'checkout needs an explicit yes',
          checks: [orders(0), says('\\$')],
        },
        {
          say: 'no, not yet',
          covers: 'no order on "no"',
          checks: [orders(0)],
        },
        {
          say: "ok, let's check out now",
          covers: 'checkout read-back',
          checks: [orders(0)],
        },
        {
          say: 'yes, place the order',
          covers: 'order placed after an explicit yes',
          checks: [orders(1)],
        },
        {
          say: 'where is my order?',
          covers: 'order status',
          checks: [orderStatusAnswered],
        },
        {
          say: 'actually I want to cancel that order',
          covers: 'cancel an unfulfilled order asks for confirmation first',
          checks: [notCancelledYet, says('cancel')],
        },
        {
          say: 'yes, cancel it',
          covers: 'cancel after confirmation',
          checks: [cancelled],
        },
      ],
    },
    {
      title: 'gloves and boots: half sizes, colour families, sold out, specs, empty cart, returns, human',
      steps: [
        {
          say: 'I need gardening gloves in size 9.5',
          covers: 'half size as a number',
          checks: [shown({ type: 'Gardening Gloves', handles: [G.nitrileGloves] })],
        },
        {
          say: 'add two pairs of the nitrile ones in eight and a half',
          covers: 'sold-out half size refused with in-stock alternatives',
          checks: [lacks(G.nitrileGloves, ['8.5']), says('\\b8\\b|\\b9\\b|eight|nine')],
        },
        {
          say: 'ok then size 9, two pairs',
          covers: 'quantity + size',
          checks: [has(G.nitrileGloves, ['9'], 2)],
        },
        {
          say: 'show me waterproof garden boots in moss green',
          covers: 'colour family to a catalog colour name (Moss)',
          checks: [shown({ type: 'Garden Boots', color: ['Moss'] })],
        },
        {
          say: 'do you have them in nine and a half?',
          covers: 'half size in words; sold out in that colour',
          checks: [lacks(G.mudlark), says('slate|\\b9\\b|\\b10\\b|nine|ten')],
        },
        {
          say: 'add the Mudlark in slate, size nine and a half',
          covers: 'short name + colour + half size',
          checks: [has(G.mudlark, ['9.5', 'Slate'], 1)],
        },
        {
          say: 'how heavy are they?',
          covers: 'spec question about the product in focus',
          checks: [says('3[.,]4'), shownOnly(G.mudlark)],
        },
        {
          say: 'empty my cart',
          covers: 'empty the cart',
          checks: [{ kind: 'cartLines', count: 0 }],
        },
        {
          say: 'I want to return a pair of boots I bought last month',
          covers: 'returns question handed to a human or answered from policy',
          checks: [policyHandled],
        },
        {
          say: 'can I talk to a real person?',
          covers: 'ask for a human',
          checks: [called('request_human')],
        },
      ],
    },
    {
      title: 'planters and brands: colour family, sold out, frost, superlative, brand then category',
      steps: [
        {
          say: "I'm after a blue ceramic planter",
          covers: 'colour family to a catalog colour name (Cobalt)',
          checks: [shown({ type: 'Planters', color: ['Cobalt'] })],
        },
        {
          say: 'add the large one in cobalt',
          covers: 'sold-out variant refused with in-stock alternatives',
          checks: [lacks(G.glazed, ['Large', 'Cobalt']), says('sage|medium|oatmeal')],
        },
        {
          say: 'fine, the medium cobalt then',
          covers: 'size + colour by catalog names',
          checks: [has(G.glazed, ['Medium', 'Cobalt'], 1)],
        },
        {
          say: 'is it frost resistant?',
          covers: 'spec question answered from product text',
          checks: [says('frost'), saysNot(DONT_KNOW), shownOnly(G.glazed)],
        },
        {
          say: 'and the terracotta rolled rim pot, is that one frost proof?',
          covers: 'spec question whose answer in the text is no',
          checks: [says('\\bnot\\b|\\bno\\b|indoors'), shownOnly(G.terracottaPot)],
        },
        {
          say: 'add three of the small terracotta pots',
          covers: 'quantity + size',
          checks: [has(G.terracottaPot, ['Small'], 3), keeps(G.terracottaPot)],
        },
        {
          say: "what's your most expensive planter?",
          covers: 'superlative over price',
          checks: [says('glazed|ceramic')],
        },
        {
          say: 'show me what you have from Greenhaven',
          covers: 'brand search',
          checks: [shown({ vendor: 'Greenhaven' })],
        },
        {
          say: 'just the seeds',
          covers: 'refinement keeps the brand',
          checks: [shown({ vendor: 'Greenhaven', type: 'Seeds' })],
        },
      ],
    },
  ],
};
