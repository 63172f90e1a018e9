import { describe, expect, it } from 'vitest';
import { loadTransportEnv } from './config.ts';

describe('transport config', () => {
  it('has Pipecat-compatible defaults and rejects bad values with the variable name', () => {
    expect(loadTransportEnv({})).toMatchObject({
      TRANSPORT_OUTPUT_CHUNK_MS: 40,
      WS_OUTPUT_SAMPLE_RATE: 24_000,
      WS_MAX_MESSAGE_BYTES: 1_048_576,
      RTVI_FUNCTION_CALL_REPORT_LEVEL: 'name',
    });
    expect(() => loadTransportEnv({ TRANSPORT_OUTPUT_CHUNK_MS: '5' })).toThrow(/TRANSPORT_OUTPUT_CHUNK_MS/);
  });
});
