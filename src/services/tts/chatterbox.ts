/**
 * Chatterbox TTS Server's native endpoint (`POST {CHATTERBOX_URL}/tts`): `{text, voice_mode,
 * predefined_voice_id | reference_audio_filename, output_format: "wav", split_text: false,
 * speed_factor, language, exaggeration?, cfg_weight?, temperature?}` answers a WAV stream
 * (24 kHz), resampled to the transport's rate. Sentences arrive one at a time from our
 * tokenizer, so the server's own text splitting stays off.
 */
import { z } from 'zod';
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

const PROVIDER = 'chatterbox';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());
const optionalNumber = (min: number, max: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().min(min).max(max).optional());

export const chatterboxTtsEnvSchema = z.object({
  CHATTERBOX_URL: z
    .url()
    .default('http://127.0.0.1:8004')
    .describe('Chatterbox TTS Server (its native /tts endpoint)'),
  CHATTERBOX_VOICE: optionalString.describe(
    "Predefined voice file (Emily.wav), or the reference audio file in clone mode; default: the server's",
  ),
  CHATTERBOX_VOICE_MODE: z
    .enum(['predefined', 'clone'])
    .default('predefined')
    .describe('How CHATTERBOX_VOICE is used'),
  CHATTERBOX_EXAGGERATION: optionalNumber(0, 2).describe('Emotion exaggeration (server default 0.5)'),
  CHATTERBOX_CFG_WEIGHT: optionalNumber(0, 1).describe(
    'Classifier-free guidance weight (server default 0.5)',
  ),
  CHATTERBOX_TEMPERATURE: optionalNumber(0, 2).describe('Sampling temperature (server default 0.8)'),
  TTS_MAX_RETRIES: ttsMaxRetries,
});

export type ChatterboxTtsEnv = z.infer<typeof chatterboxTtsEnvSchema>;

export interface ChatterboxTtsOptions {
  url: string;
  voice?: string | undefined;
  voiceMode: 'predefined' | 'clone';
  exaggeration?: number | undefined;
  cfgWeight?: number | undefined;
  temperature?: number | undefined;
  speed: number;
  timeoutMs: number;
  maxRetries: number;
}

export class ChatterboxTtsService extends HttpSpeechService {
  readonly #opts: ChatterboxTtsOptions;
  readonly #url: string;

  constructor(opts: ChatterboxTtsOptions, deps: TtsDeps = {}) {
    super({
      provider: PROVIDER,
      model: 'chatterbox',
      timeoutMs: opts.timeoutMs,
      maxRetries: opts.maxRetries,
      clock: deps.clock,
    });
    this.#opts = opts;
    this.#url = `${opts.url.replace(/\/+$/, '')}/tts`;
  }

  protected async request(req: SpeechRequest): Promise<SpeechBody> {
    const o = this.#opts;
    const voice = req.voice ?? o.voice;
    const voiceField = o.voiceMode === 'clone' ? 'reference_audio_filename' : 'predefined_voice_id';
    const language = req.language?.split('-')[0]?.toLowerCase();
    const res = await fetch(this.#url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: req.text,
        voice_mode: o.voiceMode,
        ...(voice ? { [voiceField]: voice } : {}),
        output_format: 'wav',
        split_text: false,
        speed_factor: o.speed,
        ...(language ? { language } : {}),
        ...(o.exaggeration === undefined ? {} : { exaggeration: o.exaggeration }),
        ...(o.cfgWeight === undefined ? {} : { cfg_weight: o.cfgWeight }),
        ...(o.temperature === undefined ? {} : { temperature: o.temperature }),
      }),
      signal: req.signal,
    }).catch((err: unknown) => {
      throw fetchError(PROVIDER, this.#url, err, req.signal);
    });
    if (!res.ok) throw await httpError(PROVIDER, res);
    return audioBody(PROVIDER, res, 'wav');
  }
}

export const chatterboxTts = defineTtsProvider({
  name: 'chatterbox',
  configSchema: chatterboxTtsEnvSchema,
  async create(config, deps) {
    const e = config.options;
    return new ChatterboxTtsService(
      {
        url: e.CHATTERBOX_URL,
        voice: e.CHATTERBOX_VOICE,
        voiceMode: e.CHATTERBOX_VOICE_MODE,
        exaggeration: e.CHATTERBOX_EXAGGERATION,
        cfgWeight: e.CHATTERBOX_CFG_WEIGHT,
        temperature: e.CHATTERBOX_TEMPERATURE,
        speed: config.speed,
        timeoutMs: config.timeoutMs,
        maxRetries: e.TTS_MAX_RETRIES,
      },
      deps,
    );
  },
});
