/**
 * The client process of the device bench (forked with `serialization: 'advanced'`): one real
 * device client (src/cli/device/client.ts) holding push-to-talk turns against the server, and
 * its own cost while it talks. Voice-to-voice per turn = from sending the final chunk (the
 * button released) to the first reply audio chunk; audio still in flight from the reply the
 * turn cut off is told apart by the `clear` the server sends when the turn starts.
 */
import { DeviceClient } from '../../cli/device/client.ts';

export interface DeviceDriverPlan {
  url: string;
  deviceId: string;
  secret: string;
  format: 'opus' | 'pcm16';
  /** 16 kHz mono utterances, voiced extent only. */
  utterances: Int16Array[];
  turns: number;
  /** Pause after a reply's first audio before the next turn (which cuts that reply). */
  listenMs: number;
  replyTimeoutMs: number;
}

export interface DeviceDriverResult {
  v2vMs: number[];
  missed: number;
  rssMaxBytes: number;
  /** Client CPU over the talking time, % of one core. */
  cpuPercent: number;
  talkingMs: number;
}

export type DeviceDriverMessage =
  | { type: 'result'; result: DeviceDriverResult }
  | { type: 'error'; message: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runDeviceDriver(plan: DeviceDriverPlan): Promise<DeviceDriverResult> {
  const client = new DeviceClient({
    url: plan.url,
    deviceId: plan.deviceId,
    secret: plan.secret,
    mode: 'push-to-talk',
    format: plan.format,
    binary: true,
  });
  let cleared = false;
  let firstAudio: ((at: number) => void) | undefined;
  client.on('clear', () => {
    cleared = true;
  });
  client.on('audio', () => {
    if (cleared && firstAudio) firstAudio(performance.now());
  });
  await client.start();
  await sleep(500);
  const v2vMs: number[] = [];
  let missed = 0;
  let rssMax = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let turn = 0; turn < plan.turns; turn++) {
    const pcm = plan.utterances[turn % plan.utterances.length]!;
    cleared = false;
    const reply = new Promise<number | undefined>((resolve) => {
      firstAudio = resolve;
      setTimeout(() => resolve(undefined), plan.replyTimeoutMs);
    });
    let releasedAt = 0;
    for (let i = 0; i < pcm.length; i += 320) {
      const last = i + 320 >= pcm.length;
      client.sendAudio(pcm.subarray(i, i + 320), last);
      if (last) releasedAt = performance.now();
      else await sleep(20);
    }
    const at = await reply;
    firstAudio = undefined;
    if (at === undefined) missed++;
    else v2vMs.push(at - releasedAt);
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
    await sleep(plan.listenMs);
  }
  const talkingMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  client.close();
  return {
    v2vMs,
    missed,
    rssMaxBytes: rssMax,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / talkingMs) * 100,
    talkingMs,
  };
}

process.on('message', (plan: DeviceDriverPlan) => {
  runDeviceDriver(plan).then(
    (result) => process.send?.({ type: 'result', result } satisfies DeviceDriverMessage),
    (err: unknown) =>
      process.send?.({ type: 'error', message: (err as Error).message } satisfies DeviceDriverMessage),
  );
});
