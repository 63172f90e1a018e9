// Browser test page: the real @pipecat-ai/client-js with @pipecat-ai/small-webrtc-transport.
// Bundled at test time; the test drives it through window.__vs.
import { PipecatClient } from '@pipecat-ai/client-js';
import { SmallWebRTCTransport, WavMediaManager } from '@pipecat-ai/small-webrtc-transport';

const events = [];
const push = (type, data) => events.push({ type, data, at: Date.now() });

// Keep every peer connection the transport makes, to read its stats.
const pcs = [];
const NativePC = window.RTCPeerConnection;
window.RTCPeerConnection = class extends NativePC {
  constructor(...args) {
    super(...args);
    pcs.push(this);
  }
};

const transport = new SmallWebRTCTransport({ mediaManager: new WavMediaManager(512, 16000) });
const client = new PipecatClient({
  transport,
  enableMic: true,
  enableCam: false,
  callbacks: {
    onConnected: () => push('connected'),
    onBotReady: () => push('bot-ready'),
    onUserTranscript: (t) => push('user-transcription', t),
    onServerMessage: (m) => push('server-message', m),
    onBotStartedSpeaking: () => push('bot-started-speaking'),
    onBotStoppedSpeaking: () => push('bot-stopped-speaking'),
    onBotDisconnected: () => push('bot-disconnected'),
    onDisconnected: () => push('disconnected'),
    onError: (e) => push('error', e?.data ?? String(e)),
    onTrackStarted: (track, participant) => {
      if (participant?.local || track.kind !== 'audio') return;
      // Chrome plays a remote WebRTC track (and feeds WebAudio) only when an element consumes it.
      const audio = document.createElement('audio');
      audio.autoplay = true;
      audio.muted = true;
      audio.srcObject = new MediaStream([track]);
      document.body.appendChild(audio);
      meter(track);
      push('bot-track');
    },
  },
});

// Loudest 50 ms block heard on the bot track: proves speech, not just (silence) packets.
const level = { peakRms: 0 };
function meter(track) {
  const ctx = new AudioContext();
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 2048;
  ctx.createMediaStreamSource(new MediaStream([track])).connect(analyser);
  const buf = new Float32Array(analyser.fftSize);
  setInterval(() => {
    analyser.getFloatTimeDomainData(buf);
    let sum = 0;
    for (const v of buf) sum += v * v;
    level.peakRms = Math.max(level.peakRms, Math.sqrt(sum / buf.length));
  }, 50);
}

async function inboundAudio() {
  const out = { packetsReceived: 0, bytesReceived: 0, connectionState: pcs.at(-1)?.connectionState };
  for (const pc of pcs) {
    const stats = await pc.getStats();
    stats.forEach((s) => {
      if (s.type === 'inbound-rtp' && s.kind === 'audio') {
        out.packetsReceived += s.packetsReceived ?? 0;
        out.bytesReceived += s.bytesReceived ?? 0;
      }
    });
  }
  return out;
}

window.__vs = {
  events,
  level,
  inboundAudio,
  async start(endpoint) {
    const t0 = performance.now();
    await client.startBotAndConnect({ endpoint, requestData: { transport: 'webrtc' } });
    return Math.round(performance.now() - t0);
  },
  async stop() {
    await client.disconnect();
  },
};
push('loaded');
