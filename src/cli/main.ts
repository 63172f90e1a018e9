#!/usr/bin/env node
/** The `voice-shopper` command line: start, bench, catalog import, promos import, db migrate, device. */
import { parseArgs } from 'node:util';
import { logger } from '../log/logger.ts';

const USAGE = `Usage: voice-shopper <command> [options]

Commands:
  start [--workers N|auto]   start the assistant (offline defaults, http://localhost:7860);
                             --workers (or WORKERS): processes sharing the port, auto = one per core
  bench [--quick] [--only n] run the benchmarks and print their tables
  catalog import FILE [--mode replace|upsert] [--currency USD] [--locale en-US] [--skip-invalid]
                             import a catalog (project JSON or Shopify CSV). replace (default):
                             the file is the whole catalog, products it lacks are archived;
                             upsert: a partial feed. Nothing is imported if any row is bad,
                             unless --skip-invalid
  promos import FILE [--mode replace|upsert] [--skip-invalid]
                             import promo codes (project JSON or Shopify discount export CSV);
                             replace (default) deactivates codes the file lacks
  knowledge import --kb NAME --kind KIND [--lang en|es] FILES...
                             import Markdown, HTML or text documents into a knowledge base
                             (policy, faq, size-guide, fact, backstory, memory); re-import of
                             the same file changes nothing, a changed file replaces its chunks
  knowledge list --kb NAME   list a knowledge base's documents
  knowledge prepare          build the offline word-vector table knowledge search reads (once
                             per machine; setup and the image build run it)
  db migrate                 bring the database (SQLite or DATABASE_URL) to the latest schema
  device [configure|run] …   the device client: ALSA or WAV audio over the device protocol
                             (push-to-talk or open-mic; \`device --help\`)
  help                       show this help
`;

async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'start':
    case 'serve': {
      let workers: string | undefined;
      try {
        ({
          values: { workers },
        } = parseArgs({ args: rest, options: { workers: { type: 'string' } } }));
      } catch (err) {
        process.stderr.write(`${(err as Error).message}\nusage: voice-shopper start [--workers N|auto]\n`);
        return 2;
      }
      const { serve } = await import('../server/workers/serve.ts');
      return serve(workers === undefined ? {} : { workers });
    }
    case 'bench': {
      const BENCH_USAGE = 'usage: voice-shopper bench [--quick] [--only NAME]...\n';
      if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(BENCH_USAGE);
        return 0;
      }
      let values: { quick?: boolean; only?: string[] };
      try {
        ({ values } = parseArgs({
          args: rest,
          options: { quick: { type: 'boolean', default: false }, only: { type: 'string', multiple: true } },
        }));
      } catch (err) {
        process.stderr.write(`${(err as Error).message}\n${BENCH_USAGE}`);
        return 2;
      }
      const { runBenchmarks } = await import('../bench/runner.ts');
      await runBenchmarks({ quick: values.quick ?? false, only: values.only });
      return 0;
    }
    case 'catalog': {
      const { catalogCommand } = await import('./import-commands.ts');
      return catalogCommand(rest);
    }
    case 'promos': {
      const { promosCommand } = await import('./import-commands.ts');
      return promosCommand(rest);
    }
    case 'knowledge': {
      if (rest.includes('--help') || rest.includes('-h') || rest.length === 0) {
        const { KNOWLEDGE_USAGE } = await import('./knowledge-commands.ts');
        process.stdout.write(KNOWLEDGE_USAGE);
        return rest.length === 0 ? 2 : 0;
      }
      const { knowledgeCommand } = await import('./knowledge-commands.ts');
      return knowledgeCommand(rest);
    }
    case 'device': {
      const { deviceCommand } = await import('./device/command.ts');
      return deviceCommand(rest);
    }
    case 'db': {
      if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write('usage: voice-shopper db migrate\n');
        return 0;
      }
      const { dbCommand } = await import('./store-commands.ts');
      return dbCommand(rest);
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    logger.error({ err }, 'voice-shopper failed');
    process.stderr.write(`voice-shopper: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
    // Backstop: a failed command exits even if something it started is still holding the loop.
    setTimeout(() => process.exit(1), 2_000).unref();
  },
);
