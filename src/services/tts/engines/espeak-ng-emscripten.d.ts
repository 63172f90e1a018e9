// The package ships no typings; this covers the part of its Emscripten API the engine uses.
declare module '@echogarden/espeak-ng-emscripten' {
  export interface ESpeakEvent {
    type: string;
    text_position: number;
    word_length: number;
    audio_position: number;
  }
  export interface ESpeakNGWorker {
    readonly samplerate: number;
    rate: number;
    pitch: number;
    set_voice(name: string, language?: string, gender?: number, age?: number, variant?: number): number;
    set_rate(rate: number): number;
    /** Synchronous; the callback gets each audio chunk and returns true to abort synthesis. */
    synthesize(
      text: string,
      callback: (samples: Int16Array, events: ESpeakEvent[]) => boolean | number,
    ): void;
    list_voices(): { name: string; identifier: string; languages: { name: string; priority: number }[] }[];
    delete?(): void;
  }
  export interface ESpeakModule {
    eSpeakNGWorker: new () => ESpeakNGWorker;
  }
  const init: (moduleArg?: Record<string, unknown>) => Promise<ESpeakModule>;
  export default init;
}
