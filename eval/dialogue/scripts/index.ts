/** Every frozen script, by catalog and language. */
import type { Script } from '../types.ts';
import { gardenEn } from './garden.en.ts';
import { gardenEs } from './garden.es.ts';
import { toysEn } from './toys.en.ts';
import { toysEs } from './toys.es.ts';

export const SCRIPTS: readonly Script[] = [gardenEn, gardenEs, toysEn, toysEs];
