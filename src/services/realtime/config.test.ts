import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { realtimeChoice } from './config.ts';

const rt = (env: Record<string, string>) => loadConfig(env, ['realtime']).realtime;

describe('speech-to-speech configuration', () => {
  it('unset keeps the cascade; a profile model realtime:<provider> chooses one per agent', () => {
    const config = rt({});
    expect(config.provider).toBeUndefined();
    expect(realtimeChoice(undefined, config)).toBeUndefined();
    expect(realtimeChoice('gpt-4.1-mini', config)).toBeUndefined();
    expect(realtimeChoice('realtime:gemini', config)).toBe('gemini');
    expect(realtimeChoice('realtime:nope', config)).toBeUndefined();
    expect(realtimeChoice(undefined, rt({ REALTIME_PROVIDER: 'openai', REALTIME_API_KEY: 'k' }))).toBe(
      'openai',
    );
  });

  it("the provider's own endpoint needs a key; a stand-in or proxy URL does not", () => {
    expect(() => rt({ REALTIME_PROVIDER: 'openai' })).toThrow(
      /REALTIME_API_KEY.*REALTIME_PROVIDER=openai needs/,
    );
    expect(() => rt({ REALTIME_PROVIDER: 'gemini' })).toThrow(
      /REALTIME_PROVIDER=gemini needs REALTIME_API_KEY/,
    );
    expect(
      rt({ REALTIME_PROVIDER: 'openai', OPENAI_REALTIME_URL: 'ws://127.0.0.1:9/v1/realtime' }).provider,
    ).toBe('openai');
    expect(rt({ REALTIME_PROVIDER: 'gemini', GEMINI_LIVE_BASE_URL: 'http://127.0.0.1:9' }).provider).toBe(
      'gemini',
    );
  });

  it('bad values are refused with the variable named', () => {
    expect(() => rt({ REALTIME_PROVIDER: 'azure' })).toThrow(/REALTIME_PROVIDER/);
    expect(() => rt({ REALTIME_TURN_DETECTION: 'sometimes' })).toThrow(/REALTIME_TURN_DETECTION/);
    expect(() => rt({ REALTIME_TEMPERATURE: '3' })).toThrow(/REALTIME_TEMPERATURE/);
  });
});
