import { parseArgs } from 'node:util';
import { printCorpus } from './corpusCommand';
import { loadCorpus } from './loadCorpus';
import { UsageError } from './usageError';

const USAGE = `usage: dossier <command> [options]

commands:
  corpus [--root DIR] [--format table|json]   the sources, their metadata and the skipped files

options:
  --root DIR     the workspace folder (default: the current folder)
  --format F     output format
  --debug        print stack traces of failures
  --help         this text`;

const FORMATS: Record<string, readonly string[]> = { corpus: ['table', 'json'] };

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      root: { type: 'string' },
      format: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command === undefined && !values.help ? 2 : 0;
  }
  const formats = FORMATS[command];
  if (!formats) throw new UsageError(`unknown command "${command}" (see dossier --help)`);
  const format = values.format ?? formats[0];
  if (!formats.includes(format)) throw new UsageError(`unknown format "${format}" for ${command}: use ${formats.join(' or ')}`);
  const warn = (line: string) => process.stderr.write(`dossier: ${line}\n`);
  const corpus = await loadCorpus(values.root, warn);
  printCorpus(corpus, format, (text) => process.stdout.write(text + '\n'));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const debug = process.argv.includes('--debug');
    // parseArgs reports unknown options with a TypeError carrying an ERR_PARSE_ARGS_* code.
    const known = err instanceof UsageError || String((err as { code?: string }).code ?? '').startsWith('ERR_PARSE_ARGS');
    const text = err instanceof Error ? err.message : String(err);
    process.stderr.write(`dossier: ${known ? text : `unexpected error: ${text}`}\n`);
    if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  },
);
