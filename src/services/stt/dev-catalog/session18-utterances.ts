/**
 * Speech development set of session 18 (issue 12): utterances on two catalogs of verticals no
 * earlier round or dev set used (leathercraft supplies; candle & soap making), written before any
 * tuning of this session and tuned on afterwards (not a frozen set). The lead suggested sewing &
 * quilting, but test/dialogue/dev/crafts-catalog.ts already is a crafts & sewing store. As in the
 * frozen sets, " | " marks a mid-sentence pause; openers vary the way shoppers start ("do you",
 * "can I", "I need", "how much", a bare number), and quantities, sizes, fractions and units are
 * said the way shoppers say them ("eight to nine ounce", "one and a half inch", "c d twelve").
 */
import { PAUSE } from '../../../../eval/wer/utterances.ts';

export { PAUSE };

export const SESSION18_DEV_UTTERANCES: Readonly<Record<string, readonly string[]>> = {
  leathercraft: [
    'do you have vegetable tanned leather',
    'add a leather side in eight to nine ounce | natural',
    'can I get the russet side in six to seven ounce',
    'what sizes does the chrome tanned panel come in',
    'show me the oxblood cowhide panel',
    'add two spools of waxed thread in black | one millimeter',
    'I need harness needles | size two',
    'how much is the diamond stitching chisel set',
    'add the four millimeter chisel set',
    'is the stitching groover adjustable',
    'add an edge beveler size three',
    'which edge beveler is for six ounce leather',
    'put the four inch round knife in my cart',
    'what comes with the rotary punch',
    'add the oblong punch for a one inch buckle',
    'get the thirty two ounce poly mallet',
    'show me granite slabs',
    'add the eighteen by twenty four granite slab',
    'do you have edge paint in burgundy',
    'add the mahogany spirit dye | four ounce',
    'three bottles of neatsfoot oil please',
    'add a solid brass buckle | one and a half inch',
    'can I get line twenty four snaps in antique nickel',
    'add a pack of medium double cap rivets',
    'add a belt blank | one and a quarter inch | fifty four inches long',
    'what is in the bifold wallet kit',
    'add the wallet kit in chestnut',
    'is the swivel knife blade hollow ground',
    'add the twelve piece stamp set and a wood slicker',
    'take the contact cement out of my cart',
  ],
  'candle-soap': [
    'show me soy wax',
    'add the ten pound bag of soy wax flakes',
    'do you sell beeswax in white',
    'can I get two pounds of yellow beeswax pellets',
    'what is the melt point of the soy wax',
    'add cotton wicks size c d twelve | eight inch',
    'which wick do I need for a three and a half inch jar',
    'add a pack of crackling wood wicks | three quarter inch',
    'I need wick centering bars and wick stickers',
    'how much is the four pound pouring pitcher',
    'add a case of amber jars in twelve ounce',
    'do the glass jars come with lids',
    'add the frosted sixteen ounce jars',
    'show me candle tins in gold',
    'add twenty four black tins | eight ounce',
    'what scents do you have for fragrance oil',
    'add the sea salt orchid fragrance | four ounce',
    'get a sixteen ounce bottle of cedar smoke',
    'is the fragrance oil safe for soap',
    'add peppermint essential oil',
    'do you have candle dye in cobalt',
    'add the goat milk soap base | ten pound',
    'can I use the melt and pour base without lye',
    'add a two pound silicone loaf mold',
    'put the round soap mold in my cart',
    'add rose gold mica powder',
    'five pounds of shea butter please',
    'how hot can the infrared thermometer read',
    'add the deluxe candle making kit',
    'remove the wavy soap cutter from my cart',
  ],
};

/** Catalogs these utterances are written for, in ./session18/. */
export const SESSION18_DEV_CATALOGS = Object.keys(SESSION18_DEV_UTTERANCES);
