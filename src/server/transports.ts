/**
 * The transports this server speaks. Adding one = its folder under src/transports (a
 * `defineTransport` module: routes + the session's processors) + one line here; the /start enum,
 * the session kinds and the web app's connection picker (GET /api/transports) derive from this list.
 */
import type { TransportsReply } from '../transports/contract.ts';
import { deviceTransport } from '../transports/device/routes.ts';
import type { TransportModule } from '../transports/module.ts';
import { twilioTransport } from '../transports/twilio/routes.ts';
import { webrtcTransport } from '../transports/webrtc/routes.ts';
import { websocketTransport } from '../transports/websocket/routes.ts';

export const TRANSPORTS = [websocketTransport, webrtcTransport, twilioTransport, deviceTransport] as const;

export type TransportKind = (typeof TRANSPORTS)[number]['kind'];

/** Kinds POST /start can start (the others are started by their own routes, e.g. a phone call's webhook). */
export function startableKinds(transports: readonly TransportModule[]): [string, ...string[]] {
  const kinds = transports.filter((t) => t.start).map((t) => t.kind);
  if (kinds.length === 0) throw new Error('no transport can be started by /start');
  return kinds as [string, ...string[]];
}

/** GET /api/transports: every transport's label; the ones a browser can start, with their client. */
export function transportsReply(transports: readonly TransportModule[]): TransportsReply {
  const startable = startableKinds(transports);
  return {
    transports: transports.map((t) => ({
      kind: t.kind,
      label: t.label ?? t.kind,
      ...(t.start && t.browserClient ? { client: t.browserClient } : {}),
    })),
    default: startable[0],
  };
}
