/**
 * Twilio Media Streams WebSocket messages (JSON text frames). Inbound events are validated with
 * zod; fields we do not use are allowed through (Twilio adds fields over time).
 */
import { z } from 'zod';

const base = { sequenceNumber: z.string().optional(), streamSid: z.string().optional() };

export const connectedEvent = z.looseObject({
  event: z.literal('connected'),
  protocol: z.string().optional(),
});

export const startEvent = z.looseObject({
  event: z.literal('start'),
  ...base,
  start: z.looseObject({
    streamSid: z.string().min(1),
    callSid: z.string().min(1),
    accountSid: z.string().optional(),
    tracks: z.array(z.string()).optional(),
    customParameters: z.record(z.string(), z.string()).optional().default({}),
    mediaFormat: z
      .looseObject({ encoding: z.string(), sampleRate: z.number(), channels: z.number() })
      .optional(),
  }),
});

export const mediaEvent = z.looseObject({
  event: z.literal('media'),
  ...base,
  media: z.looseObject({
    track: z.string().optional(),
    chunk: z.string().optional(),
    timestamp: z.string().optional(),
    payload: z.string().max(64 * 1024),
  }),
});

export const dtmfEvent = z.looseObject({
  event: z.literal('dtmf'),
  ...base,
  dtmf: z.looseObject({ track: z.string().optional(), digit: z.string().regex(/^[0-9*#A-D]$/) }),
});

export const markEvent = z.looseObject({
  event: z.literal('mark'),
  ...base,
  mark: z.looseObject({ name: z.string() }),
});

export const stopEvent = z.looseObject({
  event: z.literal('stop'),
  ...base,
  stop: z.looseObject({ accountSid: z.string().optional(), callSid: z.string().optional() }).optional(),
});

export const twilioInboundEvent = z.discriminatedUnion('event', [
  connectedEvent,
  startEvent,
  mediaEvent,
  dtmfEvent,
  markEvent,
  stopEvent,
]);

export type TwilioInboundEvent = z.infer<typeof twilioInboundEvent>;

export interface TwilioCallInfo {
  streamSid: string;
  callSid: string;
  accountSid: string | undefined;
  customParameters: Record<string, string>;
}

export function mediaMessage(streamSid: string, mulaw: Uint8Array): string {
  const payload = Buffer.from(mulaw.buffer, mulaw.byteOffset, mulaw.byteLength).toString('base64');
  return JSON.stringify({ event: 'media', streamSid, media: { payload } });
}

export function clearMessage(streamSid: string): string {
  return JSON.stringify({ event: 'clear', streamSid });
}

export function markMessage(streamSid: string, name: string): string {
  return JSON.stringify({ event: 'mark', streamSid, mark: { name } });
}
