/** One call the server makes per Twilio media stream (mirror of createWebSocketSession). */
import type { Clock } from '../../pipeline/index.ts';
import { loadTransportEnv, type TransportEnv } from '../config.ts';
import type { TransportConnection } from '../connection.ts';
import { TwilioTransport } from './transport.ts';

export interface TwilioSessionOptions {
  connection: TransportConnection;
  clock?: Clock;
  env?: TransportEnv;
  name?: string;
}

export function createTwilioSession(opts: TwilioSessionOptions): TwilioTransport {
  const env = opts.env ?? loadTransportEnv({});
  return new TwilioTransport({
    connection: opts.connection,
    clock: opts.clock,
    name: opts.name,
    chunkMs: env.TRANSPORT_OUTPUT_CHUNK_MS,
    silenceStopMs: env.TRANSPORT_BOT_SILENCE_STOP_MS,
    leadMs: env.TRANSPORT_OUTPUT_LEAD_MS,
  });
}

/** Twilio streams 8 kHz: run the pipeline at 8 kHz both ways unless STT/TTS need otherwise. */
export const TWILIO_PIPELINE_PARAMS = { audioInSampleRate: 8000, audioOutSampleRate: 8000 } as const;
