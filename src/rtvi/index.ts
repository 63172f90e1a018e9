export * from './client-calls.ts';
export * from './messages.ts';
export * from './observer.ts';
export * from './processor.ts';
export * from './sentences.ts';
