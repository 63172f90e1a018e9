/** Handles of the beauty & personal care catalog (eval/round2/catalogs/beauty-personal-care.csv) the scripts use. */
export const B = {
  glowTheory: 'aurelle-glow-theory-15-vitamin-c-brightening-serum',
  nightShift: 'aurelle-night-shift-0-5-retinol-renewal-serum',
  dewDrop: 'aurelle-dew-drop-hyaluronic-acid-hydrating-serum',
  dailyVeil: 'solstice-skin-daily-veil-mineral-sunscreen-spf-30',
  beachProof: 'solstice-skin-beach-proof-sport-sunscreen-lotion-spf-50',
  tintShield: 'solstice-skin-tint-shield-tinted-mineral-sunscreen-spf-40',
  kidsStick: 'solstice-skin-kids-gentle-mineral-sunscreen-stick-spf-50',
  kissLock: 'velvet-hour-kiss-lock-matte-liquid-lipstick',
  satinSlip: 'velvet-hour-satin-slip-hydrating-cream-lipstick',
  secondSkin: 'velvet-hour-second-skin-weightless-foundation-spf-15',
  skyHigh: 'velvet-hour-sky-high-lengthening-mascara',
  stormProof: 'velvet-hour-storm-proof-waterproof-volumizing-mascara',
  blurEdit: 'velvet-hour-blur-edit-pressed-setting-powder',
  palette: 'velvet-hour-midnight-muse-eyeshadow-palette-holiday-limited-edition',
  driftwood: 'saltmarsh-botanics-driftwood-nourishing-body-wash',
  harbor: 'saltmarsh-botanics-harbor-aluminum-free-deodorant',
  seaGlass: 'saltmarsh-botanics-sea-glass-cold-process-bar-soap',
  bounceShampoo: 'kindred-curl-bounce-back-sulfate-free-curl-shampoo',
  bounceConditioner: 'kindred-curl-bounce-back-moisture-curl-conditioner',
  skarp: 'nordhavn-skarp-double-edge-safety-razor',
  blades: 'nordhavn-platinum-coated-double-edge-razor-blades',
  fjord: 'nordhavn-fjord-cedar-and-bergamot-beard-oil',
  arctic: 'nordhavn-arctic-shave-cream-for-sensitive-skin',
} as const;

/** The skincare types (the shopper's "skincare" / "productos para la piel"). */
export const SKINCARE = ['Serums', 'Moisturizers', 'Cleansers', 'Sunscreens', 'After Sun'];
