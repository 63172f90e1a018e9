/**
 * Agent profiles on a real database of each dialect: versions, the configured default, and
 * every refusal (bad slug, duplicate name, unconfigured provider) leaving what is stored intact.
 */
import { describe, expect, it } from 'vitest';
import { ProfileError, resolveSessionAgent, sessionLanguage } from '../../src/agents/profiles/index.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { makeService, SOFIA } from './fixtures.ts';

async function refusal(p: Promise<unknown>): Promise<ProfileError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProfileError);
  return err as ProfileError;
}

describe.each(TEST_DIALECTS)('agent profiles on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('a fresh install has only the default, built from configuration', async () => {
    const service = makeService(t.store);
    const list = await service.list();
    expect(list.map((p) => [p.id, p.version, p.source])).toEqual([['default', 0, 'config']]);
    const def = await service.get('default');
    expect(def.instructions.en).toMatch(/\nShop: Trailhead$/);
    expect(def.greeting).toMatchObject({
      enabled: true,
      text: { en: expect.stringContaining('Welcome to Trailhead') },
    });
    expect(def.voice).toEqual({ provider: 'offline', en: 'flite:slt', es: 'espeak:es' });
    expect(await service.versions('default')).toHaveLength(1);
  });

  it('creates, updates as new versions, and keeps every version', async () => {
    const service = makeService(t.store);
    const v1 = await service.create('sofia', SOFIA);
    expect(v1).toMatchObject({ id: 'sofia', version: 1, name: 'Sofía', knowledgeBase: 'default' });
    expect(v1.safety.level).toBe('strict'); // the guard's own default (SAFETY_LEVEL's)
    const v2 = await service.update('sofia', { brand: 'Moda Luna' });
    expect(v2).toMatchObject({ version: 2, brand: 'Moda Luna', name: 'Sofía' });
    expect((await service.get('sofia')).brand).toBe('Moda Luna');
    expect((await service.get('sofia', 1)).brand).toBe('Moda Sol');
    expect((await service.versions('sofia')).map((v) => v.version)).toEqual([2, 1]);
    // Editing the default stores it: version 1 over the configured version 0.
    const d1 = await service.update('default', { brand: 'Trailhead Outfitters' });
    expect(d1).toMatchObject({ id: 'default', version: 1, source: 'store' });
    expect((await service.list()).map((p) => `${p.id}@${p.version}`)).toEqual(['default@1', 'sofia@2']);
  });

  it('refuses bad slugs, duplicate names, unconfigured providers, unknown tools and voices; nothing stored changes', async () => {
    const service = makeService(t.store);
    await service.create('sofia', SOFIA);
    expect((await refusal(service.create('Bad Slug', SOFIA))).code).toBe('invalid');
    expect((await refusal(service.create('-x', SOFIA))).field).toBe('id');
    const dup = await refusal(service.create('sofia-2', { ...SOFIA, name: 'SOFÍA' }));
    expect(dup).toMatchObject({ code: 'conflict', field: 'name' });
    expect((await refusal(service.create('sofia', SOFIA))).code).toBe('conflict');
    expect((await refusal(service.create('shop', { ...SOFIA, name: 'trailhead' }))).code).toBe('conflict');
    const llm = await refusal(service.update('sofia', { llm: { provider: 'openai', model: 'gpt-4o-mini' } }));
    expect(llm).toMatchObject({ code: 'invalid', field: 'llm.provider' });
    expect(llm.message).toMatch(/not configured on this server \(configured: offline\)/);
    expect((await refusal(service.update('sofia', { voice: { provider: 'elevenlabs' } }))).field).toBe(
      'voice.provider',
    );
    expect((await refusal(service.update('sofia', { voice: { es: 'nope' } }))).field).toBe('voice.es');
    expect((await refusal(service.update('sofia', { tools: ['launch_rockets'] }))).field).toBe('tools');
    expect((await refusal(service.update('sofia', { languages: ['es', 'en'] }))).field).toBe(
      'instructions.en',
    );
    expect((await refusal(service.update('sofia', { unknownField: 1 }))).code).toBe('invalid');
    expect((await refusal(service.update('nobody', { brand: 'x' }))).code).toBe('not_found');
    // Every refusal left version 1 as it was.
    const kept = await service.versions('sofia');
    expect(kept.map((v) => [v.version, v.brand])).toEqual([[1, 'Moda Sol']]);
  });

  it('deletes a profile but never the default', async () => {
    const service = makeService(t.store);
    await service.create('sofia', SOFIA);
    expect((await refusal(service.delete('default'))).code).toBe('default_protected');
    await service.delete('sofia');
    expect(await service.find('sofia')).toBeUndefined();
    expect((await refusal(service.delete('sofia'))).code).toBe('not_found');
    // The name is free again.
    expect((await service.create('sofia-2', SOFIA)).version).toBe(1);
  });

  it('resolves a session: unknown agent, forbidden and allowed overrides', async () => {
    const service = makeService(t.store);
    await service.create('sofia', SOFIA);
    const plain = await resolveSessionAgent(service, {});
    expect(plain.profile.id).toBe('default');
    expect(sessionLanguage(plain)).toBe('en');
    expect(sessionLanguage(await resolveSessionAgent(service, { language: 'es' }))).toBe('es');
    expect((await refusal(resolveSessionAgent(service, { agent: 'nobody' }))).code).toBe('not_found');
    const voice = await refusal(resolveSessionAgent(service, { voice: 'flite:rms' }));
    expect(voice).toMatchObject({ code: 'forbidden_override', field: 'voice' });
    const prompt = await refusal(
      resolveSessionAgent(service, { agent: 'sofia', system_prompt: 'Be a pirate' }),
    );
    expect(prompt).toMatchObject({ code: 'forbidden_override', field: 'system_prompt' });
    // Sofía allows a voice, and asking for her own language is no override.
    const ok = await resolveSessionAgent(service, { agent: 'sofia', voice: 'espeak:es', language: 'es' });
    expect(ok.overrides).toEqual({ voice: 'espeak:es' });
    expect(sessionLanguage(ok)).toBe('es');
    expect((await refusal(resolveSessionAgent(service, { agent: 'sofia', voice: 'bad voice' }))).field).toBe(
      'voice',
    );
  });
});
