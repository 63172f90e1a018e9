/**
 * One call the server makes per SmallWebRTC session (mirror of createWebSocketSession): the
 * transport, whose peers are built from the env, plus the RTVI pieces wired to the data
 * channel. The caller places `input`, `rtvi` and `output` in its pipeline, adds `observer` to
 * the task, then `transport.attach(task)`; offers go to `transport.handleOffer`.
 */
import { childLogger } from '../../log/logger.ts';
import { type Clock, systemClock } from '../../pipeline/index.ts';
import { ClientFunctionCalls } from '../../rtvi/client-calls.ts';
import { RtviObserver } from '../../rtvi/observer.ts';
import { type ClientMessageHandler, type ClientReadyInfo, RtviProcessor } from '../../rtvi/processor.ts';
import { loadTransportEnv, type TransportEnv } from '../config.ts';
import { loadWebRtcEnv, type WebRtcEnv } from './config.ts';
import { type IceServer, WebRtcPeer } from './peer.ts';
import { WebRtcTransport } from './transport.ts';

export interface WebRtcSessionOptions {
  clock?: Clock;
  env?: TransportEnv;
  webrtcEnv?: WebRtcEnv;
  iceServers?: IceServer[];
  name?: string;
  libraryVersion?: string;
  onClientMessage?: ClientMessageHandler;
  onClientReady?: (info: ClientReadyInfo) => void;
}

export interface WebRtcSession {
  transport: WebRtcTransport;
  rtvi: RtviProcessor;
  observer: RtviObserver;
}

/** Pipeline input rate for WebRTC: the Opus decoder produces it directly. */
export const WEBRTC_INPUT_SAMPLE_RATE = 16_000;

export function createWebRtcSession(opts: WebRtcSessionOptions = {}): WebRtcSession {
  const env = opts.env ?? loadTransportEnv({});
  const rtc = opts.webrtcEnv ?? loadWebRtcEnv({});
  const clock = opts.clock ?? systemClock;
  const name = opts.name ?? 'webrtc';
  const log = childLogger({ component: 'webrtc-transport', transport: name });
  const transport = new WebRtcTransport({
    name,
    clock,
    logger: log,
    outputSampleRate: rtc.WEBRTC_OUTPUT_SAMPLE_RATE,
    silenceStopMs: env.TRANSPORT_BOT_SILENCE_STOP_MS,
    pingTimeoutMs: rtc.WEBRTC_PING_TIMEOUT_MS,
    connectTimeoutMs: rtc.WEBRTC_CONNECT_TIMEOUT_MS,
    reconnectGraceMs: rtc.WEBRTC_RECONNECT_GRACE_MS,
    createPeer: () =>
      new WebRtcPeer({
        clock,
        log,
        iceServers: opts.iceServers ?? [],
        iceLite: rtc.WEBRTC_ICE_LITE,
        hostAddresses: rtc.WEBRTC_HOST_ADDRESSES,
        loopbackOnly: rtc.WEBRTC_LOOPBACK_ONLY,
        portRange: rtc.WEBRTC_PORT_RANGE,
        opusBackend: rtc.WEBRTC_OPUS_BACKEND,
        outputSampleRate: rtc.WEBRTC_OUTPUT_SAMPLE_RATE,
        inputSampleRate: WEBRTC_INPUT_SAMPLE_RATE,
      }),
  });
  const send = transport.sendRtvi.bind(transport);
  // Every tool runs on the server: no client-sent tool result is ever taken.
  const clientCalls = new ClientFunctionCalls();
  const rtvi = new RtviProcessor({
    name: `${name}:rtvi`,
    clock,
    send,
    libraryVersion: opts.libraryVersion,
    onClientMessage: opts.onClientMessage,
    onClientReady: opts.onClientReady,
    clientCalls,
  });
  const observer = new RtviObserver({
    send,
    functionCallReportLevel: env.RTVI_FUNCTION_CALL_REPORT_LEVEL,
    clientCalls,
  });
  return { transport, rtvi, observer };
}
