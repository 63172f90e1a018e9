/**
 * Branch dlg-es10's mechanisms, each pinned with phrasings its dev scripts do not use: policy
 * questions said without a policy word go to the policy text (a payment means asked whether it is
 * accepted, paying later, a surcharge for bulky items, how long the warranty covers, shipping to
 * where the shopper lives, disposal, services at the shopper's home and "me pueden grabar"), in
 * English and Spanish (policy-questions.ts, intents-extra.ts); what arrives damaged is the returns
 * text's, also under a "Breakage:" lead-in (store-info.ts); disposal picks the sentence about
 * waste (policy-answer.ts); a conditional whose question asks nothing alone is read whole (nlu.ts).
 */
import { describe, expect, it } from 'vitest';
import { policyAnswer } from '../../../src/shop/dialogue/answers/policy-answer.ts';
import { EXTRA_PATTERNS, policyTopic } from '../../../src/shop/dialogue/understand/intents-extra.ts';
import { normalize } from '../../../src/shop/dialogue/words/text.ts';
import { policySentences } from '../../../src/shop/tools/store-info.ts';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { loadOutdoor } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridRow } from './variant-grid.ts';

const policy = (text: string, lang: 'en' | 'es') =>
  EXTRA_PATTERNS[lang].policy.test(normalize(text).toLowerCase());

describe('policy questions said without a policy word', () => {
  it('hears a payment means asked whether it is accepted, and paying later', () => {
    expect(policy('would a discover card go through on your site?', 'en')).toBe(true);
    expect(policy('can I pay later for this?', 'en')).toBe(true);
    expect(policy('¿les sirve una mastercard de débito?', 'es')).toBe(true);
    expect(policy('¿reciben transferencia?', 'es')).toBe(true);
    expect(policyTopic('les sirve una mastercard de debito')).toBe('payment');
    // Cards that are products ask of the product.
    expect(policy('do these playing cards work for poker?', 'en')).toBe(false);
    expect(policy('¿la tarjeta de memoria sirve para esta cámara?', 'es')).toBe(false);
  });

  it('hears a surcharge, how long the warranty covers and shipping to where the shopper lives', () => {
    expect(policy('is there a surcharge on the big rug?', 'en')).toBe(true);
    expect(policy('¿hay algún cargo extra por la mesa grande?', 'es')).toBe(true);
    expect(policy('if the hinge snaps, how long am I covered?', 'en')).toBe(true);
    expect(policy('si se despega el mango, ¿quedo cubierta?', 'es')).toBe(true);
    expect(policyTopic('si se despega el mango quedo cubierta')).toBe('warranty');
    expect(policy('I live in Nome, Alaska, can you ship a set up there?', 'en')).toBe(true);
    expect(policy('vivo en Ushuaia, ¿llegan hasta allá?', 'es')).toBe(true);
  });

  it('hears disposal and services at home, but not a question about the product', () => {
    expect(policy('what do I do with my old broken kettle?', 'en')).toBe(true);
    expect(policy('¿dónde desecho la sartén vieja?', 'es')).toBe(true);
    expect(policy('could someone come over and fit it at my flat?', 'en')).toBe(true);
    expect(policy('¿podrían venir a la oficina a instalarla?', 'es')).toBe(true);
    expect(policy('¿me lo pueden personalizar con un nombre?', 'es')).toBe(true);
    // A passive "se pueden" asks of the product, and cutlery ("los cubiertos") is no cover.
    expect(policy('¿se pueden limpiar con vinagre?', 'es')).toBe(false);
    expect(policy('¿los cubiertos son de acero?', 'es')).toBe(false);
    expect(policy('does the lid work on the small pot?', 'en')).toBe(false);
    // Recycled glass and disposable grips describe a product; getting rid of one is the act.
    expect(policy('show me the recycled glass tumblers', 'en')).toBe(false);
    expect(policy('muéstrame los platos desechables', 'es')).toBe(false);
    expect(policy('¿los vasos de vidrio reciclado son aptos para lavavajillas?', 'es')).toBe(false);
  });

  it('sends what arrives damaged to the returns text, under a "Breakage:" lead-in too', () => {
    expect(policy('what if the vase arrives cracked?', 'en')).toBe(true);
    expect(policyTopic('what if the vase arrives cracked')).toBe('returns');
    expect(policyTopic('y si la jarra viene rajada')).toBe('returns');
    const text = 'Returns: 14 days, unused. Breakage: send a photo within 2 days and we send a new one.';
    expect(policySentences(text, 'returns').join(' ')).toMatch(/photo within 2 days/);
  });

  it('answers disposal from the sentence about waste, not a person', () => {
    const text = [
      'Envíos: a todo el país en 5 días.',
      'Residuos: las pilas gastadas van a un punto limpio; no las tire a la basura.',
    ].join('\n');
    const a = policyAnswer(text, 'other', 'se murio la bateria del reloj puedo reciclarla', 'es');
    expect('text' in a && a.text).toMatch(/punto limpio/);
  });
});

describe('in conversation', () => {
  const t = useTestStore('sqlite');
  const csv = shopifyCsv(
    [
      gridRow({
        handle: 'ensaladera',
        title: 'Ensaladera de Vidrio',
        body: '<p>Ensaladera de vidrio templado de 3 litros.</p>',
        vendor: 'Casa',
        type: 'Bowls',
        tags: 'ensaladera, vidrio',
        price: 30,
      }),
    ],
    800,
  );
  const text = [
    'Pagos: aceptamos Visa y Diners.',
    'Devoluciones: 10 días sin uso.',
    'Roturas: si algo llega roto, mande una foto en 24 horas y lo reponemos.',
  ].join('\n');

  it('answers a card brand from the policy, never opening checkout', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, csv);
    const c = await RealConversation.guest(t.store.db, 'es', text);
    await c.say('busco una ensaladera de vidrio');
    await c.say('me la llevo');
    const r = await c.say('¿me toman una Diners para pagar?');
    expect(r.calls.map((x) => x.name)).not.toContain('prepare_order');
    expect(r.text).toMatch(/Diners/);
  });

  it('reads "si me llega …, ¿qué hago?" whole as a policy question', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    await loadOutdoor(t.store.db, csv);
    const c = await RealConversation.guest(t.store.db, 'es', text);
    await c.say('busco una ensaladera de vidrio');
    const r = await c.say('y si me llega astillada, ¿qué hago?');
    expect(r.calls.map((x) => x.name)).toContain('get_policy');
    expect(r.text).toMatch(/24 horas/);
  });
});
