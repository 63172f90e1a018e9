/**
 * One call the server makes per WebSocket client: the transport plus the RTVI pieces wired to
 * its urgent send path. The caller places `input`, `rtvi` and `output` in its pipeline, adds
 * `observer` to the task, then `transport.attach(task)` and `task.start()`.
 */
import type { Clock } from '../../pipeline/index.ts';
import { ClientFunctionCalls } from '../../rtvi/client-calls.ts';
import { RtviObserver } from '../../rtvi/observer.ts';
import { type ClientMessageHandler, type ClientReadyInfo, RtviProcessor } from '../../rtvi/processor.ts';
import { loadTransportEnv, type TransportEnv } from '../config.ts';
import type { TransportConnection } from '../connection.ts';
import { WebSocketTransport } from './transport.ts';

export interface WebSocketSessionOptions {
  connection: TransportConnection;
  clock?: Clock;
  env?: TransportEnv;
  name?: string;
  libraryVersion?: string;
  onClientMessage?: ClientMessageHandler;
  onClientReady?: (info: ClientReadyInfo) => void;
}

export interface WebSocketSession {
  transport: WebSocketTransport;
  rtvi: RtviProcessor;
  observer: RtviObserver;
}

export function createWebSocketSession(opts: WebSocketSessionOptions): WebSocketSession {
  const env = opts.env ?? loadTransportEnv({});
  const transport = new WebSocketTransport({
    connection: opts.connection,
    clock: opts.clock,
    name: opts.name,
    outputSampleRate: env.WS_OUTPUT_SAMPLE_RATE,
    inputSampleRate: env.WS_INPUT_SAMPLE_RATE,
    maxMessageBytes: env.WS_MAX_MESSAGE_BYTES,
    chunkMs: env.TRANSPORT_OUTPUT_CHUNK_MS,
    silenceStopMs: env.TRANSPORT_BOT_SILENCE_STOP_MS,
    leadMs: env.TRANSPORT_OUTPUT_LEAD_MS,
  });
  const send = transport.sendRtvi.bind(transport);
  // Every tool runs on the server: no client-sent tool result is ever taken.
  const clientCalls = new ClientFunctionCalls();
  const rtvi = new RtviProcessor({
    name: `${opts.name ?? 'ws'}:rtvi`,
    clock: opts.clock,
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
