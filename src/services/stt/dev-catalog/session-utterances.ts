/**
 * Development speech set for per-session speaker adaptation (`bench --only stt-session`), on the
 * outdoor-gear catalog next to this file. Written on 2026-12-05 BEFORE any of the session warp /
 * onset work was tuned, and committed first. Every utterance starts with a short word a shopper
 * opens with ("add", "show", "what", "only", "take", "put", "is", "do", "how", "can", "find",
 * "give"), so first-word recall is measured on the words round 4 lost. Not the frozen evaluation
 * set (eval/), and not the older outdoor-gear set (utterances.ts), which LM work was tuned on.
 */
export const SESSION_UTTERANCES: readonly string[] = [
  'add the summit sixty five pack in charcoal',
  'show me tents for two people',
  'what does the nimbus three weigh',
  'only the fernwood ones',
  'take the stormline jacket in medium',
  'put the beacon headlamp in my cart',
  'is the drift thirty five warm enough for winter',
  'add a pair of the approach gaiters',
  'show me the cheapest sleeping pad',
  'what sizes does the fleece jacket come in',
  'only show me boots',
  'add the carbon z poles in one hundred ten',
  'how long does the headlamp battery last',
  'do you have a camp chair in slate',
  'show me dry bags',
  'what is the warmest sleeping bag',
  'take two of the merino socks in large',
  'add the hydration reservoir',
  'is the puffer vest water resistant',
  'put the trail runners in size ten',
  'can i return boots after a hike',
  'show me everything from kestrel',
  'what colors does the camp chair come in',
  'add the glacier sunglasses in tortoise',
  'only the ones under one hundred dollars',
  'find me a stove for backpacking',
  'how big is the cook pot',
  'add the traverse thirty daypack in slate',
  'give me the talus boots in size eight',
  'what is in my cart',
  'take the ember vest instead',
  'show me the nimbus two',
  'is the roll top bag fully waterproof',
  'add one more headlamp',
  'only the black ones please',
  'what goes well with the ember sleeping bag',
];
