import { parseArgs } from 'node:util';
import { printBib } from './bib';
import { printCorpus } from './corpus';
import { printGlossaryCheck } from './glossaryCheck';
import { printHover } from './hover';
import { CITATION_SCOPES, printLint } from './lint';
import { printMentions } from './mentions';
import { UsageError } from './usageError';
import { openWorkspace } from './workspace';

const USAGE = `usage: dossier <command> [options]

commands:
  corpus [--format table|json]                  the sources, their metadata and the skipped files
  mentions FILE... [--format table|json]        the glossary names found in files
  hover FILE LINE COLUMN                        the hover card at a position (exit 1: no name there)
  glossary check [--format table|json]          the problems of the glossary files (exit 1: errors)
  lint [FILE|DIR...] [--format stylish|json|sarif] [--citation-scope sentence|paragraph]
                                                the problems of the drafts (all of them when no FILE
                                                or DIR is named): uncited claims, unknown keys, quotes
                                                and numbers not in the cited sources (exit 1: errors
                                                or warnings)
  bib [FILE|DIR...] [--out FILE]                the CSL-JSON of the sources the drafts cite, for
                                                pandoc --citeproc --bibliography

options:
  --root DIR               the workspace folder (default: the current folder)
  --format F               output format
  --citation-scope S       lint: whether a citation covers its sentence or its whole paragraph
                           (default: the setting dossier.citations.scope)
  --out FILE               bib: the file to write (default: standard output)
  --debug                  print stack traces of failures
  --help                   this text

Dossier only reads: it never writes to the files it reads. bib --out writes the one file named,
and never over a source, a draft or a glossary.`;

const FORMATS: Record<string, readonly string[]> = {
  corpus: ['table', 'json'],
  mentions: ['table', 'json'],
  hover: ['markdown'],
  'glossary check': ['table', 'json'],
  lint: ['stylish', 'json', 'sarif'],
  bib: ['json'],
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      root: { type: 'string' },
      format: { type: 'string' },
      'citation-scope': { type: 'string' },
      out: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [first, ...rest] = positionals;
  if (values.help || first === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (first === undefined) throw new UsageError('no command given (see dossier --help)');
  const command = first === 'glossary' && rest[0] === 'check' ? 'glossary check' : first;
  const args = command === 'glossary check' ? rest.slice(1) : rest;
  const formats = FORMATS[command];
  if (!formats) throw new UsageError(`unknown command "${positionals.join(' ')}" (see dossier --help)`);
  const format = values.format ?? formats[0];
  if (!formats.includes(format)) throw new UsageError(`unknown format "${format}" for ${command}: use ${formats.join(' or ')}`);
  if ((command === 'corpus' || command === 'glossary check') && args.length > 0) throw new UsageError(`${command} takes no file (see dossier --help)`);
  const scope = values['citation-scope'];
  if (scope !== undefined && command !== 'lint') throw new UsageError(`--citation-scope is an option of dossier lint, not of ${command}`);
  if (scope !== undefined && !CITATION_SCOPES.includes(scope)) throw new UsageError(`unknown citation scope "${scope}": use ${CITATION_SCOPES.join(' or ')}`);
  if (values.out !== undefined && command !== 'bib') throw new UsageError(`--out is an option of dossier bib, not of ${command}`);

  const out = (text: string) => process.stdout.write(text + '\n');
  const warn = (line: string) => process.stderr.write(`dossier: ${line}\n`);
  const ws = await openWorkspace(values.root, warn);
  switch (command) {
    case 'corpus':
      printCorpus(ws, format, out);
      return 0;
    case 'mentions':
      await printMentions(ws, args, format, out);
      return 0;
    case 'hover':
      return printHover(ws, args, out);
    case 'lint':
      return printLint(ws, args, { format, scope }, out, warn);
    case 'bib':
      return printBib(ws, args, values.out, out, warn);
    default:
      return printGlossaryCheck(ws, format, out);
  }
}

// Output piped into a command that stops reading (`dossier lint | head`): stop quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const debug = process.argv.includes('--debug');
    // parseArgs reports unknown options with a TypeError carrying an ERR_PARSE_ARGS_* code.
    const known = err instanceof UsageError || String((err as { code?: string }).code ?? '').startsWith('ERR_PARSE_ARGS');
    // One line, whatever the arguments quoted in it hold (a file name with a line break).
    const text = (err instanceof Error ? err.message : String(err)).replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
    process.stderr.write(`dossier: ${known ? text : `unexpected error: ${text}`}\n`);
    if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  },
);
