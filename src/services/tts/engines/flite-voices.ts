/** Voices compiled into the flite binary (kal is 8 kHz, the rest 16 kHz). Kept apart from
 * flite.ts so the main thread can validate names without loading WASI code. */
export const FLITE_VOICES: readonly string[] = ['slt', 'rms', 'awb', 'kal16', 'kal', 'awb_time'];
