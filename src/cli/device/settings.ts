/**
 * The device client's own settings, kept in a JSON file (default
 * ~/.config/voice-shopper/device.json) so a box needs its id and secret typed once:
 * `voice-shopper device configure --url … --id … --secret …`. Flags override the file.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const deviceSettingsSchema = z.object({
  url: z
    .string()
    .regex(/^wss?:\/\//, 'a ws:// or wss:// URL, e.g. ws://192.168.1.10:7860/device/ws')
    .describe('The server’s device socket'),
  deviceId: z.string().min(1),
  secret: z.string().min(1),
  mode: z.enum(['push-to-talk', 'open-mic']).default('push-to-talk'),
  format: z.enum(['opus', 'pcm16']).default('opus'),
  binary: z.boolean().default(true),
  /** The push-to-talk key (one character; "space" for the space bar). */
  key: z.string().min(1).max(10).default('space'),
});
export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;

export class DeviceSettingsError extends Error {
  override name = 'DeviceSettingsError';
}

export function defaultSettingsPath(): string {
  return path.join(os.homedir(), '.config', 'voice-shopper', 'device.json');
}

/** The file's settings (partial; missing file: empty); a broken file is an error naming it. */
export async function readSettingsFile(file: string): Promise<Partial<DeviceSettings>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new DeviceSettingsError(`cannot read ${file}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DeviceSettingsError(`${file} is not JSON; fix it or write it again with "device configure"`);
  }
  const parsed = deviceSettingsSchema.partial().safeParse(json);
  if (!parsed.success)
    throw new DeviceSettingsError(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** File settings overlaid with the flags, validated whole. */
export function resolveSettings(
  file: Partial<DeviceSettings>,
  flags: Partial<DeviceSettings>,
): DeviceSettings {
  const merged = { ...file, ...Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) };
  const parsed = deviceSettingsSchema.safeParse(merged);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new DeviceSettingsError(
      `device settings incomplete (${missing}); run "voice-shopper device configure --url URL --id ID --secret SECRET" or pass the flags`,
    );
  }
  return parsed.data;
}

/** Writes the file with owner-only permissions (it holds the secret). */
export async function writeSettingsFile(file: string, settings: DeviceSettings): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
}
