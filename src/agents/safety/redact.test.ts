import { describe, expect, it } from 'vitest';
import { redactSensitive } from './redact.ts';

/**
 * Phone scans are skipped for texts that cannot hold a number a region accepts (too few digits in
 * a row, no trunk 0 or "+", no word naming a phone). These are the shapes near those edges: each
 * must still be found, and the texts that skip the scans must still pass unchanged.
 */
describe('redactSensitive phones around the scan shortcuts', () => {
  it.each([
    ['call me at (030) 1234567', 'call me at [phone number]'],
    ['mi número es 11 2345 6789', 'mi número es [phone number]'],
    ['teléfono 0351 15 123 4567', 'teléfono [phone number]'],
    ['llámame al +52 55 1234 5678', 'llámame al [phone number]'],
    ['my cell is 07911 123456', 'my cell is [phone number]'],
    ['06 12 34 56 78 is my mobile', '[phone number] is my mobile'],
    ['whatsapp +49 30 1234567', 'whatsapp [phone number]'],
    ['numero 333 123 4567 grazie', 'numero [phone number] grazie'],
    ['(201) 555-0123', '[phone number]'],
    ['612 345 678', '[phone number]'],
  ])('finds %s', (text, redacted) => {
    expect(redactSensitive(text, 'en').text).toBe(redacted);
  });

  it.each([
    'First, Alba Daily Trainer at €129.99. Second, Kinetica at €1,299.00.',
    'size 42, order 1234, 3 pairs',
    'model 2024 with 1200 W at 230 V',
    'the 45-piece set, ref 88-102',
  ])('leaves %s as it is', (text) => {
    expect(redactSensitive(text, 'en').text).toBe(text);
  });
});
