/**
 * "Which size? Your usual is 42": when add_to_cart needs a size the shopper did not say and they
 * told us their size for this kind of product before, the refusal carries it so the assistant can
 * offer it instead of listing every size.
 */
import type { Language } from '../contract.ts';
import { isShopError, ShopError } from '../errors.ts';
import { loadProduct } from '../products/details.ts';
import type { ShopServices } from './services.ts';

export async function withUsualSize(
  s: ShopServices,
  userId: string,
  language: Language,
  productId: string,
  err: unknown,
): Promise<unknown> {
  if (!isShopError(err, 'variant_required')) return err;
  const sizes = Array.isArray(err.details?.sizes) ? (err.details.sizes as unknown[]) : [];
  if (sizes.length < 2) return err;
  const product = await loadProduct(s.db, productId, language);
  const asked = new Set(sizes.filter((x): x is string => typeof x === 'string'));
  const inStock = [
    ...new Set(
      product.variants.filter((v) => v.stock > 0 && v.size && asked.has(v.size)).map((v) => v.size!),
    ),
  ];
  const usual = await s.memory.usualSize(userId, product, inStock);
  if (!usual) return err;
  return new ShopError(
    'variant_required',
    `${err.message} The shopper's usual size is ${usual}: offer it ("your usual size ${usual}?").`,
    { ...err.details, usual: { size: usual } },
  );
}
