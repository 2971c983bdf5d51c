import { message } from '../messages';
import { NameMatcher, nameKey } from './nameMatcher';
import type { ParsedGlossary } from './parseGlossary';
import type { GlossaryDiagnostic, GlossaryEntry } from './types';

/**
 * The glossary of a workspace: every file's entries merged, the problems that only show
 * across files (a duplicate id, an unknown id, an alias two entries claim), and the matcher.
 */
export class Glossary {
  readonly entries = new Map<string, GlossaryEntry>();
  readonly diagnostics: GlossaryDiagnostic[] = [];
  readonly matcher = new NameMatcher();

  /** Files are taken in path order, so that which of two duplicates wins does not vary. */
  constructor(files: readonly ParsedGlossary[]) {
    const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const f of sorted) {
      this.diagnostics.push(...f.diagnostics);
      for (const parsed of f.entries) {
        // A copy: the checks below drop unknown ids, and parsed files are kept and merged again.
        const e: GlossaryEntry = { ...parsed, roles: parsed.roles.map((r) => ({ ...r })), related: [...parsed.related] };
        const first = this.entries.get(e.id);
        if (first) {
          this.diagnostics.push({ file: e.file, span: e.span, severity: 'error', code: 'duplicate-id', message: message('The id "{0}" is already used in {1}; this entry is ignored.', e.id, first.file) });
        } else this.entries.set(e.id, e);
      }
    }
    this.checkReferences();
    this.buildMatcher();
  }

  private checkReferences(): void {
    for (const e of this.entries.values()) {
      for (const ref of e.refSpans) {
        if (this.entries.has(ref.id)) continue;
        this.diagnostics.push({ file: e.file, span: ref.span, severity: 'error', code: 'unknown-id', message: message('No entry has the id "{0}".', ref.id) });
        if (ref.field === 'related') e.related = e.related.filter((r) => r !== ref.id);
        else for (const role of e.roles) if (role.org === ref.id) delete role.org;
      }
    }
  }

  /** Names claimed by two entries match neither, and are reported where each stands. */
  private buildMatcher(): void {
    const claims = new Map<string, { entry: GlossaryEntry; text: string; span: { start: number; end: number } }[]>();
    for (const e of this.entries.values()) {
      for (const n of e.nameSpans) {
        const key = nameKey(n.text);
        if (!key) continue;
        const list = claims.get(key) ?? [];
        if (!list.some((c) => c.entry === e)) list.push({ entry: e, ...n });
        claims.set(key, list);
      }
    }
    for (const list of claims.values()) {
      if (list.length === 1) {
        this.matcher.add(list[0].text, list[0].entry.id);
        continue;
      }
      const ids = list.map((c) => c.entry.id);
      for (const c of list) {
        const others = ids.filter((id) => id !== c.entry.id).join(', ');
        this.diagnostics.push({ file: c.entry.file, span: c.span, severity: 'warning', code: 'ambiguous-alias', message: message('"{0}" also names {1}: it is ambiguous and matches neither.', c.text, others) });
      }
    }
  }

  diagnosticsOf(file: string): GlossaryDiagnostic[] {
    return this.diagnostics.filter((d) => d.file === file).sort((a, b) => a.span.start - b.span.start);
  }
}
