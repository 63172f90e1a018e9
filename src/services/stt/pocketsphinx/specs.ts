/** Decoder specs for the three LM modes. */
import { join } from 'node:path';
import type { CatalogLmFiles } from '../lm/builder.ts';
import type { DecoderSpec } from './protocol.ts';

export type LmMode = 'catalog' | 'mixed' | 'generic';

export function decoderSpecFor(
  mode: LmMode,
  modelDir: string,
  lm: CatalogLmFiles | undefined,
  catalogWeight = 0.95,
  extraArgs: string[] = [],
): { spec: DecoderSpec; model: string } {
  const spec = decoderSpecInner(mode, modelDir, lm, catalogWeight);
  return extraArgs.length > 0 ? { ...spec, spec: { ...spec.spec, extraArgs } } : spec;
}

function decoderSpecInner(
  mode: LmMode,
  modelDir: string,
  lm: CatalogLmFiles | undefined,
  catalogWeight: number,
): { spec: DecoderSpec; model: string } {
  const hmmDir = join(modelDir, 'en-us');
  const generic = { name: 'generic', path: join(modelDir, 'en-us.lm.bin') };
  if (mode === 'generic' || !lm) {
    return {
      spec: { hmmDir, dictPath: join(modelDir, 'cmudict-en-us.dict'), lms: [{ ...generic, weight: 1 }] },
      model: 'en-us-generic',
    };
  }
  const catalog = { name: 'catalog', path: lm.arpaPath };
  if (mode === 'catalog') {
    return {
      spec: { hmmDir, dictPath: lm.dictPath, lms: [{ ...catalog, weight: 1 }] },
      model: `catalog-${lm.hash}`,
    };
  }
  return {
    spec: {
      hmmDir,
      dictPath: lm.mixedDictPath,
      lms: [
        { ...catalog, weight: catalogWeight },
        { ...generic, weight: 1 - catalogWeight },
      ],
    },
    model: `mixed-${catalogWeight}-${lm.hash}`,
  };
}
