/** TTS_PROVIDER=cli: the Debian flite / espeak-ng binaries (also the offline provider's fallback). */
import { z } from 'zod';
import { CliTtsService } from '../cli-tts.ts';
import { defineTtsProvider } from '../provider.ts';

export const cliTts = defineTtsProvider({
  name: 'cli',
  configSchema: z.object({}),
  async create(config, deps) {
    const tts = new CliTtsService(
      {
        voices: { en: config.voiceEn, es: config.voiceEs },
        speed: config.speed,
        timeoutMs: config.timeoutMs,
      },
      deps,
    );
    await tts.warmup();
    return tts;
  },
});
