/**
 * Test helper: the documented wire formats of the self-hosted and cloud HTTP TTS providers, as
 * the loopback stand-ins answer them. Shared by each provider's contract suite and the
 * processor-level test that runs them all, so a format is written down once.
 */
import { expect } from 'vitest';
import type { RecordedRequest } from '../http-test-server.ts';
import { type HttpTtsWire, streamingWavHeader } from './http-tts-contract.ts';

/** Piper's http_server: POST / with JSON, a WAV file back (22.05 kHz for medium voices); Flask error pages. */
export const piperWire: HttpTtsWire = {
  text: (r) => {
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/');
    return String(r.json?.text);
  },
  answerRate: () => 22_050,
  head: (r, rate) => {
    r.res.writeHead(200, { 'content-type': 'audio/wav' });
    r.res.write(streamingWavHeader(rate));
  },
  error: (r, status, message) => {
    r.res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    r.res.end(`<!doctype html><title>Error</title><h1>Error</h1><p>${message}</p>`);
  },
};

/** Chatterbox TTS Server's POST /tts: JSON in, a 24 kHz WAV stream out; FastAPI `{detail}` errors. */
export const chatterboxWire: HttpTtsWire = {
  text: (r) => {
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/tts');
    expect(r.json).toMatchObject({ output_format: 'wav', split_text: false, voice_mode: 'predefined' });
    return String(r.json?.text);
  },
  answerRate: () => 24_000,
  head: (r, rate) => {
    r.res.writeHead(200, { 'content-type': 'audio/wav' });
    r.res.write(streamingWavHeader(rate));
  },
  error: (r, status, message) => {
    r.res.writeHead(status, { 'content-type': 'application/json' });
    r.res.end(JSON.stringify({ detail: message }));
  },
};

/**
 * Polly's REST-JSON wire format as the SDK speaks it: POST /v1/speech signed with SigV4, the
 * audio as the body (`audio/pcm` at the requested SampleRate), errors as a status with
 * `x-amzn-ErrorType` and `{message}`.
 */
export const pollyWire: HttpTtsWire = {
  text: (r) => {
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/v1/speech');
    expect(String(r.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\//);
    expect(r.json).toMatchObject({ OutputFormat: 'pcm', Engine: 'neural', VoiceId: 'Joanna' });
    return String(r.json?.Text);
  },
  answerRate: (r: RecordedRequest) => Number(r.json?.SampleRate),
  head: (r) => {
    r.res.writeHead(200, { 'content-type': 'audio/pcm', 'x-amzn-requestcharacters': '10' });
  },
  error: (r, status, message) => {
    const type =
      status === 403
        ? 'UnrecognizedClientException'
        : status === 429
          ? 'ThrottlingException'
          : status >= 500
            ? 'ServiceFailureException'
            : 'InvalidSampleRateException';
    r.res.writeHead(status, {
      'content-type': 'application/json',
      'x-amzn-errortype': `${type}:http://internal`,
    });
    r.res.end(JSON.stringify({ message }));
  },
};

/** PollyTtsService options against a stand-in at `endpoint` (the credentials pollyWire checks). */
export const pollyOptions = (endpoint: string, o: { timeoutMs: number; maxRetries: number }) => ({
  region: 'eu-west-1',
  endpoint,
  credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
  voices: { en: 'Joanna', es: 'Lucia' },
  engine: 'neural' as const,
  speed: 1,
  ...o,
});
