import { describe, expect, it } from 'vitest';
import {
  type Clock,
  createFrame,
  type Direction,
  FakeClock,
  type Frame,
  FrameProcessor,
  Pipeline,
} from '../../pipeline/index.ts';
import { runProcessorTest } from '../../pipeline/testing.ts';
import { serverMessage } from '../../rtvi/messages.ts';
import { tone } from '../testing.ts';
import type { OpusCodec } from './opus.ts';
import { OpusSender, type RtpOut } from './opus-sender.ts';
import type { PeerState } from './peer.ts';
import { type TransportPeer, WebRtcTransport } from './transport.ts';

/** Encodes a frame as its sample count and first sample, so tests can see what was sent. */
function fakeCodec(sampleRate: 24_000 | 16_000 = 24_000): OpusCodec {
  return {
    backend: 'opusscript',
    sampleRate,
    encode: (pcm) =>
      new Uint8Array(new Int16Array([pcm.length, pcm[0] ?? 0, pcm.some((s) => s !== 0) ? 1 : 0]).buffer),
    decode: (packet) =>
      new Int16Array(packet.buffer.slice(packet.byteOffset, packet.byteOffset + packet.byteLength)),
    close: () => {},
  };
}

let nextPc = 1;
class FakePeer implements TransportPeer {
  readonly pcId = `pc-fake-${nextPc++}`;
  readonly sender: OpusSender;
  readonly packets: RtpOut[] = [];
  readonly sent: string[] = [];
  onAudio: (pcm: Int16Array, sampleRate: number) => void = () => {};
  onMessage: (data: string) => void = () => {};
  onChannelOpen: () => void = () => {};
  onChannelClose: () => void = () => {};
  onState: (state: PeerState) => void = () => {};
  state: PeerState = 'new';
  channelOpen = false;
  closed = false;
  offers = 0;
  constructor(clock: Clock) {
    this.sender = new OpusSender({ codec: fakeCodec(), clock, send: (p) => this.packets.push(p) });
  }
  async answer(): Promise<string> {
    this.offers++;
    return 'v=0\r\n';
  }
  async addCandidates(): Promise<void> {}
  send(data: string): boolean {
    if (!this.channelOpen) return false;
    this.sent.push(data);
    return true;
  }
  async close(): Promise<void> {
    this.closed = true;
    this.sender.stop();
  }
  // test controls
  connect(): void {
    this.state = 'connected';
    this.onState('connected');
    this.sender.start();
    this.channelOpen = true;
    this.onChannelOpen();
  }
  setState(state: PeerState): void {
    this.state = state;
    this.onState(state);
  }
  json(): unknown[] {
    return this.sent.map((s) => JSON.parse(s));
  }
}

function setup(opts: { pingTimeoutMs?: number; reconnectGraceMs?: number; connectTimeoutMs?: number } = {}) {
  const clock = new FakeClock();
  const peers: FakePeer[] = [];
  const gone: string[] = [];
  const transport = new WebRtcTransport({
    clock,
    outputSampleRate: 24_000,
    createPeer: () => {
      const p = new FakePeer(clock);
      peers.push(p);
      return p;
    },
    ...opts,
  });
  transport.onClientGone((reason) => gone.push(reason));
  return { clock, peers, gone, transport };
}

describe('WebRtcTransport data channel', () => {
  it('queues RTVI messages until the channel opens (at most 50), then sends them in order', async () => {
    const { peers, transport } = setup();
    await transport.handleOffer('v=0', false);
    for (let i = 0; i < 60; i++) transport.sendRtvi(serverMessage('server-message', { i }));
    peers[0]!.connect();
    const sent = peers[0]!.json() as { data: { i: number } }[];
    expect(sent).toHaveLength(50);
    expect(sent.map((m) => m.data.i)).toEqual([...Array(50).keys()]);
    expect(transport.stats.droppedOut).toBe(10);
  });

  it('handles trackStatus and pings, routes RTVI to the pipeline, answers garbage with a non-fatal error', async () => {
    const { peers, transport } = setup();
    await transport.handleOffer('v=0', false);
    const peer = peers[0]!;
    peer.connect();
    peer.onMessage(
      JSON.stringify({
        type: 'signalling',
        message: { type: 'trackStatus', receiver_index: 1, enabled: false },
      }),
    );
    peer.onMessage('ping: 1700000000000');
    peer.onMessage(
      JSON.stringify({ label: 'rtvi-ai', type: 'client-ready', id: 'a1', data: { version: '2.1.0' } }),
    );
    peer.onMessage('{oops');
    expect(transport.trackStatus.get(1)).toBe(false);
    expect(transport.stats).toMatchObject({ pings: 1, rtviIn: 1, malformed: 1 });
    expect(peer.json()).toEqual([
      expect.objectContaining({ type: 'error', data: expect.objectContaining({ fatal: false }) }),
    ]);
  });

  it('asks the client to renegotiate', async () => {
    const { peers, transport } = setup();
    await transport.handleOffer('v=0', false);
    peers[0]!.connect();
    transport.requestRenegotiation();
    expect(peers[0]!.json()).toEqual([{ type: 'signalling', message: { type: 'renegotiate' } }]);
  });
});

describe('WebRtcTransport liveness', () => {
  it('declares the client gone 3 s after its last ping, and not before pings started', async () => {
    const { clock, peers, gone, transport } = setup({ pingTimeoutMs: 3000 });
    await transport.handleOffer('v=0', false);
    peers[0]!.connect();
    await clock.advance(10_000); // never pinged: no verdict
    expect(gone).toEqual([]);
    for (let i = 0; i < 5; i++) {
      peers[0]!.onMessage(`ping: ${i}`);
      await clock.advance(1000);
    }
    expect(gone).toEqual([]);
    await clock.advance(2100);
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatch(/no keepalive ping/);
    expect(peers[0]!.closed).toBe(true);
  });

  it('gives a failed connection the grace period to come back with restart_pc', async () => {
    const { clock, peers, gone, transport } = setup({ reconnectGraceMs: 5000, pingTimeoutMs: 0 });
    await transport.handleOffer('v=0', false);
    peers[0]!.connect();
    peers[0]!.setState('failed');
    await clock.advance(3000);
    const restarted = await transport.handleOffer('v=0', true);
    expect(restarted.pcId).toBe(peers[1]!.pcId);
    expect(peers[0]!.closed).toBe(true);
    peers[1]!.connect();
    peers[0]!.setState('closed'); // the old peer's events no longer matter
    await clock.advance(10_000);
    expect(gone).toEqual([]);
    expect(transport.stats.restarts).toBe(1);

    peers[1]!.setState('failed');
    await clock.advance(5000);
    expect(gone).toEqual(['ICE failed, no restart']);
  });

  it('gives up on a peer that never connects', async () => {
    const { clock, gone, transport } = setup({ connectTimeoutMs: 2000 });
    await transport.handleOffer('v=0', false);
    await clock.advance(2000);
    expect(gone).toEqual(['peer never connected']);
  });

  it('says peerLeft before hanging up, and leaves no timers behind', async () => {
    const { clock, peers, transport } = setup();
    await transport.handleOffer('v=0', false);
    peers[0]!.connect();
    peers[0]!.onMessage('ping: 1');
    const closing = transport.close('session ended');
    await clock.advance(200);
    await closing;
    expect(peers[0]!.json()).toEqual([{ type: 'signalling', message: { type: 'peerLeft' } }]);
    expect(peers[0]!.closed).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });
});

describe('WebRtcTransport output', () => {
  it('feeds paced bot audio to the 20 ms Opus sender and drops it on barge-in', async () => {
    const clock = new FakeClock();
    const { peers, transport } = (() => {
      const peers: FakePeer[] = [];
      const transport = new WebRtcTransport({
        clock,
        outputSampleRate: 24_000,
        pingTimeoutMs: 0,
        createPeer: () => {
          const p = new FakePeer(clock);
          peers.push(p);
          return p;
        },
      });
      return { peers, transport };
    })();
    await transport.handleOffer('v=0', false);
    peers[0]!.connect();
    const peer = peers[0]!;
    const speech = () => peer.packets.filter((p) => new Int16Array(p.payload.buffer)[2] === 1).length;
    let atInterrupt = 0;
    await runProcessorTest(
      transport.output,
      [
        createFrame('output-audio', { audio: tone(24_000, 24_000), sampleRate: 24_000, channels: 1 }, clock),
        { sleepMs: 400 },
        createFrame('interruption', {}, clock),
        {
          run: () => {
            atInterrupt = speech();
          },
        },
        { sleepMs: 1000 },
      ],
      { clock, sendEnd: false },
    );
    // 400 ms of a 1 s reply played as 20 ms speech frames; nothing after the barge-in but silence.
    expect(atInterrupt).toBeGreaterThanOrEqual(19);
    expect(atInterrupt).toBeLessThanOrEqual(22);
    expect(speech()).toBe(atInterrupt);
    expect(peer.sender.queuedSamples).toBe(0);
    // Every packet advances the RTP clock by 960 and the sequence by one.
    const seqs = peer.packets.map((p) => p.sequenceNumber);
    const stamps = peer.packets.map((p) => p.timestamp);
    for (let i = 1; i < seqs.length; i++) {
      expect((seqs[i]! - seqs[i - 1]! + 0x10000) & 0xffff).toBe(1);
      expect((stamps[i]! - stamps[i - 1]! + 2 ** 32) % 2 ** 32).toBe(960);
    }
  });

  it('says the bot stopped speaking only after the Opus sender sent the last frame, even when its timer runs late', async () => {
    const clock = new FakeClock();
    // The sender's timers fire 50 ms late (a loaded event loop): its queue lags the output
    // transport's own schedule, which alone would end the turn with frames still queued.
    const late: Clock = {
      now: () => clock.now(),
      setTimer: (fn, ms) => clock.setTimer(fn, ms + 50),
      sleep: (ms, signal) => clock.sleep(ms, signal),
    };
    const peers: FakePeer[] = [];
    const transport = new WebRtcTransport({
      clock,
      outputSampleRate: 24_000,
      pingTimeoutMs: 0,
      createPeer: () => {
        const p = new FakePeer(late);
        peers.push(p);
        return p;
      },
    });
    await transport.handleOffer('v=0', false);
    peers[0]!.connect();
    const peer = peers[0]!;
    const speech = () => peer.packets.filter((p) => new Int16Array(p.payload.buffer)[2] === 1).length;
    const atStop: number[] = [];
    class Probe extends FrameProcessor {
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'bot-stopped-speaking' && direction === 'downstream') atStop.push(speech());
        this.push(frame, direction);
      }
    }
    await runProcessorTest(
      new Pipeline([transport.output, new Probe({ name: 'probe' })]),
      [
        createFrame('tts-started', {}, clock),
        createFrame('tts-text', { text: 'three hundred milliseconds' }, clock),
        createFrame('output-audio', { audio: tone(7_200, 24_000), sampleRate: 24_000, channels: 1 }, clock),
        createFrame('tts-stopped', {}, clock),
        { sleepMs: 1000 },
      ],
      { clock, sendEnd: false },
    );
    // 300 ms at 24 kHz is 15 frames of 20 ms: all of them had left when the turn ended.
    expect(atStop).toEqual([15]);
    expect(peer.sender.queuedSamples).toBe(0);
    peer.sender.stop();
  });
});

describe('OpusSender', () => {
  it('whenDrained resolves once the queued audio was sent, at once when idle, and on clear or stop', async () => {
    const clock = new FakeClock();
    const packets: RtpOut[] = [];
    const sender = new OpusSender({ codec: fakeCodec(), clock, send: (p) => packets.push(p) });
    await sender.whenDrained(); // not running: nothing will be sent, nothing to wait for
    sender.start();
    sender.write(tone(480 * 3, 24_000));
    let drained = false;
    void sender.whenDrained().then(() => {
      drained = true;
    });
    await clock.advance(30);
    expect(drained).toBe(false);
    await clock.advance(30);
    expect(drained).toBe(true);
    expect(packets.filter((p) => new Int16Array(p.payload.buffer)[2] === 1)).toHaveLength(3);
    sender.write(tone(480 * 10, 24_000));
    const cleared = sender.whenDrained();
    sender.clear();
    await cleared;
    sender.write(tone(480 * 10, 24_000));
    const stopped = sender.whenDrained();
    sender.stop();
    await stopped;
  });

  it('sends one 20 ms frame per 20 ms, silence when idle, and skips ahead after a stall', async () => {
    const fake = new FakeClock();
    let stall = 0;
    // A clock whose reading can jump ahead of its timers: what a blocked event loop looks like.
    const clock = {
      ...fake,
      now: () => fake.now() + stall,
      setTimer: fake.setTimer.bind(fake),
      sleep: fake.sleep.bind(fake),
    };
    const packets: RtpOut[] = [];
    const sender = new OpusSender({
      codec: fakeCodec(),
      clock,
      send: (p) => packets.push(p),
      random: () => 0,
    });
    sender.write(tone(480 * 3 + 100, 24_000)); // three frames and a partial one
    sender.start();
    await fake.advance(190);
    const sizes = packets.map((p) => new Int16Array(p.payload.buffer));
    expect(packets.length).toBeGreaterThanOrEqual(10);
    expect(packets.length).toBeLessThanOrEqual(11);
    expect(sizes.every((s) => s[0] === 480)).toBe(true);
    expect(sizes.slice(0, 4).every((s) => s[2] === 1)).toBe(true); // the partial frame is padded, not dropped
    expect(sizes.slice(4).every((s) => s[2] === 0)).toBe(true);
    expect(packets[0]!.timestamp).toBe(0);
    expect(packets[4]!.marker).toBe(false);
    expect(sender.stats.resyncs).toBe(0);

    const sent = packets.length;
    stall = 500; // 25 frames late
    await fake.advance(20);
    expect(sender.stats.resyncs).toBe(1);
    expect(packets.length - sent).toBeLessThanOrEqual(2); // no burst of 25
    const last = packets.at(-1)!;
    const prev = packets.at(-2)!;
    expect((last.timestamp - prev.timestamp) / 960).toBeGreaterThan(20); // the RTP clock skipped ahead with it
    sender.stop();
    expect(fake.pendingTimers).toBe(0);
  });

  it('marks the first packet of a talk spurt', async () => {
    const clock = new FakeClock();
    const packets: RtpOut[] = [];
    const sender = new OpusSender({ codec: fakeCodec(), clock, send: (p) => packets.push(p) });
    sender.start();
    await clock.advance(100);
    const before = packets.length;
    sender.write(tone(960, 24_000));
    await clock.advance(60);
    expect(packets[before]!.marker).toBe(true);
    expect(packets[before + 1]!.marker).toBe(false);
    sender.stop();
  });
});
