/** Handles of the toys-and-games catalog (eval/catalogs/toys-and-games.csv) the scripts use. */
export const T = {
  fireStation: 'brightblock-city-fire-station-building-set-512-pieces',
  shuttle: 'brightblock-space-shuttle-explorer-1120-pieces',
  starterBox: 'brightblock-starter-brick-box-300-pieces',
  dinoValley: 'brightblock-dino-valley-adventure-set-245-pieces',
  magneticTiles: 'marbleway-magnetic-tiles-castle-builder-64-pieces',
  harborLights: 'juniper-games-harbor-lights-cooperative-board-game',
  alpineLake: 'wobblewood-alpine-lake-jigsaw-puzzle',
  snuggleBear: 'pebble-and-pine-snuggle-bear-plush',
  sleepySloth: 'pebble-and-pine-sleepy-sloth-weighted-plush',
  dinoPlush: 'starlark-glow-in-the-dark-dino-plush-12-inch',
  balanceBike: 'starlark-glide-balance-bike',
  skates: 'starlark-adjustable-kids-inline-skates',
  duneRacer: 'marbleway-dune-racer-1-16-rc-truck',
  miniStunt: 'starlark-mini-stunt-rc-car',
} as const;
