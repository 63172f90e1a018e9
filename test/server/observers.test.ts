import { describe, expect, it } from 'vitest';
import { stageLabel } from '../../src/server/session/observers.ts';

describe('stageLabel (Prometheus processor label)', () => {
  it('drops the session id and instance number so series do not grow per session', () => {
    expect(stageLabel('llm:1a2b3c4d')).toBe('llm');
    expect(stageLabel('ws:1a2b3c4d:output')).toBe('ws:output');
    expect(stageLabel('TtsProcessor#12')).toBe('TtsProcessor');
    expect(stageLabel('twilio:output')).toBe('twilio:output');
  });
});
