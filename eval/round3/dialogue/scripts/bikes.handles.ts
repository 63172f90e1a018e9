/** Handles of the bicycles & cycling catalog (eval/round3/catalogs/bicycles-cycling.csv) the scripts use. */
export const K = {
  strada: 'corsa-strada-sl-carbon-disc-road-bike',
  veloce: 'corsa-veloce-al-endurance-road-bike',
  sterratoCx: 'corsa-sterrato-cx-carbon-gravel-bike',
  metro: 'corsa-metro-8-commuter-hybrid-bike',
  switchback: 'trailhound-switchback-140-full-suspension-trail-bike',
  pup: 'trailhound-pup-kids-bike-with-training-wheels',
  aerolite: 'velomark-aerolite-mips-road-helmet',
  trailguard: 'velomark-trailguard-mips-trail-helmet',
  urbanite: 'velomark-urbanite-commuter-helmet-with-rear-light',
  littleRider: 'velomark-little-rider-kids-helmet',
  beacon800: 'velomark-beacon-800-usb-c-rechargeable-front-light',
  beacon1500: 'velomark-beacon-1500-pro-front-light',
  halo: 'velomark-halo-120-rear-light',
  lightSet: 'velomark-beacon-halo-light-set-2027-preview',
  allroad: 'spokeworks-allroad-tr-tubeless-ready-road-tire',
  rockgrip: 'spokeworks-rockgrip-2-4-trail-tire',
  tube: 'spokeworks-butyl-inner-tube',
  sealant: 'spokeworks-seal-stream-tubeless-sealant',
  tallboy: 'grippa-tallboy-floor-pump-with-gauge',
  mini: 'grippa-pocket-rocket-mini-pump',
  fixit: 'grippa-fixit-multi-tool',
  chill: 'grippa-chill-insulated-water-bottle',
  cage: 'grippa-alloy-water-bottle-cage',
  fortress: 'lockridge-fortress-16-mm-u-lock-with-cable',
  coil: 'lockridge-coil-combination-cable-lock',
} as const;

/** Every bike type of the catalog (the shopper's "bikes" / "bicis"). */
export const BIKES = ['Road Bikes', 'Gravel Bikes', 'Hybrid Bikes', 'Mountain Bikes', "Kids' Bikes"];
