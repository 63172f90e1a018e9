export * from './completeness.ts';
export * from './config.ts';
export * from './judge.ts';
export * from './strategy.ts';
export * from './turn-detector.ts';
export * from './turn-processor.ts';
