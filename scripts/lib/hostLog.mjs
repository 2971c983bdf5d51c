// The extension host's console output of one scenario: all of it goes to the
// scenario's log file, and the per-test lines of runInHost's reporter (or
// everything, with DOSSIER_VERBOSE=1) to the terminal.
import fs from 'node:fs';

const verbose = process.env.DOSSIER_VERBOSE === '1';
const isTestLine = (l) => /(^|\s) {2}[✓✗] /.test(l) || / {2}- .*\(pending\)$/.test(l);

function format(arg) {
  if (typeof arg === 'string') return arg;
  try {
    return JSON.stringify(arg);
  } catch {
    return String(arg);
  }
}

export function hostLogger(logFile) {
  fs.writeFileSync(logFile, '');
  const lines = [];
  let partial = '';
  const line = (l) => {
    lines.push(l);
    fs.appendFileSync(logFile, `${l}\n`);
    if (verbose || isTestLine(l)) console.log(l);
  };
  return {
    lines,
    /** One console call of the extension host (code-server: codeAutomationLog's args). */
    host(args) {
      (Array.isArray(args) ? args.map(format).join(' ') : format(args)).split('\n').forEach(line);
    },
    /** A chunk of a child's stdout/stderr (Electron). */
    chunk(data) {
      const parts = (partial + data).split('\n');
      partial = parts.pop();
      parts.forEach(line);
    },
    flush() {
      if (partial) line(partial);
      partial = '';
    },
    /** Goes to the log file only. */
    file(text) {
      fs.appendFileSync(logFile, `${text}\n`);
    },
  };
}
