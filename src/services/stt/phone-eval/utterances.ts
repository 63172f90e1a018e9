/**
 * Frozen phone evaluation set (issue 12, phone calls). Written and committed before any phone
 * tuning: do not edit, and do not tune on it (iterate on other sentences and voices, then measure
 * here once). Shopping requests of this file's own wording on the pets development catalog
 * (../dev-catalog/pets.csv), opening with the short verbs callers start with. Read by
 * `bench --only phone-wer`, which speaks each with every voice of PHONE_EVAL_VOICES and decodes it
 * twice: 16 kHz as synthesised, and through the phone round trip (./phone-path.ts).
 */
import type { Voice } from '../synth.ts';

export const PHONE_EVAL_VOICES: readonly Voice[] = [
  'flite:slt',
  'flite:kal16',
  'flite:rms',
  'flite:awb',
  'espeak:en-us+f3',
];

export const PHONE_EVAL_UTTERANCES: readonly string[] = [
  'show me cat litter',
  'add the clumping clay litter to my cart',
  'do you have a dog bed in large',
  'how much is the orthopedic dog bed',
  'what colors does the city mesh harness come in',
  'add two bags of the puppy chicken dog food',
  'is the tofu litter flushable',
  'show me leashes from barkley',
  'i want the glide retractable leash in black',
  'remove the squeaky ball from my cart',
  'what sizes does the calming donut bed come in',
  'add the sisal scratching tower in beige',
  'how tall is the scratching tower',
  'show me toys for dogs',
  'do you sell grain free food',
  'change the size to medium',
  "what's in my cart",
  'add the floating cat wall shelves',
  'how long is the climbing rope leash',
  'show me something cheaper',
  'yes add it to my cart',
  'no show me the other harness',
  'how heavy is the trailblazer harness',
  'find me a bed for a small dog',
  "i'd like the wild salmon dog food",
  'take me to checkout',
  'give me three squeaky balls',
  'which cat litter is the cheapest',
  'put the donut bed in cream in my cart',
  'are there any harnesses under thirty dollars',
];
