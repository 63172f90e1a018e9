import { describe, expect, it } from 'vitest';
import { cleanTextForSpeech } from './speech-text.ts';

describe('cleanTextForSpeech', () => {
  it.each([
    ['**Red** shoes are *on sale*.', 'Red shoes are on sale.'],
    ['- Blue hoodie, $35', 'Blue hoodie, $35'],
    ['## Your cart', 'Your cart'],
    ['Order #4512 shipped.', 'Order number 4512 shipped.'],
    ['See [our return policy](https://shop.example.com/returns).', 'See our return policy.'],
    ['Track it at https://www.shop.example.com/track?id=9 today.', 'Track it at shop.example.com today.'],
    ['Use code `SAVE10` now.', 'Use code SAVE10 now.'],
    ['It is _really_ warm.', 'It is really warm.'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['Plain text. Nothing to do!', 'Plain text. Nothing to do!'],
  ])('%s', (input, expected) => {
    expect(cleanTextForSpeech(input)).toBe(expected);
  });

  it('speaks "#" as "número" in Spanish', () => {
    expect(cleanTextForSpeech('Tu pedido #4512 salió.', 'es-MX')).toBe('Tu pedido número 4512 salió.');
  });
});
