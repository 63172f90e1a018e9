/**
 * Branch dlg-es9's mechanisms, each pinned with phrasings its dev scripts do not use: a policy the
 * owner wrote in Spanish is said as written, and an English warranty by months is read in Spanish
 * (policy-reply.ts); a shop service said with a pronoun on the verb is a service question
 * (intents-extra.ts); "café" is brown (variant-match.ts, color-table.ts); "dame la …" / "démelo …"
 * hand over a named thing (es-paraphrase.ts); a definite noun naming one shown product makes "qué"
 * a question about it (es-question.ts); a verb of purpose left over does not turn a yes into a no
 * (text-answer.ts); workwear words of Spain and Latin America (retail-words.ts); an order for a
 * value the card does not list in stock is tried (variant-pick.ts); "¿se puede quitar…?" removes
 * nothing (lexicon.ts); a value word the card does not show makes every value be read first
 * (es-value-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { englishForms } from '../../../src/shop/catalog/retail-vocabulary.ts';
import { policyReply } from '../../../src/shop/dialogue/answers/policy-reply.ts';
import { standardPhrasing } from '../../../src/shop/dialogue/spanish/es-paraphrase.ts';
import { namesOneShown } from '../../../src/shop/dialogue/spanish/es-question.ts';
import { isServiceQuestion } from '../../../src/shop/dialogue/understand/intents-extra.ts';
import { colorKey } from '../../../src/shop/products/variant-match.ts';
import { useTestStore } from '../../store/databases.ts';
import { RealConversation } from '../real-shop.ts';
import { loadOutdoor } from './harness.ts';
import { shopifyCsv } from './shopify-csv.ts';
import { DEV_SET_TIMEOUT_MS } from './timeout.ts';
import { gridRow } from './variant-grid.ts';

describe('policy in Spanish', () => {
  it('says a policy written in Spanish as written, not as an English text it cannot read', () => {
    const text = 'Aceptamos cambios durante 15 días naturales. Los pedidos salen en 24 horas.';
    const reply = policyReply(text, 'returns', 'es');
    expect(reply).toContain('Aceptamos cambios durante 15 días naturales');
    expect(reply).not.toMatch(/inglés/);
  });

  it('reads a warranty given in months in Spanish', () => {
    const reply = policyReply(
      'All helmets carry a 12-month warranty against manufacturing defects.',
      'warranty',
      'es',
    );
    expect(reply).toMatch(/garantía de 12 meses/);
    expect(reply).toMatch(/contra defectos de fabricación/);
    expect(reply).not.toMatch(/inglés/);
  });

  it('hears collecting at the shop and gift wrapping with a pronoun on the verb as service questions', () => {
    expect(isServiceQuestion('puedo ir a retirarla a su sucursal')).toBe(true);
    expect(isServiceQuestion('me la envuelven para regalo')).toBe(true);
    expect(isServiceQuestion('envuelve bien las botas que son fragiles')).toBe(false);
  });
});

describe('words', () => {
  it('hears "café" as brown', () => {
    expect(colorKey('Café')).toBe('brown');
    expect(colorKey('Brown')).toBe('brown');
  });

  it('reads handing over a named thing as an order, never information asked for', () => {
    expect(standardPhrasing('deme la talla chica')).toBe('ponme la talla chica');
    expect(standardPhrasing('dámela en azul')).toBe('ponmela en azul');
    expect(standardPhrasing('dame el precio del casco')).toBe('dame el precio del casco');
  });

  it('a definite noun naming one shown product makes "qué" a question about it', () => {
    const shown = [{ name: 'Olmo Chino' }, { name: 'Pino Negro' }];
    expect(namesOneShown('que grosor tiene el olmo', shown)).toBe(true);
    expect(namesOneShown('que grosor tiene', shown)).toBe(false);
  });

  it('knows the workwear words of Spain and Latin America', () => {
    expect(englishForms('orejeras')).toContain('earmuffs');
    expect(englishForms('rodillera')).toContain('knee pad');
    expect(englishForms('barbiquejo')).toContain('chin strap');
  });
});

describe('a yes asked with a purpose', () => {
  const t = useTestStore('sqlite');

  it('answers yes when the text says the thing and the question adds what it is for', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    const csv = shopifyCsv(
      [
        gridRow({
          handle: 'torque-wrench',
          title: 'Click Torque Wrench',
          body: '<p>Half inch drive click torque wrench, 20 to 150 ft-lb. Comes with a storage case.</p>',
          vendor: 'Torqline',
          type: 'Tools',
          tags: 'wrench, torque',
          price: 65,
        }),
      ],
      900,
    );
    await loadOutdoor(t.store.db, csv);
    const c = await RealConversation.guest(t.store.db, 'es');
    await c.say('busco una llave dinamométrica');
    const r = await c.say('¿trae estuche para guardarla?');
    expect(r.text).toMatch(/^Sí/);
  });

  it('tries an order for a colour sold out (the shop refuses it) and hears "¿se puede quitar…?" as a question', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    const csv = shopifyCsv(
      [
        gridRow({
          handle: 'mesh-cap',
          title: 'Trucker Mesh Cap',
          body: '<p>Mesh back cap with a snap closure. The front patch can be removed.</p>',
          vendor: 'Brightline',
          type: 'Caps',
          tags: 'cap, trucker',
          price: 19,
          options: { Color: ['Red', 'Gray'] },
          soldOut: ['Red'],
        }),
      ],
      200,
    );
    await loadOutdoor(t.store.db, csv);
    const c = await RealConversation.guest(t.store.db, 'es');
    const refused = await c.say('y una gorra en rojo');
    expect(refused.calls.map((x) => x.name)).toContain('add_to_cart');
    expect(refused.text).toMatch(/agotad/);
    const added = await c.say('vale, en gris');
    expect(added.text).toMatch(/Añadí/);
    const asked = await c.say('¿se le puede quitar el parche?');
    expect(asked.calls.map((x) => x.name)).not.toContain('remove_from_cart');
  });

  it('reads every value before adding when a word names one the card left out (sold out)', {
    timeout: DEV_SET_TIMEOUT_MS,
  }, async () => {
    const csv = shopifyCsv(
      [
        gridRow({
          handle: 'rigger-gloves',
          title: 'Rigger Work Gloves',
          body: '<p>Rigger gloves with a safety cuff.</p>',
          vendor: 'Gripwell',
          type: 'Gloves',
          tags: 'gloves, rigger',
          price: 12,
          options: { Material: ['Cowhide', 'Goatskin'] },
          soldOut: ['Goatskin'],
        }),
      ],
      200,
    );
    await loadOutdoor(t.store.db, csv);
    const c = await RealConversation.guest(t.store.db, 'es');
    await c.say('busco guantes para cargar');
    const r = await c.say('me llevo unos de piel de cabra');
    expect(r.text).toMatch(/agotad/);
    expect(r.text).toMatch(/Cowhide/);
  });
});
