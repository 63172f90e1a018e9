import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock.ts';
import { PipelineStartTimeoutError } from './errors.ts';
import type { Direction, Frame } from './frames.ts';
import { createFrame } from './frames.ts';
import { ParallelPipeline } from './parallel.ts';
import { Pipeline } from './pipeline.ts';
import { FrameProcessor } from './processor.ts';
import { PipelineTask } from './task.ts';
import { runProcessorTest, settle, types } from './testing.ts';

class Delay extends FrameProcessor {
  done: string[] = [];
  readonly #ms: number;
  constructor(ms: number, name?: string) {
    super({ name });
    this.#ms = ms;
  }
  protected override async process(frame: Frame, direction: Direction): Promise<void> {
    if (frame.type === 'text') {
      await this.clock.sleep(this.#ms, this.signal);
      this.done.push(frame.text);
    }
    this.push(frame, direction);
  }
}

class Tag extends FrameProcessor {
  readonly #tag: string;
  constructor(tag: string) {
    super({ name: `tag-${tag}` });
    this.#tag = tag;
  }
  protected override process(frame: Frame, direction: Direction): void {
    if (frame.type === 'text' && direction === 'downstream') {
      this.push(this.createFrame('llm-text', { text: `${this.#tag}:${frame.text}` }), direction);
    }
    this.push(frame, direction);
  }
}

async function startTask(task: PipelineTask, clock: FakeClock): Promise<void> {
  const started = task.start();
  await clock.advance(1);
  await started;
}

describe('PipelineTask', () => {
  it('end drains everything queued before finishing', async () => {
    const clock = new FakeClock();
    const delay = new Delay(100);
    const task = new PipelineTask(new Pipeline([delay]), { clock, idleTimeoutMs: null });
    await startTask(task, clock);
    for (const t of ['a', 'b', 'c']) task.queueFrames(createFrame('text', { text: t }, clock));
    const ended = task.end();
    await clock.advance(350);
    await ended;
    expect(delay.done).toEqual(['a', 'b', 'c']);
    expect(task.state).toBe('finished');
    expect(await task.whenFinished()).toEqual({ reason: 'end' });
    expect(clock.pendingTimers).toBe(0);
  });

  it('cancel aborts in-flight work and drops the queue', async () => {
    const clock = new FakeClock();
    const delay = new Delay(100);
    const task = new PipelineTask(new Pipeline([delay]), { clock, idleTimeoutMs: null });
    await startTask(task, clock);
    for (const t of ['a', 'b', 'c']) task.queueFrames(createFrame('text', { text: t }, clock));
    await clock.advance(10);
    await task.cancel('user hung up');
    await clock.advance(1_000);
    expect(delay.done).toEqual([]);
    expect(await task.whenFinished()).toEqual({ reason: 'cancel', detail: 'user hung up' });
    expect(delay.lifetimeSignal.aborted).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });

  it('cancel during start aborts a start still waiting for an engine instead of queueing behind it', async () => {
    class SlowEngine extends FrameProcessor {
      startAborted = false;
      protected override async onStart(): Promise<void> {
        try {
          await this.clock.sleep(60_000, this.lifetimeSignal); // an engine that takes a minute to load
        } catch {
          this.startAborted = true;
        }
      }
      protected override process(frame: Frame, direction: Direction): void {
        this.push(frame, direction);
      }
    }
    const clock = new FakeClock();
    const engine = new SlowEngine();
    const task = new PipelineTask(new Pipeline([engine]), { clock, idleTimeoutMs: null });
    const started = task.start();
    await settle();
    let cancelled = false;
    const cancel = task.cancel('session ended').then(() => {
      cancelled = true;
    });
    await settle(); // no clock advance: neither the engine's minute nor the cancel deadline passes
    expect(engine.startAborted).toBe(true);
    expect(cancelled).toBe(true);
    await Promise.all([started, cancel]);
    expect(await task.whenFinished()).toEqual({ reason: 'cancel', detail: 'session ended' });
    expect(clock.pendingTimers).toBe(0);
  });

  it('fails start with a typed error when the start frame never reaches the sink', async () => {
    class Swallow extends FrameProcessor {
      protected override process(): void {}
    }
    const clock = new FakeClock();
    const task = new PipelineTask(new Pipeline([new Swallow()]), {
      clock,
      startTimeoutMs: 500,
      cancelTimeoutMs: 100,
      idleTimeoutMs: null,
    });
    const started = task.start();
    const assertion = expect(started).rejects.toBeInstanceOf(PipelineStartTimeoutError);
    await clock.advance(700);
    await assertion;
    expect(task.state).toBe('finished');
  });

  it('cancels after the idle timeout on the fake clock, and activity postpones it', async () => {
    const clock = new FakeClock();
    const task = new PipelineTask(new Pipeline([new Delay(0)]), { clock, idleTimeoutMs: 1_000 });
    let idle = false;
    task.on('idle-timeout', () => {
      idle = true;
    });
    await startTask(task, clock);
    await clock.advance(900);
    task.queueFrames(createFrame('user-started-speaking', {}, clock));
    await settle();
    await clock.advance(900);
    expect(idle).toBe(false);
    await clock.advance(200);
    expect(idle).toBe(true);
    expect((await task.whenFinished()).reason).toBe('cancel');
  });

  it('ends when a processor asks for it from inside', async () => {
    class Goodbye extends FrameProcessor {
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'text' && frame.text === 'bye') this.requestEnd('user said goodbye');
        this.push(frame, direction);
      }
    }
    const clock = new FakeClock();
    const task = new PipelineTask(new Pipeline([new Goodbye()]), { clock, idleTimeoutMs: null });
    await startTask(task, clock);
    task.queueFrames(createFrame('text', { text: 'bye' }, clock));
    await settle();
    expect(await task.whenFinished()).toEqual({ reason: 'end', detail: 'user said goodbye' });
  });

  it("flags a frame's hops as rewritten until it has passed the last stage that rewrites its type", async () => {
    class Rewriter extends Delay {
      override readonly rewrites = new Set(['text'] as const);
    }
    const clock = new FakeClock();
    const hops: string[] = [];
    const [a, b, c, d] = [new Delay(0, 'a'), new Delay(0, 'b'), new Rewriter(0, 'c'), new Delay(0, 'd')];
    // The rewriter sits inside a nested pipeline: the order is the flattened one.
    const task = new PipelineTask(new Pipeline([a, b, new Pipeline([c], { name: 'inner' }), d]), {
      clock,
      idleTimeoutMs: null,
      observers: [
        {
          onFrameHop: (hop) => {
            if (hop.frame.type === 'text') hops.push(`${hop.source}>${hop.destination}:${hop.rewritten}`);
          },
        },
      ],
    });
    await startTask(task, clock);
    task.queueFrames(createFrame('text', { text: 'x' }, clock));
    await clock.advance(1);
    await settle();
    expect(hops).toEqual(['a>b:true', 'b>inner:true', 'c>d:false', 'd>PipelineTask:bottom:false']);
  });

  it('broadcasts an interruption requested from inside', async () => {
    class Requester extends FrameProcessor {
      protected override process(frame: Frame, direction: Direction): void {
        if (frame.type === 'text') this.push(this.createFrame('interruption-request', {}), 'upstream');
        this.push(frame, direction);
      }
    }
    const { down } = await runProcessorTest(new Requester(), [
      createFrame('text', { text: 'x' }, new FakeClock()),
    ]);
    expect(types(down)).toContain('interruption');
  });

  it('leaves no timers or pending work behind after many sessions', async () => {
    const clock = new FakeClock();
    for (let i = 0; i < 50; i++) {
      const task = new PipelineTask(new Pipeline([new Delay(5), new Tag('x')]), {
        clock,
        idleTimeoutMs: 60_000,
      });
      await startTask(task, clock);
      task.queueFrames(createFrame('text', { text: `${i}` }, clock));
      const ended = i % 2 === 0 ? task.end() : task.cancel();
      await clock.advance(20);
      await ended;
    }
    expect(clock.pendingTimers).toBe(0);
  });
});

describe('ParallelPipeline', () => {
  it('fans frames out to every branch and rejoins them without duplicates', async () => {
    const clock = new FakeClock();
    const parallel = new ParallelPipeline([[new Tag('a')], [new Delay(30), new Tag('b')]]);
    const { down } = await runProcessorTest(parallel, [createFrame('text', { text: 'hi' }, clock)], {
      clock,
    });
    const texts = down.map((f) => (f.type === 'text' || f.type === 'llm-text' ? f.text : f.type));
    expect(texts.filter((t) => t === 'hi')).toHaveLength(1);
    expect(texts).toContain('a:hi');
    expect(texts).toContain('b:hi');
  });

  it('forwards the end frame only after every branch drained', async () => {
    const clock = new FakeClock();
    const slow = new Delay(500, 'slow-branch');
    const parallel = new ParallelPipeline([[new Delay(1)], [slow]]);
    const task = new PipelineTask(new Pipeline([parallel]), { clock, idleTimeoutMs: null });
    await startTask(task, clock);
    task.queueFrames(createFrame('text', { text: 'long' }, clock));
    const ended = task.end();
    await clock.advance(100);
    expect(task.state).toBe('running');
    await clock.advance(500);
    await ended;
    expect(slow.done).toEqual(['long']);
  });

  it('deduplicates system frames travelling upstream out of branches', async () => {
    class Up extends FrameProcessor {}
    const clock = new FakeClock();
    const parallel = new ParallelPipeline([[new Up()], [new Up()], [new Up()]]);
    const error = createFrame('error', { error: new Error('x'), fatal: false }, clock);
    const { up } = await runProcessorTest(parallel, [{ frame: error, direction: 'upstream' }], { clock });
    expect(types(up)).toEqual(['error']);
  });
});

describe('cancel during a drain', () => {
  it('cancels a task whose end is still draining through a slow processor', async () => {
    const clock = new FakeClock();
    const fast = new Delay(0, 'fast');
    const slow = new Delay(10_000, 'slow');
    const task = new PipelineTask(new Pipeline([fast, slow]), {
      clock,
      idleTimeoutMs: null,
      cancelTimeoutMs: 60_000,
    });
    await startTask(task, clock);
    task.queueFrames(createFrame('text', { text: 'long reply' }, clock));
    void task.end('bye');
    await clock.advance(10); // `fast` has handled end; `slow` is still busy with the reply
    const cancelled = task.cancel('client left');
    await clock.advance(10);
    await cancelled;
    expect(await task.whenFinished()).toMatchObject({ reason: 'cancel' });
    expect(slow.done).toEqual([]);
  });
});
