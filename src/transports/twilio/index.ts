export * from './messages.ts';
export * from './transport.ts';
export * from './twiml.ts';
