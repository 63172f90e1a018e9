import type { LanguageModelV4Prompt, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { APPAREL, vocabularyOf } from '../../../test/dialogue/fixtures.ts';
import { createShopDialogueModel } from '../../shop/dialogue/index.ts';
import { loadShopName } from '../../shop/tools/config.ts';
import { llmProfileOf, SHOP_ASSISTANT, shopAssistantProfile } from './profiles.ts';

async function openingGreeting(system: string): Promise<string> {
  const model = createShopDialogueModel({ vocabulary: (l) => vocabularyOf(APPAREL, l) });
  const prompt: LanguageModelV4Prompt = [{ role: 'system', content: system }];
  const reader = (await model.doStream({ prompt })).stream.getReader();
  let text = '';
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    const part: LanguageModelV4StreamPart = r.value;
    if (part.type === 'text-delta') text += part.delta;
  }
  return text;
}

describe('the shop name in replies (SHOP_NAME)', () => {
  it('names the shop in the LLM instructions, in both languages', () => {
    const p = shopAssistantProfile('Trailhead Outfitters');
    expect(p.instructions.en).toMatch(
      /^You are the voice shopping assistant of Trailhead Outfitters, an online shop\./,
    );
    expect(p.instructions.en).toMatch(/\nShop: Trailhead Outfitters$/);
    expect(p.instructions.es).toMatch(
      /^Eres el asistente de compras por voz de Trailhead Outfitters, una tienda online\./,
    );
    expect(p.fillers).toBe(SHOP_ASSISTANT.fillers);
  });

  it('the offline engine greets with the shop name it is given', async () => {
    const en = shopAssistantProfile('Trailhead Outfitters').instructions.en;
    expect(await openingGreeting(en)).toBe(
      "Hi! Welcome to Trailhead Outfitters. I'm your shopping assistant. What are you looking for today?",
    );
    const es = shopAssistantProfile('Trailhead Outfitters').instructions.es;
    expect(await openingGreeting(es)).toBe(
      '¡Hola! Bienvenido a Trailhead Outfitters. Soy tu asistente de compras. ¿Qué buscas hoy?',
    );
    expect(await openingGreeting(SHOP_ASSISTANT.instructions.en)).toBe(
      "Hi! I'm your shopping assistant. What are you looking for today?",
    );
  });

  it('SHOP_NAME defaults to the demo store’s name and is validated', () => {
    expect(loadShopName({})).toBe('Voice Shopper');
    expect(loadShopName({ SHOP_NAME: '  Trailhead Outfitters ' })).toBe('Trailhead Outfitters');
    expect(() => loadShopName({ SHOP_NAME: '   ' })).toThrow(/SHOP_NAME/);
  });
});

describe('stored agent profiles as LLM profiles', () => {
  const agent = {
    id: 'sofia',
    brand: 'Moda Sol',
    instructions: { en: 'You are Sofia of Moda Sol.', es: 'Eres Sofía, de Moda Sol.' },
  };

  it('adds the brand on a Shop:/Tienda: line, which the offline engine greets with', async () => {
    const p = llmProfileOf(agent);
    expect(p.instructions.en).toBe('You are Sofia of Moda Sol.\nShop: Moda Sol');
    expect(p.instructions.es).toBe('Eres Sofía, de Moda Sol.\nTienda: Moda Sol');
    expect(await openingGreeting(p.instructions.es)).toBe(
      '¡Hola! Bienvenido a Moda Sol. Soy tu asistente de compras. ¿Qué buscas hoy?',
    );
  });

  it('keeps an owner’s own Shop: line and lets a session prompt replace the persona', () => {
    const own = llmProfileOf({ ...agent, instructions: { en: 'Be brief.\nShop: Sol', es: 'Sé breve.' } });
    expect(own.instructions.en).toBe('Be brief.\nShop: Sol');
    const prompt = llmProfileOf({ ...agent, systemPrompt: 'You are a pirate.' });
    expect(prompt.instructions.en).toBe('You are a pirate.\nShop: Moda Sol');
    expect(prompt.fillers).toBe(SHOP_ASSISTANT.fillers);
  });
});
