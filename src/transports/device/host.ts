/**
 * What the device transport needs from the server, beyond sessions: device accounts (the store
 * lives behind the server), the session's assistant for the `config` message, and switching it.
 * The transport never imports the server; src/server/devices.ts implements this.
 */
export interface DeviceAccount {
  id: string;
  name: string;
  /** The user the device shops as (its cart, orders, memory). */
  userId: string;
  /** The agent profile assigned by the owner; undefined: the default. */
  agent: string | undefined;
}

export type DeviceAuthResult =
  | { ok: true; device: DeviceAccount }
  | { ok: false; code: 'unauthorized' | 'revoked'; message: string };

export interface AssistantInfo {
  agent: string;
  name: string;
  personality: string;
  voice?: string | undefined;
  language: string;
}

export interface DeviceHost {
  authenticate(deviceId: string, secret: string): Promise<DeviceAuthResult>;
  /** A new session for the device, with its assigned agent (throws 429-like errors at the limits). */
  reserve(device: DeviceAccount, ip: string): Promise<{ readonly id: string }>;
  /** The assistant a session runs now. */
  assistant(sessionId: string): Promise<AssistantInfo>;
  switchAgent(sessionId: string, agent: string): Promise<AssistantInfo>;
  /** The device connected (last seen, for the owner's list). Never throws. */
  seen(deviceId: string): void;
}
