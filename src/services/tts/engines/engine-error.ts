/** How the service classifies an engine failure: a bad voice is the caller's fault, not the engine's. */
export type EngineErrorKind = 'engine' | 'bad-request' | 'missing-dependency';
