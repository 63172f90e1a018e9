/**
 * Speech development set of session 17 (issue 12): NEW utterances on the catalogs of spent round 11
 * (eval/round11/catalogs: tennis & pickleball, model railroading), written before any tuning of
 * this session and tuned on afterwards (not a frozen set). Round 11's own WER utterances are not
 * repeated here. As in the frozen sets, " | " marks a mid-sentence pause; most open with a short
 * verb or question word (first-word recall), and numbers, sizes, fractions and units are said the
 * way shoppers say them ("four and three eighths", "seven point eight ounce", "code one hundred").
 */
import { PAUSE } from '../../../../eval/wer/utterances.ts';

export { PAUSE };

export const ROUND11_DEV_UTTERANCES: Readonly<Record<string, readonly string[]>> = {
  tennis: [
    'show me tennis racquets under one hundred fifty dollars',
    'add the featherlite racquet | with a four and an eighth grip',
    'what grip sizes does the apex come in',
    'is the vector one hundred sold strung',
    'get the vector one hundred strung in four and three eighths',
    'how heavy is the featherlite one oh five',
    'add the junior racquet in twenty three inches',
    'which racquet is best for a ten year old',
    'show me pickleball paddles',
    'add the carbon pro paddle in midnight | seven point eight ounce',
    'does the rally paddle come in grape',
    'put the paddle starter set in my cart',
    'add two six packs of indoor pickleballs',
    'get a case of championship balls',
    'what comes in the stage two orange balls',
    'add the ball hopper that holds one hundred ten balls',
    'how long does the extended battery last on the ace launcher',
    'show me tennis shoes in size nine and a half',
    'add the claycourt shoe | size ten',
    'do you have the courtgrip in navy in ten and a half',
    'add the pleated skirt in blush | extra small',
    'get a black wristband pair',
    'which bag holds nine racquets',
    'add the sling bag in charcoal',
    'what is the difference between the steel and the kevlar net',
    'add a reel of pulse string in one point three zero',
    'is the spinwire string good for beginners',
    'put three overgrips in lime in my cart',
    'add the court towel in navy | and a ball pickup tube',
    'remove the wristbands from my cart',
  ],
  'model-trains': [
    'show me train sets under two hundred dollars',
    'add the starter freight train set | in ho scale',
    'what comes with the passenger train set',
    'add the gp nine in n scale with dcc sound',
    'does the pacific steam locomotive have sound',
    'how long is the critter switcher',
    'get the forty foot boxcar in lakeshore',
    'add the covered hopper three pack in n scale',
    'add the bay window caboose | in pullman green',
    'put a silver tank car in my cart',
    'show me the streamline coach in aluminum',
    'add a pack of thirty six inch wheelsets',
    'get two boxes of code one hundred flex track',
    'add the curve track four pack with the eighteen inch radius',
    'add the straight track in nine inch lengths',
    'add a right hand remote turnout',
    'put a pack of rail joiners in ho in my cart',
    'what does the track cleaning block do',
    'add the dcc starter controller | with five amps',
    'how many amps does the power pack put out',
    'add the sound decoder with the twenty one pin plug',
    'is the wireless throttle available in signal yellow',
    'get the block signal two pack for n scale',
    'add a spool of eighteen gauge black wire',
    'add burnt grass ground foam | in coarse',
    'add the pine trees | in the five inch height',
    'get the thirty two ounce scenic cement',
    'does the rock mold come with plaster',
    'add the engine house kit with two stalls',
    'take the water tower kit out of my cart',
  ],
};

/** Catalogs these utterances are written for, in eval/round11/catalogs. */
export const ROUND11_DEV_CATALOGS = Object.keys(ROUND11_DEV_UTTERANCES);
