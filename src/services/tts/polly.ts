/**
 * Amazon Polly through `@aws-sdk/client-polly`: `SynthesizeSpeech` with `OutputFormat: pcm`
 * (signed 16-bit mono little-endian at 8 or 16 kHz, the nearest to the transport's rate, then
 * resampled) read as the body arrives. The SDK's own retries are off (`maxAttempts: 1`) so the
 * shared base policy is the only one; POLLY_ENDPOINT points the client at another endpoint
 * (a VPC endpoint, LocalStack, the test stand-in). TTS_SPEED other than 1 becomes SSML
 * `<prosody rate>`, since plain text has no speed.
 */
import type { PollyClient as PollyClientType, SynthesizeSpeechCommandInput } from '@aws-sdk/client-polly';
import { z } from 'zod';
import { ServiceError } from '../service-base.ts';
import { HttpSpeechService, type SpeechBody, type SpeechRequest, ttsMaxRetries } from './http-speech.ts';
import { defineTtsProvider } from './provider.ts';
import type { TtsDeps } from './types.ts';

const PROVIDER = 'polly';
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

export const pollyTtsEnvSchema = z.object({
  POLLY_REGION: z.string().min(1).default('us-east-1').describe('AWS region of Polly'),
  POLLY_ACCESS_KEY_ID: optionalString.describe(
    "Polly access key id; unset = the AWS SDK's default chain (AWS_ACCESS_KEY_ID…, profile, instance role)",
  ),
  POLLY_SECRET_ACCESS_KEY: optionalString.describe('Polly secret access key'),
  POLLY_SESSION_TOKEN: optionalString.describe('Session token of temporary credentials'),
  POLLY_ENDPOINT: z
    .preprocess((v) => (v === '' ? undefined : v), z.url().optional())
    .describe('Overrides the Polly endpoint (VPC endpoint, LocalStack)'),
  POLLY_VOICE_EN: z.string().min(1).default('Joanna').describe('Polly voice id for English'),
  POLLY_VOICE_ES: z
    .string()
    .min(1)
    .default('Lucia')
    .describe('Polly voice id for Spanish (Lucia, Sergio; Mia, Andres for es-MX)'),
  POLLY_ENGINE: z
    .enum(['standard', 'neural', 'long-form', 'generative'])
    .default('neural')
    .describe('Polly engine (the voice must support it)'),
  TTS_MAX_RETRIES: ttsMaxRetries,
});

export type PollyTtsEnv = z.infer<typeof pollyTtsEnvSchema>;

export interface PollyTtsOptions {
  region: string;
  endpoint?: string | undefined;
  credentials?:
    | { accessKeyId: string; secretAccessKey: string; sessionToken?: string | undefined }
    | undefined;
  voices: { en: string; es: string };
  engine: NonNullable<SynthesizeSpeechCommandInput['Engine']>;
  speed: number;
  timeoutMs: number;
  maxRetries: number;
}

export class PollyTtsService extends HttpSpeechService {
  readonly #opts: PollyTtsOptions;
  #client: Promise<{
    client: PollyClientType;
    Command: typeof import('@aws-sdk/client-polly').SynthesizeSpeechCommand;
  }>;

  constructor(opts: PollyTtsOptions, deps: TtsDeps = {}) {
    super({
      provider: PROVIDER,
      model: opts.engine,
      timeoutMs: opts.timeoutMs,
      maxRetries: opts.maxRetries,
      clock: deps.clock,
    });
    this.#opts = opts;
    // Loaded on first use: the SDK is large and most installs never choose Polly.
    this.#client = import('@aws-sdk/client-polly').then(({ PollyClient, SynthesizeSpeechCommand }) => ({
      client: new PollyClient({
        region: opts.region,
        maxAttempts: 1,
        ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
        ...(opts.credentials ? { credentials: opts.credentials } : {}),
      }),
      Command: SynthesizeSpeechCommand,
    }));
  }

  protected async request(req: SpeechRequest): Promise<SpeechBody> {
    const { client, Command } = await this.#client;
    const lang = req.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
    const rate = req.sampleRate <= 8_000 ? 8_000 : 16_000;
    const speed = this.#opts.speed;
    const ssml = speed !== 1;
    let out: { AudioStream?: unknown; ContentType?: string | undefined };
    try {
      out = await client.send(
        new Command({
          Text: ssml
            ? `<speak><prosody rate="${Math.round(speed * 100)}%">${escapeXml(req.text)}</prosody></speak>`
            : req.text,
          TextType: ssml ? 'ssml' : 'text',
          VoiceId: (req.voice ?? this.#opts.voices[lang]) as SynthesizeSpeechCommandInput['VoiceId'],
          Engine: this.#opts.engine,
          OutputFormat: 'pcm',
          SampleRate: String(rate),
        }),
        { abortSignal: req.signal },
      );
    } catch (err) {
      throw pollyError(err, req.signal);
    }
    const type = out.ContentType ?? '';
    if (!type.startsWith('audio/'))
      throw new ServiceError(
        `${PROVIDER} answered with ${type || 'no content type'} instead of audio; is POLLY_ENDPOINT a Polly endpoint?`,
        { kind: 'bad-request', provider: PROVIDER, retryable: false },
      );
    if (!out.AudioStream || !(Symbol.asyncIterator in (out.AudioStream as object)))
      throw new ServiceError(`${PROVIDER} answered without an audio stream`, {
        kind: 'unavailable',
        provider: PROVIDER,
      });
    return { chunks: out.AudioStream as AsyncIterable<Uint8Array>, format: 'pcm', sampleRate: rate };
  }

  override async close(): Promise<void> {
    await super.close();
    (await this.#client.catch(() => undefined))?.client.destroy();
  }
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );
}

/** SDK failures as typed errors: service exceptions by HTTP status, the rest as network errors. */
function pollyError(err: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason ?? err;
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  if (status && status >= 400)
    return ServiceError.fromHttpStatus(PROVIDER, status, `${e.name}: ${e.message ?? ''}`);
  return new ServiceError(`could not reach ${PROVIDER}: ${e.message ?? String(err)}`, {
    kind: 'network',
    provider: PROVIDER,
    cause: err,
  });
}

export const pollyTts = defineTtsProvider({
  name: 'polly',
  configSchema: pollyTtsEnvSchema,
  async create(config, deps) {
    const e = config.options;
    if (!!e.POLLY_ACCESS_KEY_ID !== !!e.POLLY_SECRET_ACCESS_KEY)
      throw new ServiceError(
        'TTS_PROVIDER=polly needs both POLLY_ACCESS_KEY_ID and POLLY_SECRET_ACCESS_KEY, or neither (the AWS SDK default chain)',
        {
          kind: 'config',
          provider: PROVIDER,
        },
      );
    return new PollyTtsService(
      {
        region: e.POLLY_REGION,
        endpoint: e.POLLY_ENDPOINT,
        credentials:
          e.POLLY_ACCESS_KEY_ID && e.POLLY_SECRET_ACCESS_KEY
            ? {
                accessKeyId: e.POLLY_ACCESS_KEY_ID,
                secretAccessKey: e.POLLY_SECRET_ACCESS_KEY,
                sessionToken: e.POLLY_SESSION_TOKEN,
              }
            : undefined,
        voices: { en: e.POLLY_VOICE_EN, es: e.POLLY_VOICE_ES },
        engine: e.POLLY_ENGINE,
        speed: config.speed,
        timeoutMs: config.timeoutMs,
        maxRetries: e.TTS_MAX_RETRIES,
      },
      deps,
    );
  },
});
