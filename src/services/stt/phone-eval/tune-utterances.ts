/**
 * The phone tuning set: what phone fixes are iterated on (`PHONE_BENCH_SET=tune bench --only
 * phone-wer`), so the frozen set (./utterances.ts) is measured, never tuned on. Kitchen development
 * catalog, sentences of their own, and voices that are in neither the frozen set nor the phone
 * transform's training voices (scripts/stt-adapt.ts --phone).
 */
import type { Voice } from '../synth.ts';

export const PHONE_TUNE_VOICES: readonly Voice[] = ['espeak:en-us+f2', 'espeak:en-us', 'flite:kal'];

export const PHONE_TUNE_UTTERANCES: readonly string[] = [
  'show me kettles',
  'add the gooseneck kettle to my cart',
  'do you have a bread knife',
  'how much is the dutch oven',
  'what colors does the linen apron come in',
  'is the chef knife sharp',
  'remove the french press',
  'yes please',
  'no thanks',
  'show me cutting boards under forty dollars',
  'add one walnut cutting board',
  'what is in my cart',
  'i would like a frying pan',
  'give me the cheapest blender',
  'let me pay now',
  'change the color to red',
];
