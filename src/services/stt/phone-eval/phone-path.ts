/**
 * The phone round trip a caller's speech takes before the recognizer hears it, built from the
 * project's own code so it is the path the server really applies: the network side (16 kHz →
 * 8 kHz with the project's resampler, G.711 µ-law, as the Twilio test caller sends it), then the
 * server side as it is done there: TwilioTransport µ-law-decodes each 20 ms media payload, the
 * pipeline runs at 8 kHz (TWILIO_PIPELINE_PARAMS) and SttProcessor resamples to the recognizer's
 * 16 kHz with a streaming Resampler (same class and defaults; any chunking gives the same samples).
 */
import { decodeMulaw, encodeMulaw } from '../../../audio/mulaw.ts';
import { Resampler, resampleInt16 } from '../../../audio/resampler.ts';
import { TWILIO_SAMPLE_RATE } from '../../../transports/twilio/transport.ts';
import { STT_SAMPLE_RATE } from '../types.ts';

/** Twilio Media Streams send 20 ms of µ-law per media message. */
const PAYLOAD_BYTES = 160;

/** What the caller's network delivers: 8 kHz µ-law bytes of 16 kHz speech. */
export function toPhoneMulaw(pcm16k: Int16Array): Uint8Array {
  return encodeMulaw(resampleInt16(pcm16k, STT_SAMPLE_RATE, TWILIO_SAMPLE_RATE));
}

/** The server's side: media payloads decoded and resampled to 16 kHz as the input transport does. */
export function fromPhoneMulaw(mulaw: Uint8Array): Int16Array {
  const resampler = new Resampler(TWILIO_SAMPLE_RATE, STT_SAMPLE_RATE);
  const parts: Int16Array[] = [];
  for (let at = 0; at < mulaw.length; at += PAYLOAD_BYTES)
    parts.push(resampler.process(decodeMulaw(mulaw.subarray(at, at + PAYLOAD_BYTES))));
  parts.push(resampler.flush());
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** 16 kHz speech as the recognizer hears it after a phone call. */
export function phoneRoundTrip(pcm16k: Int16Array): Int16Array {
  return fromPhoneMulaw(toPhoneMulaw(pcm16k));
}
