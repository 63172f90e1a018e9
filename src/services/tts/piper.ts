/**
 * Piper's HTTP server (`python3 -m piper.http_server -m en_US-lessac-medium`): `POST /` with
 * `{text, voice?, speaker?, length_scale}` answers a WAV file at the voice's own rate (16 or
 * 22.05 kHz), read as it arrives and resampled to the transport's rate. The voice is the
 * session's when it names a Piper voice, else PIPER_VOICE_EN / PIPER_VOICE_ES by language,
 * else the server's `-m` voice.
 */
import { z } from 'zod';
import { ServiceError } from '../service-base.ts';
import {
  audioBody,
  fetchError,
  HttpSpeechService,
  httpError,
  type SpeechBody,
  type SpeechRequest,
  ttsMaxRetries,
} from './http-speech.ts';
import { defineTtsProvider } from './provider.ts';
import type { TtsDeps } from './types.ts';

const PROVIDER = 'piper';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

export const piperTtsEnvSchema = z.object({
  PIPER_URL: z
    .url()
    .default('http://127.0.0.1:5000')
    .describe('Piper HTTP server (`python3 -m piper.http_server`)'),
  PIPER_VOICE_EN: optionalString.describe(
    "Piper voice for English (en_US-lessac-medium); default: the server's -m voice",
  ),
  PIPER_VOICE_ES: optionalString.describe('Piper voice for Spanish (es_ES-davefx-medium, es_MX-claude-high)'),
  PIPER_SPEAKER: optionalString.describe('Speaker name of a multi-speaker Piper voice'),
  TTS_MAX_RETRIES: ttsMaxRetries,
});

export type PiperTtsEnv = z.infer<typeof piperTtsEnvSchema>;

export interface PiperTtsOptions {
  url: string;
  voices: { en?: string | undefined; es?: string | undefined };
  speaker?: string | undefined;
  speed: number;
  timeoutMs: number;
  maxRetries: number;
}

export class PiperTtsService extends HttpSpeechService {
  readonly #opts: PiperTtsOptions;

  constructor(opts: PiperTtsOptions, deps: TtsDeps = {}) {
    super({
      provider: PROVIDER,
      model: 'piper',
      timeoutMs: opts.timeoutMs,
      maxRetries: opts.maxRetries,
      clock: deps.clock,
    });
    this.#opts = opts;
  }

  protected async request(req: SpeechRequest): Promise<SpeechBody> {
    const lang = req.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
    const voice = req.voice ?? this.#opts.voices[lang];
    const url = this.#opts.url;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: req.text,
        ...(voice ? { voice } : {}),
        ...(this.#opts.speaker ? { speaker: this.#opts.speaker } : {}),
        // Piper's speed is a duration factor: larger is slower.
        length_scale: Math.round((1 / this.#opts.speed) * 1000) / 1000,
      }),
      signal: req.signal,
    }).catch((err: unknown) => {
      throw fetchError(PROVIDER, url, err, req.signal);
    });
    if (!res.ok) throw await httpError(PROVIDER, res);
    return audioBody(PROVIDER, res, 'wav');
  }
}

export const piperTts = defineTtsProvider({
  name: 'piper',
  configSchema: piperTtsEnvSchema,
  async create(config, deps) {
    const e = config.options;
    if (!/^https?:$/.test(new URL(e.PIPER_URL).protocol))
      throw new ServiceError('PIPER_URL must be an http(s) URL', { kind: 'config', provider: PROVIDER });
    return new PiperTtsService(
      {
        url: e.PIPER_URL,
        voices: { en: e.PIPER_VOICE_EN, es: e.PIPER_VOICE_ES },
        speaker: e.PIPER_SPEAKER,
        speed: config.speed,
        timeoutMs: config.timeoutMs,
        maxRetries: e.TTS_MAX_RETRIES,
      },
      deps,
    );
  },
});
