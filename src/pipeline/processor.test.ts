import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock.ts';
import { InterruptedError, isAbortError } from './errors.ts';
import type { Direction, Frame } from './frames.ts';
import { createFrame } from './frames.ts';
import { Pipeline } from './pipeline.ts';
import { FrameProcessor } from './processor.ts';
import { PipelineTask } from './task.ts';
import { runProcessorTest, settle, types } from './testing.ts';

const clock = new FakeClock();
const text = (t: string) => createFrame('text', { text: t }, clock);
const llmText = (t: string) => createFrame('llm-text', { text: t }, clock);

/** Takes `delayMs` of (fake) time per data frame, honouring the interruption signal. */
class SlowProcessor extends FrameProcessor {
  readonly started: string[] = [];
  readonly aborted: string[] = [];
  readonly #delayMs: number;
  constructor(delayMs: number) {
    super({ name: 'slow' });
    this.#delayMs = delayMs;
  }
  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (frame.type === 'text' || frame.type === 'llm-text') {
      this.started.push(frame.text);
      try {
        await this.clock.sleep(this.#delayMs, this.signal);
      } catch (err) {
        this.aborted.push(frame.text);
        throw err;
      }
    }
    this.push(frame, direction);
  }
}

/** Ignores its AbortSignal on purpose: stale output must still be dropped by the framework. */
class StubbornProcessor extends FrameProcessor {
  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (frame.type === 'text') {
      await this.clock.sleep(100);
      this.push(createFrame('text', { text: `${frame.text} (late)` }, this.clock), direction);
      return;
    }
    this.push(frame, direction);
  }
}

describe('FrameProcessor', () => {
  it('keeps data frames in order through a chain of slow processors', async () => {
    const chain = new Pipeline([new SlowProcessor(5), new SlowProcessor(1), new SlowProcessor(3)]);
    const { down } = await runProcessorTest(chain, ['a', 'b', 'c', 'd', 'e'].map(text));
    expect(down.map((f) => (f.type === 'text' ? f.text : f.type))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('lets system frames overtake queued data frames', async () => {
    const slow = new SlowProcessor(50);
    const { down } = await runProcessorTest(slow, [
      text('one'),
      text('two'),
      createFrame('user-started-speaking', {}, clock),
    ]);
    expect(types(down)).toEqual(['user-started-speaking', 'text', 'text']);
  });

  it('never blocks the previous processor: a fast one keeps going while the next is busy', async () => {
    class Counter extends FrameProcessor {
      count = 0;
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'text') this.count++;
        this.push(frame, direction);
      }
    }
    const counter = new Counter();
    const slow = new SlowProcessor(1_000);
    await runProcessorTest(
      new Pipeline([counter, slow]),
      [text('1'), text('2'), text('3'), { sleepMs: 10 }],
      {
        sendEnd: false,
        clock: new FakeClock(),
      },
    );
    expect(counter.count).toBe(3);
    expect(slow.queuedFrames).toBe(2);
  });

  it('interruption aborts in-flight work, drops queued interruptible frames and keeps uninterruptible ones', async () => {
    const slow = new SlowProcessor(100);
    const result = createFrame(
      'function-call-result',
      { toolCallId: 't1', functionName: 'view_cart', result: { ok: true }, cancelled: false },
      clock,
    );
    const { down } = await runProcessorTest(slow, [
      llmText('first'),
      llmText('second'),
      result,
      llmText('third'),
      { sleepMs: 10 },
      createFrame('interruption', {}, clock),
      llmText('after'),
    ]);
    expect(slow.aborted).toEqual(['first']);
    expect(slow.started).toEqual(['first', 'after']);
    expect(types(down)).toEqual(['interruption', 'function-call-result', 'llm-text']);
    expect(down.at(-1)).toMatchObject({ text: 'after' });
  });

  it('drops output pushed after an interruption by work that ignored its signal', async () => {
    const fakeClock = new FakeClock();
    const { down } = await runProcessorTest(
      new StubbornProcessor(),
      [
        text('stale'),
        { sleepMs: 10 },
        createFrame('interruption', {}, fakeClock),
        { sleepMs: 200 },
        text('fresh'),
      ],
      { clock: fakeClock },
    );
    expect(down.filter((f) => f.type === 'text').map((f) => (f.type === 'text' ? f.text : ''))).toEqual([
      'fresh (late)',
    ]);
  });

  it('turns a thrown error into an error frame upstream and keeps running', async () => {
    class Faulty extends FrameProcessor {
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'text' && frame.text === 'boom') throw new Error('engine exploded');
        this.push(frame, direction);
      }
    }
    const { down, up } = await runProcessorTest(new Faulty(), [text('ok'), text('boom'), text('still ok')]);
    expect(types(up)).toEqual(['error']);
    expect(up[0]).toMatchObject({ fatal: false });
    expect(up[0]?.type === 'error' && up[0].error.message).toBe('engine exploded');
    expect(down.map((f) => (f.type === 'text' ? f.text : f.type))).toEqual(['ok', 'still ok']);
  });

  it('becomes a pass-through when unusable with the continue policy', async () => {
    class Flaky extends FrameProcessor {
      calls = 0;
      constructor() {
        super({ maxConsecutiveErrors: 2, unusablePolicy: 'continue' });
      }
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'text') {
          this.calls++;
          throw new Error('down');
        }
        this.push(frame, direction);
      }
    }
    const flaky = new Flaky();
    const { down, up } = await runProcessorTest(flaky, [text('a'), text('b'), text('c'), text('d')]);
    expect(flaky.isUnusable).toBe(true);
    expect(flaky.calls).toBe(2);
    expect(down.map((f) => (f.type === 'text' ? f.text : f.type))).toEqual(['c', 'd']);
    expect(up.filter((f) => f.type === 'error')).toHaveLength(3); // two failures + the unusable notice
  });

  it('asks the task to cancel when unusable with the cancel policy', async () => {
    class Broken extends FrameProcessor {
      constructor() {
        super({ maxConsecutiveErrors: 1, unusablePolicy: 'cancel' });
      }
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'text') throw new Error('model file missing');
        this.push(frame, direction);
      }
    }
    const fakeClock = new FakeClock();
    const task = new PipelineTask(new Pipeline([new Broken()]), { clock: fakeClock, idleTimeoutMs: null });
    const errors: string[] = [];
    task.on('pipeline-error', (f) => errors.push(f.error.message));
    const started = task.start();
    await fakeClock.advance(1);
    await started;
    task.queueFrames(text('x'));
    await settle();
    const finished = await task.whenFinished();
    expect(finished.reason).toBe('cancel');
    expect(errors.some((m) => m.includes('unusable (cancel)'))).toBe(true);
  });

  it('broadcastInterruption sends the interruption both ways', async () => {
    class Barge extends FrameProcessor {
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'user-started-speaking') this.broadcastInterruption();
        this.push(frame, direction);
      }
    }
    const { down, up } = await runProcessorTest(new Barge(), [
      createFrame('user-started-speaking', {}, clock),
    ]);
    expect(types(down)).toEqual(['interruption', 'user-started-speaking']);
    expect(types(up)).toEqual(['interruption']);
  });

  it('processes nothing before the start frame', async () => {
    const seen: string[] = [];
    class Recorder extends FrameProcessor {
      protected override process(frame: Frame, direction: Direction): void {
        seen.push(frame.type);
        this.push(frame, direction);
      }
    }
    const recorder = new Recorder();
    recorder.queueFrame(
      createFrame('input-audio', { audio: new Int16Array(4), sampleRate: 16000, channels: 1 }, clock),
      'downstream',
    );
    recorder.queueFrame(text('early'), 'downstream');
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('createFrame', () => {
  it('refuses payload fields that would shadow the frame header', () => {
    const payload = { toolCallId: 't', functionName: 'f', name: 'shadow' } as unknown as {
      toolCallId: string;
      functionName: string;
    };
    expect(() => createFrame('function-call-cancel', payload, clock)).toThrow(/header field/);
  });
});

describe('system/data ordering', () => {
  /** Takes fake time to handle each system frame, like a VAD awaiting its worker. */
  class SlowSystem extends FrameProcessor {
    protected override async process(frame: Frame, direction: Direction): Promise<void> {
      if (frame.type === 'interruption' || frame.type === 'user-started-speaking') await this.clock.sleep(50);
      this.push(frame, direction);
    }
  }

  it('never lets a data frame overtake a system frame sent before it', async () => {
    const fake = new FakeClock();
    const { down } = await runProcessorTest(
      new Pipeline([new SlowSystem(), new SlowSystem()]),
      [createFrame('user-started-speaking', {}, fake), text('after')],
      { clock: fake },
    );
    expect(types(down)).toEqual(['user-started-speaking', 'text']);
  });

  it('keeps a frame sent right after an interruption (typed text after barge-in) through slow processors', async () => {
    const fake = new FakeClock();
    const slow = new SlowProcessor(200); // still busy with the old reply when the interruption arrives
    const { down } = await runProcessorTest(
      new Pipeline([new SlowSystem(), slow, new SlowSystem()]),
      [
        llmText('old reply'),
        { sleepMs: 5 },
        createFrame('interruption', {}, fake),
        createFrame('llm-run', { text: 'new', source: 'typed', audioResponse: true }, fake),
      ],
      { clock: fake },
    );
    expect(types(down)).toEqual(['interruption', 'llm-run']);
    expect(slow.aborted).toEqual(['old reply']);
  });
});

describe('the per-frame fast path', () => {
  const audio = (n: number) =>
    createFrame('input-audio', { audio: new Int16Array([n]), sampleRate: 16000, channels: 1 }, clock);
  const first = (f: Frame) => (f.type === 'input-audio' ? f.audio[0] : f.type);

  /** Records what `process` saw; a user-started-speaking takes fake time, like a VAD round trip. */
  class Watching extends FrameProcessor {
    readonly seen: string[] = [];
    protected override readonly passThrough: ReadonlySet<Frame['type']> | undefined;
    constructor(passThrough?: ReadonlySet<Frame['type']>) {
      super({ name: 'watching' });
      this.passThrough = passThrough;
    }
    protected override async process(frame: Frame, direction: Direction): Promise<void> {
      this.seen.push(frame.type);
      if (frame.type === 'user-started-speaking') await this.clock.sleep(50);
      this.push(frame, direction);
    }
  }

  it('keeps system frames in arrival order behind one whose handling is asynchronous', async () => {
    const fake = new FakeClock();
    const { down } = await runProcessorTest(
      new Pipeline([new Watching(), new Watching()]),
      [audio(1), createFrame('user-started-speaking', {}, fake), audio(2), audio(3), text('after')],
      { clock: fake },
    );
    expect(down.map(first)).toEqual([1, 'user-started-speaking', 2, 3, 'text']);
  });

  it('forwards pass-through types without calling process, in order with the rest', async () => {
    const fake = new FakeClock();
    const watching = new Watching(new Set(['input-audio']));
    const { down } = await runProcessorTest(
      watching,
      [audio(1), createFrame('user-started-speaking', {}, fake), audio(2), text('t')],
      { clock: fake },
    );
    expect(down.map(first)).toEqual([1, 'user-started-speaking', 2, 'text']);
    expect(watching.seen).toEqual(['start', 'user-started-speaking', 'text', 'end']);
  });

  it('holds a pass-through frame behind a system frame still in hand there', async () => {
    const fake = new FakeClock();
    // The pass-through stage takes fake time over user-started-speaking: audio arriving meanwhile
    // must wait behind it there, not be forwarded at once ahead of it.
    const { down } = await runProcessorTest(
      new Pipeline([new Watching(new Set(['input-audio']))]),
      [createFrame('user-started-speaking', {}, fake), audio(1), audio(2), text('after')],
      { clock: fake },
    );
    expect(down.map(first)).toEqual(['user-started-speaking', 1, 2, 'text']);
  });

  /** Reads `this.signal` while handling input audio, declared synchronous or not. */
  class SignalReader extends FrameProcessor {
    readonly sawLifetime: boolean[] = [];
    protected override readonly synchronousTypes: ReadonlySet<Frame['type']> | undefined;
    constructor(synchronous: boolean) {
      super();
      this.synchronousTypes = synchronous ? new Set(['input-audio']) : undefined;
    }
    protected override process(frame: Frame, direction: Direction): void {
      if (frame.type === 'input-audio') this.sawLifetime.push(this.signal === this.lifetimeSignal);
      this.push(frame, direction);
    }
  }

  it('runs a synchronous type in its processor context, and a stage after it in its own', async () => {
    const synchronous = new SignalReader(true);
    const next = new SignalReader(false);
    const last = new SignalReader(true);
    const { down } = await runProcessorTest(new Pipeline([synchronous, next, last]), [audio(1), audio(2)]);
    expect(down.map(first)).toEqual([1, 2]);
    // System work runs on the lifetime signal: each stage's own context, not its caller's.
    expect(synchronous.sawLifetime).toEqual([true, true]);
    expect(next.sawLifetime).toEqual([true, true]);
    expect(last.sawLifetime).toEqual([true, true]);
  });

  it('turns an error thrown while handling a synchronous type into an error frame', async () => {
    class Throwing extends FrameProcessor {
      protected override readonly synchronousTypes = new Set<Frame['type']>(['input-audio']);
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'input-audio') throw new Error('bad audio');
        this.push(frame, direction);
      }
    }
    const { up } = await runProcessorTest(new Throwing(), [audio(1), text('t')]);
    expect(
      up.filter((f) => f.type === 'error').map((f) => (f.type === 'error' ? f.error.message : '')),
    ).toEqual(['bad audio']);
  });

  it('delivers to an observer only the frame types it names; one without a list sees every hop', async () => {
    const named: string[] = [];
    const all: string[] = [];
    await runProcessorTest(new Watching(), [audio(1), text('t')], {
      observers: [
        { frameTypes: new Set(['text']), onFrameHop: (hop) => named.push(hop.frame.type) },
        { onFrameHop: (hop) => all.push(hop.frame.type) },
      ],
    });
    expect(new Set(named)).toEqual(new Set(['text']));
    expect(all).toContain('input-audio');
    expect(all).toContain('text');
  });
});

describe('InterruptedError', () => {
  it('is an abort to isAbortError, says interrupted, and leaves the stack trace limit as it was', () => {
    const before = Error.stackTraceLimit;
    const err = new InterruptedError();
    expect(err).toBeInstanceOf(Error);
    expect(isAbortError(err)).toBe(true);
    expect(err.message).toBe('interrupted');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('x').stack).toContain('processor.test.ts');
  });
});
