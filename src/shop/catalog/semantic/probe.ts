/**
 * A development probe for the semantic matcher (not a frozen set: written by its author on
 * the spent rounds' catalogs, before the probe was first run). Each entry is a word a shopper
 * may say for one of the catalog's product types without the catalog using it, and the type
 * (category id) it means. Entries whose word the catalog does use are left out when run.
 */
export interface Probe {
  word: string;
  category: string;
}

export const PROBES: Record<string, Probe[]> = {
  'garden-supplies': [
    { word: 'hosepipe', category: 'garden-hoses' },
    { word: 'barrow', category: 'wheelbarrows' },
    { word: 'secateurs', category: 'pruners' },
    { word: 'clippers', category: 'pruners' },
    { word: 'flowerpot', category: 'planters' },
    { word: 'gauntlets', category: 'gardening-gloves' },
    { word: 'wellingtons', category: 'garden-boots' },
    { word: 'manure', category: 'fertilizer' },
    { word: 'compost', category: 'potting-soil' },
  ],
  'toys-and-games': [
    { word: 'teddy', category: 'plush-toys' },
    { word: 'rollerblades', category: 'skates' },
    { word: 'jigsaw', category: 'jigsaw-puzzles' },
    { word: 'bricks', category: 'building-sets' },
    { word: 'dollhouse', category: 'dollhouses' },
  ],
  'beauty-personal-care': [
    { word: 'sunblock', category: 'sunscreens' },
    { word: 'rouge', category: 'blush' },
    { word: 'antiperspirant', category: 'deodorants' },
    { word: 'lotion', category: 'moisturizers' },
    { word: 'varnish', category: 'nail-polish' },
    { word: 'shaver', category: 'razors' },
    { word: 'exfoliant', category: 'body-scrubs' },
  ],
  'hardware-tools': [
    { word: 'spanner', category: 'wrenches' },
    { word: 'earmuffs', category: 'hearing-protection' },
    { word: 'goggles', category: 'safety-glasses' },
    { word: 'torch', category: 'work-lights' },
    { word: 'flashlight', category: 'work-lights' },
    { word: 'helmet', category: 'hard-hats' },
    { word: 'mallet', category: 'hammers' },
  ],
  'bicycles-cycling': [
    { word: 'bicycle', category: 'road-bikes' },
    { word: 'tyres', category: 'tires' },
    { word: 'padlock', category: 'bike-locks' },
    { word: 'headlamp', category: 'bike-lights' },
    { word: 'panniers', category: 'bike-bags' },
  ],
  'coffee-and-tea': [
    { word: 'thermos', category: 'thermoses' },
    { word: 'flask', category: 'thermoses' },
    { word: 'teakettle', category: 'kettles' },
    { word: 'mill', category: 'coffee-grinders' },
    { word: 'cafetiere', category: 'french-presses' },
    { word: 'beans', category: 'coffee' },
  ],
  'car-care-auto': [
    { word: 'wipers', category: 'wiper-blades' },
    { word: 'dashcam', category: 'dash-cams' },
    { word: 'tyre', category: 'tire-gauges' },
    { word: 'polish', category: 'car-wax' },
    { word: 'carpets', category: 'floor-mats' },
    { word: 'compressor', category: 'tire-inflators' },
  ],
  'jewelry-watches': [
    { word: 'wristwatch', category: 'watches' },
    { word: 'timepiece', category: 'watches' },
    { word: 'bangle', category: 'bracelets' },
    { word: 'pendant', category: 'necklaces' },
    { word: 'studs', category: 'earrings' },
    { word: 'strap', category: 'watch-bands' },
  ],
  'home-textiles': [
    { word: 'duvet', category: 'comforters' },
    { word: 'eiderdown', category: 'comforters' },
    { word: 'bedspread', category: 'quilts' },
    { word: 'pillowslip', category: 'pillowcases' },
    { word: 'robe', category: 'bathrobes' },
    { word: 'rug', category: 'bath-mats' },
    { word: 'afghan', category: 'throws' },
  ],
  'cameras-photo': [
    { word: 'camcorder', category: 'compact-cameras' },
    { word: 'mic', category: 'microphones' },
    { word: 'stabilizer', category: 'gimbals' },
    { word: 'polaroid', category: 'instant-cameras' },
    { word: 'strap', category: 'camera-straps' },
    { word: 'rucksack', category: 'camera-bags' },
  ],
};
