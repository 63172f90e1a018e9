export * from './mulaw.ts';
export * from './pcm16.ts';
export * from './resampler.ts';
export * from './wav.ts';
