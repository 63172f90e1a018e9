export * from './protobuf.ts';
export * from './session.ts';
export * from './transport.ts';
