/** STT_PROVIDER=none: no speech input; sessions accept typed text only. */
import { z } from 'zod';
import { defineSttProvider } from '../provider.ts';

export const noneStt = defineSttProvider({
  name: 'none',
  configSchema: z.object({}),
  create: async () => null,
});
