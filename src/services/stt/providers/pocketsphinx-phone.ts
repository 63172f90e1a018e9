/** STT_PHONE_MODEL → how phone sessions decode (pocketsphinx/specs.ts `phoneSpec`). */
import { existsSync, readFileSync } from 'node:fs';
import { ConfigError } from '../../../config/section.ts';
import {
  PHONE_CMNINIT_PATH,
  PHONE_MLLR_PATH,
  type PhoneModel,
  type PhoneSetup,
} from '../pocketsphinx/specs.ts';

const REGENERATE = 'regenerate with node scripts/stt-adapt.ts --phone, or set STT_PHONE_MODEL=off';

/** The committed phone cepstral mean: 13 numbers, checked so a bad file fails at startup. */
export function readPhoneCmnInit(path = PHONE_CMNINIT_PATH): number[] {
  if (!existsSync(path)) throw new ConfigError([`STT_PHONE_MODEL: ${path} does not exist (${REGENERATE})`]);
  const values = readFileSync(path, 'utf8').trim().split(',');
  if (values.length !== 13 || values.some((v) => !Number.isFinite(Number(v))))
    throw new ConfigError([`STT_PHONE_MODEL: ${path} must hold 13 comma-separated numbers (${REGENERATE})`]);
  return values.map(Number);
}

export function phoneSetup(
  model: PhoneModel,
  paths = { cmn: PHONE_CMNINIT_PATH, mllr: PHONE_MLLR_PATH },
): { phone?: PhoneSetup } {
  if (model === 'off') return {};
  const cmnInit = readPhoneCmnInit(paths.cmn);
  if (model === 'cmn') return { phone: { cmnInit } };
  if (!existsSync(paths.mllr))
    throw new ConfigError([`STT_PHONE_MODEL: ${paths.mllr} does not exist (${REGENERATE})`]);
  return { phone: { cmnInit, mllrPath: paths.mllr } };
}
