/**
 * What a transport is to the server: a kind, its routes as an encapsulated Fastify plugin, and
 * (inside those routes) a `SessionTransport` — the session's input and output processors plus the
 * lifecycle glue — handed to `host.runSession`. The server implements `TransportHost`; the
 * transport never imports the server. Adding a transport = its folder + one line in the list
 * (src/server/transports.ts).
 */
import type { FastifyPluginAsync, FastifyRequest, preValidationHookHandler } from 'fastify';
import type { Clock } from '../pipeline/clock.ts';
import type { FrameObserver, FrameProcessor, PipelineTask, StartParams } from '../pipeline/index.ts';
import type { TransportEnv } from './config.ts';
import type { BrowserClient } from './contract.ts';
import type { DeviceEnv } from './device/config.ts';
import type { DeviceHost } from './device/host.ts';
import type { TwilioEnv } from './twilio/config.ts';
import type { WebRtcEnv } from './webrtc/config.ts';
import type { IceServer } from './webrtc/peer.ts';

/**
 * A transport's part of a session: its two ends, RTVI when it speaks it (WebSocket, WebRTC; not
 * telephony), observers, pipeline parameters (Twilio runs at 8 kHz) and the glue tying the
 * connection's life to the task (client gone → cancel; task done → hang up).
 */
export interface SessionTransport {
  input: FrameProcessor;
  output: FrameProcessor;
  rtvi?: FrameProcessor;
  observer?: FrameObserver;
  observers?: FrameObserver[];
  params?: Partial<StartParams>;
  attach(task: PipelineTask): void;
}

/** What a running session holds; `close` must release every resource it owns. */
export interface SessionRuntime {
  task: PipelineTask;
  close(reason: string): Promise<void>;
}

/** The session as a transport sees it. */
export interface TransportSession {
  readonly id: string;
  readonly userId: string;
  readonly transport: string;
  readonly state: 'pending' | 'active' | 'ended';
  readonly token: string;
  readonly requestData: Record<string, unknown>;
}

/** What the server lends a transport's routes. */
export interface TransportHost {
  clock: Clock;
  config: {
    /** Public base URL, when behind a proxy (wsUrl, TwiML). */
    publicUrl: string | undefined;
    iceServers: IceServer[];
    transport: TransportEnv;
    webrtc: WebRtcEnv;
    twilio: TwilioEnv;
    /** Device protocol settings (defaults when absent). */
    device?: DeviceEnv;
  };
  /** Device accounts and assistants; absent: no device socket is served. */
  devices?: DeviceHost;
  sessions: {
    findByToken(token: string): TransportSession | undefined;
    /**
     * Many nodes: the session another node placed here under `token`, taken once (undefined: no
     * such token). Rejects with a `statusCode` error: 421 when it was placed on another node
     * (the message names it), 429 at this node's limits, 503 when the cluster is unreachable.
     */
    claim?(token: string): Promise<TransportSession | undefined>;
    get(sessionId: string): TransportSession | undefined;
    /** Reserves a session for `userId`; throws a 429 error at the limits. */
    reserve(spec: {
      userId: string;
      transport: string;
      ip: string;
      language?: string | undefined;
      requestData?: Record<string, unknown>;
    }): TransportSession;
    /** The transport connected: `run` builds the pipeline (usually `host.runSession`). */
    attach(
      sessionId: string,
      run: (session: TransportSession) => Promise<SessionRuntime>,
    ): Promise<TransportSession>;
    end(sessionId: string, reason: string): Promise<void>;
    /** Called when any session ends; returns the unsubscribe. */
    onEnded(listener: (session: TransportSession) => void): () => void;
  };
  /** Hooks of routes that create sessions (run them before validation, as /start does): the per-IP and per-identity limits. */
  sessionRateLimit: preValidationHookHandler[];
  /** Builds and starts a session's pipeline around the transport's processors. */
  runSession(session: TransportSession, transport: SessionTransport): Promise<SessionRuntime>;
  /** A session was reserved outside /start (phone call, offer without /start): counted in metrics. */
  reserved(kind: string): void;
  /** Makes sure a guest user row exists (phone callers get a stable guest per number). */
  ensureGuest(userId: string): Promise<void>;
}

export interface TransportModule<K extends string = string> {
  readonly kind: K;
  /** Shown to people (default: the kind). */
  readonly label?: string;
  /** The Pipecat client a browser connects with, when a browser can start it (listed by GET /api/transports). */
  readonly browserClient?: BrowserClient;
  /** The reply of POST /start for this kind; absent: /start cannot start it (calls arrive by webhook). */
  start?(session: TransportSession, request: FastifyRequest, host: TransportHost): Record<string, unknown>;
  /** The transport's routes, registered encapsulated with `{ host }`. */
  readonly routes: FastifyPluginAsync<{ host: TransportHost }>;
}

export function defineTransport<const K extends string>(module: TransportModule<K>): TransportModule<K> {
  return module;
}
