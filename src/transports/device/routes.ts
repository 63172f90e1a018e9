/**
 * The device WebSocket (`/device/ws`, issue #16). A socket must complete a `handshake` first:
 * device id and secret (in the handshake, or `x-device-id` + `authorization: Bearer` headers),
 * the audio it sends and plays, push-to-talk or open-mic, and optionally `resume` with the
 * session it had. Missing, wrong or revoked credentials get an `error` and close 1008 with the
 * reason; anything else refused before the handshake (other messages, bad audio settings) gets an
 * `error` and the socket waits for a correct handshake until the handshake timeout.
 *
 * Live device sessions are kept here by session id so a resume finds its transport; the entry
 * goes when the transport is gone (grace over, session ended).
 */
import { WindowCounter } from '../../http/window-counter.ts';
import { type TransportConnection, wsConnection } from '../connection.ts';
import { defineTransport, type SessionTransport } from '../module.ts';
import { type DeviceEnv, loadDeviceEnv } from './config.ts';
import type { AssistantInfo, DeviceAccount, DeviceHost } from './host.ts';
import { FailureCounter } from './limits.ts';
import { DeviceObserver } from './observer.ts';
import {
  type DeviceErrorCode,
  type DeviceHandshake,
  handshakeSchema,
  OPUS_FRAME_MS,
  OPUS_RATE,
  PCM_RATES,
} from './protocol.ts';
import { type DeviceAudioSpec, DeviceTransport } from './transport.ts';

export const DEVICE_WS_PATH = '/device/ws';

/** The device's part of its session: no RTVI; the observer speaks the device protocol. */
export function deviceSessionTransport(device: DeviceTransport): SessionTransport {
  return {
    input: device.input,
    output: device.output,
    observer: new DeviceObserver({
      send: (m) => device.send(m),
      endOfReply: () => device.sendAudio(new Int16Array(0), true),
    }),
    attach: (task) => device.attach(task),
  };
}

/** Why these audio settings cannot be served, or undefined when they can. */
export function audioSpecProblem(audio: DeviceHandshake['audio']): string | undefined {
  for (const [side, spec] of [
    ['input', audio.input],
    ['output', audio.output],
  ] as const) {
    if (spec.format === 'opus' && spec.sampleRate !== OPUS_RATE)
      return `audio.${side}: Opus runs at ${OPUS_RATE} Hz (got ${spec.sampleRate})`;
    if (spec.format === 'pcm16' && !(PCM_RATES as readonly number[]).includes(spec.sampleRate))
      return `audio.${side}: PCM16 at ${PCM_RATES.join(', ')} Hz (got ${spec.sampleRate})`;
  }
  return undefined;
}

interface Live {
  transport: DeviceTransport;
  deviceId: string;
  sessionId: string;
}

/** Sends before a transport exists (handshake refusals), numbering like the transport will. */
class PreHandshake {
  sent = 0;
  readonly conn: TransportConnection;
  constructor(conn: TransportConnection) {
    this.conn = conn;
  }
  error(code: DeviceErrorCode, message: string, fatal: boolean, refSequence?: number): void {
    this.conn.send(
      JSON.stringify({
        type: 'error',
        sequence: this.sent++,
        timestamp: Date.now(),
        code,
        message,
        fatal,
        ...(refSequence === undefined ? {} : { refSequence }),
      }),
    );
  }
  refuse(code: DeviceErrorCode, message: string, closeCode = 1008): void {
    this.error(code, message, true);
    this.conn.close(closeCode, message.slice(0, 120));
  }
}

function bearer(header: string | undefined): string | undefined {
  const m = header?.match(/^Bearer\s+(.+)$/i);
  return m?.[1]?.trim();
}

export const deviceTransport = defineTransport({
  kind: 'device',
  label: 'Device',
  async routes(app, { host }) {
    const settings: DeviceEnv = host.config.device ?? loadDeviceEnv({});
    const devices = host.devices;
    if (!settings.DEVICE_ENABLED || !devices) return;
    const live = new Map<string, Live>();
    const connects = new WindowCounter(settings.DEVICE_CONNECTS_PER_MINUTE, 60_000, host.clock);
    const failures = new FailureCounter(settings.DEVICE_CONNECTS_PER_MINUTE, 60_000, host.clock);

    app.get(DEVICE_WS_PATH, { websocket: true }, (socket, request) => {
      const conn = wsConnection(socket);
      const pre = new PreHandshake(conn);
      let state: 'waiting' | 'checking' | 'done' = 'waiting';
      const timer = host.clock.setTimer(() => {
        if (state === 'done') return;
        state = 'done';
        pre.refuse('handshake_required', 'no handshake in time');
      }, settings.DEVICE_HANDSHAKE_TIMEOUT_S * 1000);
      conn.onClose(() => {
        timer.cancel();
        if (state !== 'done') state = 'done';
      });
      const headerId = request.headers['x-device-id'];
      const headers = {
        deviceId: typeof headerId === 'string' ? headerId : undefined,
        secret: bearer(request.headers.authorization),
      };

      conn.onMessage((data) => {
        if (state !== 'waiting') {
          if (state === 'checking') pre.error('handshake_required', 'wait for the config message', false);
          return;
        }
        if (typeof data !== 'string') {
          pre.error(
            'handshake_required',
            'audio before the handshake is not accepted; send the handshake first',
            false,
          );
          return;
        }
        let json: unknown;
        try {
          json = JSON.parse(data);
        } catch {
          pre.error('invalid_json', 'message is not JSON', false);
          return;
        }
        const seq = (json as { sequence?: unknown } | null)?.sequence;
        const ref = typeof seq === 'number' ? seq : undefined;
        if ((json as { type?: unknown } | null)?.type !== 'handshake') {
          pre.error('handshake_required', 'the first message must be a handshake', false, ref);
          return;
        }
        const parsed = handshakeSchema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          pre.error(
            'invalid_message',
            `handshake: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
            false,
            ref,
          );
          return;
        }
        const problem = audioSpecProblem(parsed.data.audio);
        if (problem) {
          pre.error('unsupported_audio', problem, false, ref);
          return;
        }
        state = 'checking';
        void handshake(parsed.data).catch((err: unknown) => {
          request.log.error({ err }, 'device handshake failed');
          state = 'done';
          pre.refuse('pipeline_error', 'the server could not start the session', 1011);
        });
      });

      const handshake = async (hs: DeviceHandshake): Promise<void> => {
        const deviceId = hs.deviceId ?? headers.deviceId;
        const secret = hs.secret ?? headers.secret;
        const finish = () => {
          state = 'done';
          timer.cancel();
        };
        if (!deviceId || !secret) {
          finish();
          pre.refuse('unauthorized', 'missing device credentials: send deviceId and secret');
          return;
        }
        const wait = connects.hit(`device:${deviceId}`);
        if (wait > 0) {
          finish();
          pre.refuse(
            'rate_limited',
            `too many connections for this device; retry in ${Math.ceil(wait / 1000)} s`,
          );
          return;
        }
        // Failed attempts also count per address: guessing across many ids is slowed down too.
        const failedWait = failures.wait(`ip:${request.ip}`);
        if (failedWait > 0) {
          finish();
          pre.refuse(
            'rate_limited',
            `too many failed handshakes from this address; retry in ${Math.ceil(failedWait / 1000)} s`,
          );
          return;
        }
        const auth = await devices.authenticate(deviceId, secret);
        if (!auth.ok) {
          failures.hit(`ip:${request.ip}`);
          finish();
          pre.refuse(auth.code, auth.message);
          return;
        }
        if (state !== 'checking') return; // the socket closed meanwhile
        finish();
        devices.seen(auth.device.id);
        const resumed = hs.resume ? resume(hs, auth.device) : undefined;
        if (resumed) return;
        if (hs.resume) pre.error('resume_failed', 'that session is over; a new one starts', false);
        await start(hs, auth.device);
      };

      const resume = (hs: DeviceHandshake, device: DeviceAccount): true | undefined => {
        const entry = live.get(hs.resume?.sessionId ?? '');
        if (!entry || entry.deviceId !== device.id) return undefined;
        if (hs.sequence <= entry.transport.lastSequence) {
          pre.error(
            'sequence_out_of_order',
            'handshake sequence is not after the last one received',
            false,
            hs.sequence,
          );
        }
        if (!entry.transport.bind(conn, hs.sequence, pre.sent)) return undefined;
        void sendConfig(entry.transport, entry.sessionId, true).then(() => entry.transport.flushOffline());
        return true;
      };

      const start = async (hs: DeviceHandshake, device: DeviceAccount): Promise<void> => {
        // A device starting over does not also keep its old session through the grace window.
        for (const entry of live.values())
          if (entry.deviceId === device.id && entry.transport.state === 'offline')
            entry.transport.close(1000, 'replaced by a new session of this device');
        let session: Awaited<ReturnType<DeviceHost['reserve']>>;
        try {
          session = await devices.reserve(device, request.ip);
        } catch (err) {
          const busy = (err as { statusCode?: number }).statusCode === 429;
          pre.refuse(
            'pipeline_error',
            busy ? (err as Error).message : 'could not start a session',
            busy ? 1013 : 1011,
          );
          return;
        }
        host.reserved('device');
        const spec: DeviceAudioSpec = {
          mode: hs.mode,
          input: hs.audio.input,
          output: hs.audio.output,
          binary: hs.audio.binary,
        };
        const transport = new DeviceTransport({
          spec,
          settings,
          clock: host.clock,
          name: `device:${session.id.slice(0, 8)}`,
          chunkMs: host.config.transport.TRANSPORT_OUTPUT_CHUNK_MS,
          silenceStopMs: host.config.transport.TRANSPORT_BOT_SILENCE_STOP_MS,
          switchAgent: (agent) => devices.switchAgent(session.id, agent),
        });
        live.set(session.id, { transport, deviceId: device.id, sessionId: session.id });
        transport.onGone(() => {
          live.delete(session.id);
          void host.sessions.end(session.id, 'device gone');
        });
        transport.bind(conn, hs.sequence, pre.sent);
        await sendConfig(transport, session.id, false);
        await host.sessions
          .attach(session.id, (s) => host.runSession(s, deviceSessionTransport(transport)))
          .catch((err: unknown) => {
            request.log.error({ err, sessionId: session.id }, 'device session failed to start');
            transport.sendError('pipeline_error', 'the session failed to start', undefined, true);
            transport.close(1011, 'session failed to start');
          });
      };

      const sendConfig = async (transport: DeviceTransport, sessionId: string, resumed: boolean) => {
        let assistant: AssistantInfo;
        try {
          assistant = await devices.assistant(sessionId);
        } catch {
          assistant = { agent: 'default', name: 'assistant', personality: '', language: 'en' };
        }
        const { spec } = transport;
        const frameMs = (format: string) =>
          format === 'opus' ? OPUS_FRAME_MS : host.config.transport.TRANSPORT_OUTPUT_CHUNK_MS;
        transport.send({
          type: 'config',
          sessionId,
          resumed,
          assistant,
          mode: spec.mode,
          audio: {
            input: { ...spec.input, frameMs: frameMs(spec.input.format) },
            output: { ...spec.output, frameMs: frameMs(spec.output.format) },
            binary: spec.binary,
          },
          features: { bargeIn: true, switchAgent: true, emergencyStop: true },
          heartbeat: {
            intervalMs: settings.DEVICE_HEARTBEAT_INTERVAL_S * 1000,
            timeoutMs: settings.DEVICE_HEARTBEAT_TIMEOUT_S * 1000,
          },
          resume: {
            graceMs: settings.DEVICE_RESUME_GRACE_S * 1000,
            maxBufferedMs: settings.DEVICE_MAX_BUFFERED_AUDIO_MS,
          },
          limits: {
            maxChunkBytes: settings.DEVICE_MAX_CHUNK_BYTES,
            maxMessagesPerSecond: settings.DEVICE_MAX_MESSAGES_PER_SECOND,
          },
        });
      };
    });
  },
});
