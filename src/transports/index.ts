export * from './base-input.ts';
export * from './base-output.ts';
export * from './config.ts';
export * from './connection.ts';
export { spokenPrefix } from './played-text.ts';
export * from './twilio/index.ts';
export * from './websocket/index.ts';
