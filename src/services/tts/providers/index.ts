/**
 * The TTS providers. Adding one = its file (a `defineTtsProvider` with its own variables) + one
 * line in this list; TTS_PROVIDER's enum and the docs derive from it.
 */
import { cartesiaTts } from '../cartesia.ts';
import { chatterboxTts } from '../chatterbox.ts';
import { elevenLabsTts } from '../elevenlabs.ts';
import { openAiTts } from '../openai.ts';
import { piperTts } from '../piper.ts';
import { pollyTts } from '../polly.ts';
import { cliTts } from './cli.ts';
import { offlineTts } from './offline.ts';

export const TTS_PROVIDER_LIST = [
  offlineTts,
  cliTts,
  openAiTts,
  elevenLabsTts,
  cartesiaTts,
  piperTts,
  chatterboxTts,
  pollyTts,
] as const;

export type TtsProviderName = (typeof TTS_PROVIDER_LIST)[number]['name'];
