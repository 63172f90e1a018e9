import { expect, it } from 'vitest';
import { replyTo } from '../../src/shop/dialogue/replies/replies.ts';

it('asks the shopper to repeat, in their language, when a write was refused as unclear speech', () => {
  const refused = {
    id: 'c1',
    name: 'add_to_cart',
    input: { productId: 'p1' },
    output: { error: { code: 'UNCLEAR_REQUEST', message: 'not clearly a shopping request' } },
    error: 'The request was not clearly recognised as a shopping request',
  };
  expect(replyTo([refused], 'en')).toMatch(/not sure I heard that right.*haven't changed anything/);
  expect(replyTo([refused], 'es')).toMatch(/no he cambiado nada/);
});
