export * from './clock.ts';
export * from './errors.ts';
export * from './frames.ts';
export * from './metrics.ts';
export type * from './node.ts';
export * from './parallel.ts';
export * from './pipeline.ts';
export * from './processor.ts';
export * from './task.ts';
