/**
 * A small demo pipeline run by `start` until the server is wired: typed lines go through a
 * pipeline (input → a trivial echo assistant → console output) so the entry point is real.
 */
import { createInterface } from 'node:readline';
import {
  createFrame,
  type Direction,
  type Frame,
  FrameProcessor,
  Pipeline,
  PipelineTask,
  systemClock,
} from '../pipeline/index.ts';

class EchoAssistant extends FrameProcessor {
  protected override process(frame: Frame, direction: Direction): void {
    if (frame.type === 'transcription' && frame.final) {
      this.push(this.createFrame('llm-text', { text: `You said: ${frame.text}` }), direction);
      return;
    }
    this.push(frame, direction);
  }
}

class ConsoleOutput extends FrameProcessor {
  protected override process(frame: Frame, direction: Direction): void {
    if (frame.type === 'llm-text') process.stdout.write(`assistant> ${frame.text}\n`);
    this.push(frame, direction);
  }
}

export async function runDemo(_args: string[]): Promise<number> {
  const task = new PipelineTask(new Pipeline([new EchoAssistant(), new ConsoleOutput()]), {
    idleTimeoutMs: null,
  });
  await task.start();
  process.stdout.write('Voice Shopper demo pipeline: type a line (Ctrl-D to quit).\n');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    task.queueFrames(createFrame('transcription', { text: line, userId: 'demo', final: true }, systemClock));
  }
  await task.end('stdin closed');
  return 0;
}
