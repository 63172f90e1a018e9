/**
 * The speech-to-speech providers. Adding one = its file here + one line in this list;
 * REALTIME_PROVIDER's enum and the documented variables derive from it.
 */
import { geminiLive } from './gemini.ts';
import { openAiRealtime } from './openai.ts';

export const REALTIME_PROVIDER_LIST = [openAiRealtime, geminiLive] as const;
