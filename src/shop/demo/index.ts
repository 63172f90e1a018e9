export { DEMO_OUT_OF_STOCK_PRODUCT, DEMO_OUT_OF_STOCK_SKUS, demoProductRecords, demoSku } from './catalog.ts';
export { DEMO_CATEGORIES } from './categories.ts';
export { renderProductImage, renderProductSvg } from './images.ts';
export { DEMO_PRODUCTS } from './products.ts';
export {
  DEMO_CUSTOMERS,
  DEMO_PROMOS,
  DEMO_SEED_VERSION,
  retireDemoPromos,
  type SeedResult,
  seedDemo,
} from './seed.ts';
