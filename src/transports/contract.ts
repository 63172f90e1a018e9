/**
 * What the web app knows of the server's transports: the list GET /api/transports serves,
 * derived from the transport modules, so a new transport reaches the UI without the web app
 * listing kinds. Types only (the web app imports them with `import type`).
 */

/**
 * The Pipecat client-js transport a browser connects with: `websocket` is
 * @pipecat-ai/websocket-transport (protobuf frames), `small-webrtc` is
 * @pipecat-ai/small-webrtc-transport. A server transport speaking one of these protocols needs
 * nothing in the web app; a new protocol needs its client package there.
 */
export type BrowserClient = 'websocket' | 'small-webrtc';

export interface TransportInfo {
  /** What `/start` takes as `transport` and sessions record as their transport. */
  kind: string;
  /** Shown to people (connection picker, conversation history). */
  label: string;
  /** Present when a browser can start it through `/start`. */
  client?: BrowserClient;
}

/** GET /api/transports. */
export interface TransportsReply {
  transports: TransportInfo[];
  /** The kind `/start` uses when the request names none. */
  default: string;
}
