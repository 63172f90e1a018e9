export * from './config.ts';
export * from './opus.ts';
export * from './opus-sender.ts';
export * from './peer.ts';
export * from './session.ts';
export * from './signaling.ts';
export * from './transport.ts';
