import { describe, expect, it } from 'vitest';
import { replyTo } from '../replies/replies.ts';
import { askOptions, optionRefusalText, optionsOf, refusalOf } from './option-choice.ts';
import { optionPhrase } from './option-phrase.ts';

const refused = (code: string, details: unknown) => ({ error: { code, message: 'x', details } });

describe('choosing a variant by an option other than size and colour', () => {
  it('asks naming the option and its values in the shopper language', () => {
    expect(askOptions([['Volume', ['50 ml', '100 ml']]], 'en')).toBe('Which volume: 50 ml or 100 ml?');
    expect(askOptions([['Volume', ['50 ml', '100 ml']]], 'es')).toBe('¿Qué volumen: 50 ml o 100 ml?');
    // The retail vocabulary reads "sheets" as bed linen; option names have their own words.
    expect(askOptions([['Sheets', ['80', '120']]], 'es')).toBe('¿Qué hojas: 80 o 120?');
  });

  it('reads options from search (in stock only) and from get_product (with stock)', () => {
    expect([...(optionsOf({ optionsInStock: { Voltage: ['120V'] } }) ?? [])]).toEqual([
      { name: 'Voltage', values: [{ value: '120V', inStock: true }] },
    ]);
    expect(
      optionsOf({ options: [{ name: 'Keys', values: [{ value: '61', inStock: false }, { value: 88 }] }] }),
    ).toEqual([{ name: 'Keys', values: [{ value: '61', inStock: false }] }]);
    expect(optionsOf({ name: 'no options' })).toBeUndefined();
    expect(optionsOf({ optionsInStock: { Voltage: ['120V'] } })?.partial).toBe(true);
    const detail = {
      optionsInStock: { Voltage: ['120V'] },
      variants: [
        { options: { Voltage: '120V' }, stock: 2 },
        { options: { Voltage: '230V' }, stock: 0 },
      ],
    };
    const full = optionsOf(detail);
    expect(full).toEqual([
      {
        name: 'Voltage',
        values: [
          { value: '120V', inStock: true },
          { value: '230V', inStock: false },
        ],
      },
    ]);
    expect(full?.partial).toBeUndefined();
  });

  it('turns a variant_required refusal into a question, sold-out values marked', () => {
    const r = refusalOf(
      refused('variant_required', { sizes: [], colors: [], options: { Voltage: ['120V', '230V'] } }),
    );
    expect(r).toEqual({
      code: 'variant_required',
      options: [['Voltage', ['120V', '230V']]],
      sizes: [],
      colors: [],
    });
    const known = [{ name: 'Voltage', values: [{ value: '120V', inStock: true }] }];
    expect(optionRefusalText(r!, 'Practice Amplifier', {}, known, 'en')).toBe(
      'Sure, the Practice Amplifier. Which voltage: 120V or 230V (sold out)?',
    );
    expect(optionRefusalText(r!, 'Practice Amplifier', {}, known, 'es')).toBe(
      'Vale, Practice Amplifier. ¿Qué voltaje: 120V o 230V (agotado)?',
    );
  });

  it('says a sold-out option with what is in stock, never the shop instructions', () => {
    const r = refusalOf(
      refused('out_of_stock', {
        stock: 0,
        inStock: { sizes: [], colors: [], options: { Ruling: ['Lined'] } },
      }),
    );
    const text = optionRefusalText(r!, 'Notebook', { Sheets: '120', Ruling: 'Dotted' }, undefined, 'es');
    expect(text).toBe(
      'Lo siento, Notebook (120, Dotted) está agotado. Disponibles: rayado Lined. ¿Cuál prefieres?',
    );
  });

  it('leaves size/colour-only refusals and other errors to the other replies', () => {
    const sizeOnly = refusalOf(refused('variant_required', { sizes: ['S', 'M'], colors: [], options: {} }));
    expect(optionRefusalText(sizeOnly!, 'Tee', {}, undefined, 'en')).toBeUndefined();
    expect(refusalOf(refused('invalid_input', {}))).toBeUndefined();
    expect(refusalOf({ ok: true })).toBeUndefined();
  });

  it('hears a count of units as the pack of that many', () => {
    const pack = {
      options: [
        {
          name: 'Pack',
          values: [
            { value: 'Single', inStock: true },
            { value: '3-pack', inStock: true },
          ],
        },
      ],
    };
    expect(optionPhrase('el de 3 unidades', pack)).toEqual({ options: { Pack: '3-pack' } });
    expect(optionPhrase('the 3 pieces one', pack)).toEqual({ options: { Pack: '3-pack' } });
    expect(optionPhrase('the 3 ml one', pack)).toEqual({});
  });
});

describe('a shop instruction is never read to the shopper', () => {
  it('keeps the values of a variant question and drops the instruction', () => {
    const error = 'Which size of Trail Tee? Ask the shopper (sizes S, M).';
    const out = replyTo(
      [{ id: '1', name: 'add_to_cart', input: {}, output: { error: { code: 'x', message: error } }, error }],
      'en',
    );
    expect(out).not.toMatch(/Ask the shopper/);
    expect(out).toMatch(/sizes S, M/);
    const bare = 'Which variant of Trail Tee? Ask the shopper (see get_product).';
    expect(
      replyTo(
        [
          {
            id: '2',
            name: 'add_to_cart',
            input: {},
            output: { error: { code: 'x', message: bare } },
            error: bare,
          },
        ],
        'en',
      ),
    ).not.toMatch(/Ask the shopper|get_product/);
  });
});
