/** Shared agent-profile fixtures: capabilities of a test server, a service, a Spanish persona. */
import { loadAgentsConfig } from '../../src/agents/profiles/config.ts';
import { defaultProfileSpec } from '../../src/agents/profiles/defaults.ts';
import { type ProfileCapabilities, ProfileService } from '../../src/agents/profiles/index.ts';
import type { Store } from '../../src/store/db.ts';

export const CAPS: ProfileCapabilities = {
  llmProviders: ['offline'],
  ttsProviders: ['offline'],
  tools: ['search_products', 'get_product', 'add_to_cart', 'view_cart'],
  checkVoice: (v) => (/^(flite|espeak):[a-z0-9-]+$/.test(v) ? undefined : `unknown voice "${v}"`),
};

export function makeService(store: Store, shopName = 'Trailhead'): ProfileService {
  return new ProfileService({
    db: store.db,
    defaultSpec: defaultProfileSpec({
      shopName,
      agents: loadAgentsConfig({}),
      tts: { provider: 'offline', voiceEn: 'flite:slt', voiceEs: 'espeak:es' },
      llm: { provider: 'offline', model: 'shop-dialogue', temperature: 0.3 },
    }),
    capabilities: CAPS,
    now: () => new Date('2026-01-02T03:04:05.000Z'),
  });
}

export const SOFIA = {
  name: 'Sofía',
  brand: 'Moda Sol',
  languages: ['es'],
  instructions: { es: 'Eres Sofía, la vendedora de Moda Sol. Responde en español.' },
  greeting: { text: { es: '¡Hola! Soy Sofía, de Moda Sol. ¿En qué te ayudo?' } },
  voice: { provider: 'offline', es: 'espeak:es-419' },
  overridable: { voice: true, language: false, system_prompt: false },
};
