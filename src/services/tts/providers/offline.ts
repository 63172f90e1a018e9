/** TTS_PROVIDER=offline (default): flite + espeak-ng WASM in worker threads. */
import { z } from 'zod';
import { childLogger } from '../../../log/logger.ts';
import { isServiceError } from '../../service-base.ts';
import { cliBinaries } from '../cli-tts.ts';
import { OfflineTtsService } from '../offline-tts.ts';
import { defineTtsProvider } from '../provider.ts';
import { cliTts } from './cli.ts';

const log = childLogger({ component: 'tts' });

export const offlineTts = defineTtsProvider({
  name: 'offline',
  configSchema: z.object({}),
  async create(config, deps) {
    const tts = new OfflineTtsService(
      {
        workers: config.workers,
        voices: { en: config.voiceEn, es: config.voiceEs },
        speed: config.speed,
        service: { timeoutMs: config.timeoutMs },
      },
      deps,
    );
    try {
      await tts.warmup(deps.signal);
      return tts;
    } catch (err) {
      await tts.close();
      if (isServiceError(err) && err.kind === 'aborted') throw err;
      const bins = cliBinaries();
      if (!bins.sox || !bins.espeak) throw err;
      log.warn(
        { err },
        'offline WASM TTS failed to start; falling back to the Debian flite/espeak-ng binaries',
      );
      return cliTts.create({ ...config, options: {} }, deps);
    }
  },
});
