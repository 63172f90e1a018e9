/** Handles of the garden-supplies catalog (eval/catalogs/garden-supplies.csv) the scripts use. */
export const G = {
  powercut: 'verdano-powercut-bypass-pruner-8-inch',
  ratchetmax: 'verdano-ratchetmax-anvil-pruner-8-5-inch',
  twincut: 'verdano-twincut-compact-pruner-7-inch',
  heritage: 'copperleaf-heritage-forged-bypass-secateurs',
  featherlight: 'rootwell-featherlight-micro-tip-snips-6-inch',
  flexlite: 'tidewater-flexlite-expandable-garden-hose',
  proflow: 'tidewater-proflow-kink-free-rubber-hose',
  soaker: 'rootwell-ecoseep-soaker-hose-25-ft',
  easypour: 'tidewater-easypour-watering-can-with-rose',
  galvanized: 'bellwood-classic-galvanized-watering-can',
  terracottaPot: 'bellwood-terracotta-rolled-rim-pot',
  glazed: 'bellwood-glazed-ceramic-planter-with-drainage',
  pottingMix: 'greenhaven-organic-all-purpose-potting-mix',
  tomatoSeeds: 'greenhaven-heirloom-tomato-seed-collection',
  nitrileGloves: 'rootwell-nitrile-dip-grip-garden-gloves',
  mudlark: 'rootwell-mudlark-waterproof-garden-boot',
} as const;
