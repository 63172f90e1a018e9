export * from './messages.ts';
export * from './session.ts';
export * from './transport.ts';
export * from './twiml.ts';
