/**
 * The STT providers. Adding one = its file (a `defineSttProvider` with its own variables) + one
 * line in this list; STT_PROVIDER's enum, the config schema and the docs derive from it.
 */
import { deepgramStt } from '../deepgram.ts';
import { openAiStt } from '../openai.ts';
import { whisperCppStt } from '../whisper-cpp.ts';
import { whisperLiveKitStt } from '../whisperlivekit.ts';
import { noneStt } from './none.ts';
import { pocketsphinxStt } from './pocketsphinx.ts';

export const STT_PROVIDER_LIST = [
  pocketsphinxStt,
  openAiStt,
  deepgramStt,
  whisperCppStt,
  whisperLiveKitStt,
  noneStt,
] as const;
