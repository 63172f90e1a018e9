/**
 * SmallWebRTC costs: Opus codec time per 20 ms frame for each backend (the server's share of a
 * stream), and real werift sessions on loopback: offer → data channel open, and CPU per duplex
 * stream (client mic Opus in, bot Opus out, both paced at real time).
 */
import { MediaStreamTrack, RTCPeerConnection, RTCRtpCodecParameters, RtpHeader, RtpPacket } from 'werift';
import type { BenchOptions, BenchTable } from '../../bench/table.ts';
import { logger } from '../../log/logger.ts';
import { systemClock } from '../../pipeline/clock.ts';
import { tone } from '../testing.ts';
import { createOpusCodec, loadNativeOpus, type OpusBackend, type OpusRate, warmOpus } from './opus.ts';
import { WebRtcPeer } from './peer.ts';

const FRAME_BUDGET_US = 20_000;

function codecRows(backend: OpusBackend, frames: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const cases: { op: 'encode' | 'decode'; rate: OpusRate; why: string }[] = [
    { op: 'encode', rate: 24_000, why: 'bot audio out (default)' },
    { op: 'encode', rate: 48_000, why: 'bot audio out at 48 kHz' },
    { op: 'decode', rate: 16_000, why: 'mic in, straight to 16 kHz' },
  ];
  const mic = createOpusCodec({ sampleRate: 48_000, backend });
  const micPackets = Array.from({ length: 50 }, (_, i) => mic.encode(tone(960, 48_000, 200 + i * 10)));
  mic.close();
  for (const c of cases) {
    const codec = createOpusCodec({ sampleRate: c.rate, backend });
    warmOpus(codec);
    const pcm = tone(c.rate / 50, c.rate, 300, 6000);
    // Let the JIT / WASM tier-up settle: the first case would otherwise pay for everyone.
    for (let i = 0; i < Math.min(frames, 200); i++) {
      if (c.op === 'encode') codec.encode(pcm);
      else codec.decode(micPackets[i % micPackets.length]!);
    }
    const t0 = performance.now();
    for (let i = 0; i < frames; i++) {
      if (c.op === 'encode') codec.encode(pcm);
      else codec.decode(micPackets[i % micPackets.length]!);
    }
    const us = ((performance.now() - t0) * 1000) / frames;
    codec.close();
    rows.push([
      backend,
      `${c.op} ${c.rate / 1000} kHz`,
      c.why,
      Number(us.toFixed(1)),
      Number(((us / FRAME_BUDGET_US) * 100).toFixed(2)),
    ]);
  }
  return rows;
}

interface Pair {
  server: WebRtcPeer;
  client: RTCPeerConnection;
  mic: MediaStreamTrack;
  connectMs: number;
  botPackets: number;
}

async function connectPair(backend: OpusBackend): Promise<Pair> {
  const t0 = performance.now();
  const server = new WebRtcPeer({
    clock: systemClock,
    log: logger,
    loopbackOnly: true,
    opusBackend: backend,
    outputSampleRate: 24_000,
    inputSampleRate: 16_000,
  });
  const client = new RTCPeerConnection({
    iceUseIpv6: false,
    iceAdditionalHostAddresses: ['127.0.0.1'],
    codecs: {
      audio: [
        new RTCRtpCodecParameters({
          mimeType: 'audio/opus',
          clockRate: 48_000,
          channels: 2,
          payloadType: 111,
        }),
      ],
    },
  });
  const mic = new MediaStreamTrack({ kind: 'audio' });
  client.addTransceiver(mic, { direction: 'sendrecv' });
  const pair: Pair = { server, client, mic, connectMs: 0, botPackets: 0 };
  client.onTrack.subscribe((t) => t.onReceiveRtp.subscribe(() => pair.botPackets++));
  const channel = client.createDataChannel('chat', { ordered: true });
  const open = new Promise<void>((resolve) =>
    channel.stateChanged.subscribe((s) => s === 'open' && resolve()),
  );
  await client.setLocalDescription(await client.createOffer());
  const answer = await server.answer(client.localDescription!.sdp);
  await client.setRemoteDescription({ type: 'answer', sdp: answer });
  await open;
  pair.connectMs = performance.now() - t0;
  return pair;
}

/** Runs `streams` duplex streams for `seconds`: client sends a tone, server sends continuous bot speech. */
async function streamRows(
  backend: OpusBackend,
  streams: number,
  seconds: number,
): Promise<(string | number)[]> {
  const pairs: Pair[] = [];
  for (let i = 0; i < streams; i++) pairs.push(await connectPair(backend));
  const micEncoder = createOpusCodec({ sampleRate: 48_000, backend });
  const micPacket = Buffer.from(micEncoder.encode(tone(960, 48_000)));
  micEncoder.close();
  let seq = 0;
  const botPcm = tone(24_000 * seconds, 24_000, 220, 6000);
  for (const p of pairs) p.server.sender.write(botPcm);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // Client mic: 20 ms packets (pre-encoded: the client's encoder is not the server's cost).
  const timer = setInterval(() => {
    seq++;
    for (const p of pairs)
      p.mic.writeRtp(
        new RtpPacket(
          new RtpHeader({ payloadType: 111, sequenceNumber: seq & 0xffff, timestamp: seq * 960 }),
          micPacket,
        ),
      );
  }, 20);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  clearInterval(timer);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuPct = ((cpu.user + cpu.system) / 1000 / wall) * 100;
  const row = [
    backend,
    streams,
    Number((pairs.reduce((s, p) => s + p.connectMs, 0) / streams).toFixed(0)),
    Number((cpuPct / streams).toFixed(2)),
    pairs.reduce((s, p) => s + p.server.stats.rtpIn, 0),
    pairs.reduce((s, p) => s + p.botPackets, 0),
    pairs.reduce((s, p) => s + p.server.stats.decodeErrors, 0),
  ];
  for (const p of pairs) {
    await p.client.close();
    await p.server.close();
  }
  return row;
}

export async function runWebRtcBench(opts: BenchOptions): Promise<BenchTable[]> {
  const backends: OpusBackend[] = loadNativeOpus() ? ['opusscript', 'native'] : ['opusscript'];
  const frames = opts.quick ? 50 : 2000;
  const codec: BenchTable = {
    title: 'WebRTC: Opus cost per 20 ms frame (mono)',
    columns: ['backend', 'operation', 'use', 'µs/frame', '% of one core'],
    rows: backends.flatMap((b) => codecRows(b, frames)),
    notes: [
      'native = @discordjs/opus (libopus built from source); opusscript = libopus in WASM.',
      'A duplex stream costs one 24 kHz encode plus one 16 kHz decode per 20 ms on the server.',
    ],
  };
  const sessions: BenchTable = {
    title: 'WebRTC: werift sessions on loopback (server and client peers in one process)',
    columns: [
      'backend',
      'streams',
      'offer→channel open ms',
      'CPU % per stream',
      'mic RTP in',
      'bot RTP out',
      'decode errors',
    ],
    rows: [],
    notes: [
      'CPU is the whole process: server peer (SRTP, Opus decode 16 kHz + encode 24 kHz, 20 ms sender) plus the werift client peer (SRTP only; its mic packets are pre-encoded).',
      'Connect time includes DTLS and SCTP in JavaScript on both sides.',
    ],
  };
  const plan: [number, number][] = opts.quick
    ? [[1, 1]]
    : [
        [1, 5],
        [4, 5],
      ];
  if (!opts.quick) await streamRows(backends[0]!, 1, 1); // warm-up: JIT, DTLS key generation
  for (const b of opts.quick ? backends.slice(0, 1) : backends)
    for (const [streams, seconds] of plan) sessions.rows.push(await streamRows(b, streams, seconds));
  return [codec, sessions];
}
