/** Text to speech: service contract, offline providers, sentence streaming, pipeline processor. */
export { CliTtsService, cliBinaries } from './cli-tts.ts';
export { loadTtsConfig, type TtsConfig, TtsConfigError, type TtsEnv, ttsEnvSchema } from './config.ts';
export { type OfflineTtsOptions, OfflineTtsService } from './offline-tts.ts';
export { defineTtsProvider, type TtsFactoryDeps, type TtsProvider } from './provider.ts';
export { TTS_PROVIDER_LIST, type TtsProviderName } from './providers/index.ts';
export { createTtsService, ttsProviderNames } from './registry.ts';
export { ROUND_TRIP_VOICES, type SpokenSentence, synthesizeSentences } from './round-trip.ts';
export { SentenceTokenizer, type SentenceTokenizerOptions, splitSentences } from './sentence-tokenizer.ts';
export { type SpeechStreamOptions, streamSpeech } from './speech-stream.ts';
export { cleanTextForSpeech } from './speech-text.ts';
export { TtsProcessor, type TtsProcessorOptions } from './tts-processor.ts';
export type { SynthesizedAudio, SynthesizeOptions, TtsCapabilities, TtsDeps, TtsService } from './types.ts';
export { formatVoice, parseVoice, type VoiceSpec } from './voices.ts';
