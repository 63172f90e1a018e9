/**
 * The shop's service container moved to src/shop/services.ts; the tools keep importing it from
 * here so branches that edit src/shop/tools merge without touching every tool's imports.
 */
export { createShopServices, type ShopDeps, type ShopServices } from '../services.ts';
