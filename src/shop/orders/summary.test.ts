import { describe, expect, it } from 'vitest';
import { orderSummaryText } from './summary.ts';
import { cartFingerprint, issueConfirmationToken, tokenNonce, verifyConfirmationToken } from './token.ts';

const input = {
  lines: [
    { name: 'Trail Runner 2', size: '42', color: 'blue', quantity: 2, unitPriceCents: 5999 },
    { name: 'Running Socks', quantity: 1, unitPriceCents: 999 },
  ],
  subtotalCents: 12997,
  discountCents: 1300,
  totalCents: 11697,
  currency: 'USD',
  promoCode: 'SUMMER10',
  shipTo: 'postal code 28001',
};

describe('orderSummaryText', () => {
  it('reads back items, variants, prices, promo, total and destination in English', () => {
    expect(orderSummaryText(input, 'en')).toBe(
      'Your order: 2 Trail Runner 2, size 42, blue, at $59.99 each; and 1 Running Socks, at $9.99. ' +
        'Subtotal $129.97. Promo SUMMER10: minus $13.00. Total $116.97, shipping to postal code 28001. ' +
        'Shall I place the order?',
    );
  });
  it('in Spanish, with local number format', () => {
    const text = orderSummaryText({ ...input, currency: 'EUR', shipTo: 'el código postal 28001' }, 'es');
    expect(text).toContain('2 Trail Runner 2, talla 42, blue, a 59,99\u00a0€ cada uno');
    expect(text).toContain('Código SUMMER10: menos 13,00\u00a0€');
    expect(text).toContain('Total 116,97\u00a0€, con envío al código postal 28001.');
    expect(text.endsWith('¿Confirmo el pedido?')).toBe(true);
  });
  it('leaves out subtotal/promo when there is no discount', () => {
    const t = orderSummaryText(
      { ...input, discountCents: 0, totalCents: 12997, promoCode: null, shipTo: null },
      'en',
    );
    expect(t).not.toContain('Subtotal');
    expect(t).toContain('Total $129.97.');
  });
});

describe('confirmation token', () => {
  const fp = cartFingerprint([{ variantId: 'v1', quantity: 2, unitPriceCents: 5999 }], null, 11998);
  const now = new Date('2025-01-01T00:00:00Z');
  it('verifies for the same user and cart before expiry', () => {
    const t = issueConfirmationToken('s', 'u1', fp, now, 60_000);
    expect(t.token.length).toBeLessThan(45);
    expect(tokenNonce(t.token)).toBe(t.nonce);
    expect(verifyConfirmationToken('s', t.token, 'u1', fp, now)).toEqual({ ok: true, nonce: t.nonce });
  });
  it('fails for another user, a changed cart, a changed price, expiry, tampering', () => {
    const t = issueConfirmationToken('s', 'u1', fp, now, 60_000);
    expect(verifyConfirmationToken('s', t.token, 'u2', fp, now)).toEqual({ ok: false, reason: 'mismatch' });
    const fp2 = cartFingerprint([{ variantId: 'v1', quantity: 3, unitPriceCents: 5999 }], null, 17997);
    expect(verifyConfirmationToken('s', t.token, 'u1', fp2, now).ok).toBe(false);
    const fp3 = cartFingerprint([{ variantId: 'v1', quantity: 2, unitPriceCents: 6999 }], null, 13998);
    expect(verifyConfirmationToken('s', t.token, 'u1', fp3, now).ok).toBe(false);
    expect(verifyConfirmationToken('s', t.token, 'u1', fp, new Date(now.getTime() + 60_000))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyConfirmationToken('other-secret', t.token, 'u1', fp, now).ok).toBe(false);
    expect(verifyConfirmationToken('s', `${t.token}x`, 'u1', fp, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyConfirmationToken('s', "'; DROP TABLE orders; --", 'u1', fp, now).ok).toBe(false);
  });
  it('fingerprint ignores line order', () => {
    const a = { variantId: 'a', quantity: 1, unitPriceCents: 1 };
    const b = { variantId: 'b', quantity: 1, unitPriceCents: 2 };
    expect(cartFingerprint([a, b], 'P', 3)).toBe(cartFingerprint([b, a], 'P', 3));
    expect(cartFingerprint([a, b], 'P', 3)).not.toBe(cartFingerprint([a, b], null, 3));
  });
});
