/**
 * Transport costs on the server: wire codecs per message, and the CPU the output side spends
 * per second of bot audio (resample, chunk, encode, pace on a FakeClock so only CPU is measured).
 */
import { decodeMulaw, encodeMulaw } from '../audio/mulaw.ts';
import type { BenchOptions, BenchTable } from '../bench/table.ts';
import { createFrame, FakeClock, Pipeline, PipelineTask } from '../pipeline/index.ts';
import { settle } from '../pipeline/testing.ts';
import { FakeConnection, tone } from './testing.ts';
import { mediaMessage, twilioInboundEvent } from './twilio/messages.ts';
import { decodeFrame, encodeAudioFrame, encodeMessageFrame } from './websocket/protobuf.ts';
import { WebSocketTransport } from './websocket/transport.ts';

function timeUs(iterations: number, fn: () => void): number {
  for (let i = 0; i < Math.min(100, iterations); i++) fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return ((performance.now() - t0) * 1000) / iterations;
}

function codecTable(quick: boolean): BenchTable {
  const n = quick ? 200 : 20_000;
  const chunk24 = new Uint8Array(tone(960, 24_000).buffer);
  const mic = encodeAudioFrame(new Uint8Array(tone(256, 16_000).buffer), 16_000);
  const rtviMsg = {
    label: 'rtvi-ai',
    type: 'bot-output',
    data: { text: 'Here are three red running shoes.' },
  };
  const chunk8 = tone(320, 8000);
  const inbound = JSON.stringify({
    event: 'media',
    streamSid: 'MZ1',
    media: { track: 'inbound', payload: Buffer.from(encodeMulaw(tone(160, 8000))).toString('base64') },
  });
  const rows: (string | number)[][] = [
    [
      'protobuf encode: 40 ms 24 kHz audio (1920 B)',
      n,
      round(timeUs(n, () => encodeAudioFrame(chunk24, 24_000))),
    ],
    ['protobuf decode: client mic frame (512 B)', n, round(timeUs(n, () => decodeFrame(mic)))],
    ['protobuf encode: RTVI bot-output message', n, round(timeUs(n, () => encodeMessageFrame(rtviMsg)))],
    [
      'Twilio out: 40 ms µ-law + base64 JSON',
      n,
      round(timeUs(n, () => mediaMessage('MZ1', encodeMulaw(chunk8)))),
    ],
    [
      'Twilio in: JSON + zod + base64 + µ-law decode (20 ms)',
      n,
      round(
        timeUs(n, () => {
          const ev = twilioInboundEvent.parse(JSON.parse(inbound));
          if (ev.event === 'media') decodeMulaw(Buffer.from(ev.media.payload, 'base64'));
        }),
      ),
    ],
  ];
  return { title: 'Transport wire codecs', columns: ['operation', 'iterations', 'µs/op'], rows };
}

async function outputTable(quick: boolean): Promise<BenchTable> {
  const seconds = quick ? 2 : 60;
  const clock = new FakeClock();
  const conn = new FakeConnection(clock);
  const transport = new WebSocketTransport({ connection: conn, clock });
  const task = new PipelineTask(new Pipeline([transport.input, transport.output]), {
    clock,
    idleTimeoutMs: null,
  });
  await task.start();
  // TTS delivers 16 kHz audio in 100 ms pieces, the output resamples to 24 kHz and paces it.
  const piece = tone(1600, 16_000);
  const t0 = performance.now();
  for (let i = 0; i < seconds * 10; i++) {
    task.queueFrames(createFrame('output-audio', { audio: piece, sampleRate: 16_000, channels: 1 }, clock));
  }
  task.queueFrames(createFrame('tts-stopped', {}, clock));
  await settle();
  while (transport.output.queuedMs > 0 || transport.output.speaking) await clock.advance(1000);
  const cpuMs = performance.now() - t0;
  const chunks = transport.stats.audioFramesOut;
  await task.cancel();
  return {
    title: 'WebSocket output side: CPU per second of bot audio (16 kHz TTS → 24 kHz paced chunks)',
    columns: ['audio s', 'chunks sent', 'CPU ms total', 'CPU ms per audio s', '% of one core'],
    rows: [[seconds, chunks, round(cpuMs), round(cpuMs / seconds), round((cpuMs / seconds / 1000) * 100)]],
    notes: [
      'FakeClock: pacing waits cost nothing here, so this is pure processing (resampler, chunking, protobuf).',
    ],
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export async function runTransportBench(opts: BenchOptions): Promise<BenchTable[]> {
  return [codecTable(opts.quick), await outputTable(opts.quick)];
}
