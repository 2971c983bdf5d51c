import { LineIndex } from '../core/text/lineIndex';
import { table } from './table';
import { say } from './translate';
import type { Workspace } from './workspace';

/** `dossier glossary check`: every problem of the glossary files; exit 1 when one is an error. */
export function printGlossaryCheck(ws: Workspace, format: string, out: (text: string) => void): number {
  const diagnostics = ws.glossaryFiles.flatMap((f) => {
    const lines = new LineIndex(ws.glossaryTexts.get(f.file) ?? '');
    return ws.glossary.diagnosticsOf(f.file).map((d) => {
      const s = lines.position(d.span.start);
      const e = lines.position(d.span.end);
      return { path: d.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, severity: d.severity, code: d.code, message: say(d.message) };
    });
  });
  if (format === 'json') out(JSON.stringify({ diagnostics }, null, 2));
  else if (diagnostics.length === 0) out(`${ws.glossaryFiles.length} glossary file(s), ${ws.glossary.entries.size} entries: no problem`);
  else out(table(['where', 'severity', 'code', 'message'], diagnostics.map((d) => [`${d.path}:${d.line}:${d.column}`, d.severity, d.code, d.message])));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
