/**
 * Voice names for the offline provider: `engine:voice` ("flite:slt", "espeak:es-419") or a
 * bare voice name, where flite's built-in voices go to flite and anything else to espeak-ng.
 */
import { FLITE_VOICES } from './engines/flite-voices.ts';

export type OfflineEngine = 'flite' | 'espeak';

export interface VoiceSpec {
  engine: OfflineEngine;
  voice: string;
}

export class VoiceSpecError extends Error {
  override readonly name = 'VoiceSpecError';
}

const VOICE_NAME = /^[A-Za-z0-9_+-]{1,40}$/;

export function parseVoice(spec: string): VoiceSpec {
  const trimmed = spec.trim();
  const colon = trimmed.indexOf(':');
  let engine: OfflineEngine;
  let voice: string;
  if (colon >= 0) {
    const prefix = trimmed.slice(0, colon).toLowerCase();
    voice = trimmed.slice(colon + 1);
    if (prefix === 'flite') engine = 'flite';
    else if (prefix === 'espeak' || prefix === 'espeak-ng') engine = 'espeak';
    else
      throw new VoiceSpecError(
        `Unknown TTS engine "${prefix}" in voice "${spec}"; use flite:<voice> or espeak:<voice>`,
      );
  } else {
    voice = trimmed;
    engine = FLITE_VOICES.includes(voice) ? 'flite' : 'espeak';
  }
  if (!VOICE_NAME.test(voice)) throw new VoiceSpecError(`Invalid voice name "${spec}"`);
  if (engine === 'flite' && !FLITE_VOICES.includes(voice)) {
    throw new VoiceSpecError(`flite has no voice "${voice}"; use one of ${FLITE_VOICES.join(', ')}`);
  }
  return { engine, voice };
}

export function formatVoice(v: VoiceSpec): string {
  return `${v.engine}:${v.voice}`;
}

/** Primary language subtag, lowercase ("es-MX" → "es"). */
export function baseLanguage(language: string | undefined): string | undefined {
  return language?.trim().toLowerCase().split(/[-_]/)[0] || undefined;
}
