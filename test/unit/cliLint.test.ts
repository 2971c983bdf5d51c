import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES, REPO } from './paths';
import { TempWorkspace, article } from './tempCorpus';

const CLI = join(REPO, 'dist', 'cli.js');
const FIXTURE = join(FIXTURES, 'workspace');

function dossier(args: string[], options: { cwd?: string; lang?: string } = {}) {
  const env = { ...process.env, LANG: options.lang ?? 'C', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '' };
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: options.cwd, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Diagnostic {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface Report {
  files: { path: string; diagnostics: Diagnostic[] }[];
}

function lintJson(args: string[], options?: { cwd?: string; lang?: string }): { code: number | null; report: Report; stderr: string } {
  const r = dossier(['lint', ...args, '--format', 'json'], options);
  assert.equal(r.stderr.includes('unexpected error'), false, r.stderr);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

/** Every file under a folder, relative, with its bytes. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    out.set(relative(root, abs), readFileSync(abs).toString('base64'));
  }
  return out;
}

/** A source that holds the figures the crafted drafts state. */
const EUROSTAT = article('Eurostat : les États membres', "L'Union européenne compte 27 États membres depuis 2020.");
/** A claim (figures, "selon", named actors) then a sentence that cites: covered only in paragraph scope. */
const CLAIM_THEN_CITE = "# Note\n\nL'Union européenne compte 27 États membres depuis 2020 selon Eurostat. Ce chiffre est stable [@eurostat-2021].\n";

describe('dossier lint', () => {
  it('reports the fixture draft’s unknown key as JSON, over its whole sentence, 1-based and end exclusive', () => {
    const { code, report } = lintJson(['--root', FIXTURE]);
    assert.equal(code, 1);
    assert.deepEqual(report.files.map((f) => f.path), ['briefs/draft.md']);
    const [file] = report.files;
    for (const d of file.diagnostics) {
      assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity']);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
    }
    const unknown = file.diagnostics.filter((d) => d.code === 'unknown-source');
    assert.equal(unknown.length, 1);
    // "Le Conseil de sécurité a tenu son premier débat ouvert sur la cybersécurité [@speech-un-norms]." (95 UTF-16 units).
    assert.deepEqual({ ...unknown[0], message: undefined }, { code: 'unknown-source', severity: 'error', message: undefined, line: 22, column: 1, endLine: 22, endColumn: 96 });
    assert.match(unknown[0].message, /^No source has the key "speech-un-norms"\./);
    const starts = file.diagnostics.map((d) => [d.line, d.column]);
    assert.deepEqual(starts, [...starts].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it('flags the fixture draft’s uncited claim about Russia, over its two lines', () => {
    const { report } = lintJson(['--root', FIXTURE]);
    const claims = report.files[0].diagnostics.filter((d) => d.code === 'uncited-claim');
    // "La Russie a bloqué toute\nréférence au droit international humanitaire dans le rapport final."
    assert.deepEqual(claims.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.severity]), [[18, 66, 19, 68, 'warning']]);
    assert.match(claims[0].message, /^Claim without a citation \((?:[a-z ]+, )*named actor\)\.$/);
  });

  it('suggests "speech-un-cyber-norms" for the fixture draft’s "speech-un-norms"', () => {
    const { report } = lintJson(['--root', FIXTURE]);
    const unknown = report.files[0].diagnostics.find((d) => d.code === 'unknown-source');
    assert.equal(unknown?.message, 'No source has the key "speech-un-norms". Did you mean "speech-un-cyber-norms"?');
  });

  it('suggests the closest key, with columns in UTF-16 code units after an astral character', () => {
    const ws = new TempWorkspace({
      'corpus/eurostat-2021.txt': EUROSTAT,
      'briefs/note.md': '# Note\n\nLe drapeau 🇫🇷 flotte sur Paris. Les 27 membres se réunissent [@eurostat-2012].\n',
    });
    try {
      const { code, report } = lintJson(['--root', ws.root]);
      assert.equal(code, 1);
      // "Le drapeau 🇫🇷 flotte sur Paris. " is 32 code points but 34 UTF-16 units: the flag is two astral letters.
      assert.deepEqual(report, {
        files: [
          {
            path: 'briefs/note.md',
            diagnostics: [
              { code: 'unknown-source', severity: 'error', message: 'No source has the key "eurostat-2012". Did you mean "eurostat-2021"?', line: 3, column: 35, endLine: 3, endColumn: 81 },
            ],
          },
        ],
      });
    } finally {
      ws.remove();
    }
  });

  it('speaks French when the environment does', () => {
    const { report } = lintJson(['--root', FIXTURE], { lang: 'fr_FR.UTF-8' });
    const unknown = report.files[0].diagnostics.find((d) => d.code === 'unknown-source');
    assert.match(unknown?.message ?? '', /^Aucune source n'a la clé « speech-un-norms »/);
  });

  it('exits 0 without problems, 1 with errors or warnings, 0 with information alone, 2 on bad arguments', () => {
    const ws = new TempWorkspace({
      'corpus/eurostat-2021.txt': EUROSTAT,
      'briefs/clean.md': "# Note\n\nL'Union européenne compte 27 États membres depuis 2020 [@eurostat-2021].\n",
    });
    try {
      const clean = dossier(['lint', '--root', ws.root]);
      assert.deepEqual([clean.code, clean.stdout, clean.stderr], [0, '', '']);

      ws.write('briefs/claim.md', CLAIM_THEN_CITE);
      const warned = lintJson(['--root', ws.root]);
      assert.equal(warned.code, 1);
      assert.deepEqual(warned.report.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}:${d.severity}`)]), [
        ['briefs/claim.md', ['uncited-claim:warning']],
        ['briefs/clean.md', []],
      ]);

      ws.write('.vscode/settings.json', '{ "dossier.lint.severity": { "uncited-claim": "information" } }');
      const informed = lintJson(['--root', ws.root]);
      assert.equal(informed.code, 0);
      assert.equal(informed.report.files[0].diagnostics[0].severity, 'information');

      ws.write('.vscode/settings.json', '{ "dossier.lint.severity": { "uncited-claim": "off" } }');
      assert.equal(lintJson(['--root', ws.root]).report.files[0].diagnostics.length, 0);
    } finally {
      ws.remove();
    }
    for (const args of [
      ['lint', '--root', '/no/such/folder'],
      ['lint', '--root', FIXTURE, '--format', 'xml'],
      ['lint', '--root', FIXTURE, '--citation-scope', 'chapter'],
      ['lint', join(FIXTURE, 'briefs', 'no-such-draft.md'), '--root', FIXTURE],
      ['lint', '--root', FIXTURE, '--out', 'x.json'],
      ['corpus', '--root', FIXTURE, '--citation-scope', 'sentence'],
      ['bib', '--root', FIXTURE, '--format', 'sarif'],
    ]) {
      const r = dossier(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^dossier: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('lets a citation cover its paragraph with --citation-scope paragraph, overriding the setting', () => {
    const ws = new TempWorkspace({ 'corpus/eurostat-2021.txt': EUROSTAT, 'briefs/note.md': CLAIM_THEN_CITE });
    try {
      const sentence = lintJson(['--root', ws.root, '--citation-scope', 'sentence']);
      assert.equal(sentence.code, 1);
      assert.deepEqual(sentence.report.files[0].diagnostics, [
        {
          code: 'uncited-claim', severity: 'warning', message: sentence.report.files[0].diagnostics[0].message,
          line: 3, column: 1, endLine: 3, endColumn: 71,
        },
      ]);
      assert.match(sentence.report.files[0].diagnostics[0].message, /^Claim without a citation \(.*named actor.*\)\.$/);
      const paragraph = lintJson(['--root', ws.root, '--citation-scope', 'paragraph']);
      assert.deepEqual([paragraph.code, paragraph.report.files[0].diagnostics], [0, []]);

      ws.write('.vscode/settings.json', '{ "dossier.citations.scope": "paragraph" }');
      assert.equal(lintJson(['--root', ws.root]).code, 0);
      assert.equal(lintJson(['--root', ws.root, '--citation-scope', 'sentence']).code, 1);
    } finally {
      ws.remove();
    }
  });

  it('finds the drafts of the root (patterns or front matter), in path order, and never corpus, hidden or node_modules files', () => {
    const brief = '---\ndossier: brief\n---\n\nTexte.\n';
    const ws = new TempWorkspace({
      'corpus/eurostat-2021.txt': EUROSTAT,
      'corpus/notes.md': brief,
      'briefs/b.md': 'Texte.\n',
      'briefs/a.md': 'Texte.\n',
      'briefs/sub/c.markdown': 'Texte.\n',
      'notes/x.brief.md': 'Texte.\n',
      'memo.md': brief,
      'docs/readme.md': 'Pas une note.\n',
      '.hidden/y.brief.md': 'Texte.\n',
      'node_modules/pkg/z.brief.md': 'Texte.\n',
    });
    try {
      const all = lintJson(['--root', ws.root]);
      assert.deepEqual(all.report.files.map((f) => f.path), ['briefs/a.md', 'briefs/b.md', 'memo.md', 'notes/x.brief.md']);
      const dir = lintJson([ws.path('briefs'), '--root', ws.root]);
      assert.deepEqual(dir.report.files.map((f) => f.path), ['briefs/a.md', 'briefs/b.md']);
      // A file named is linted even if no pattern matches it; named twice, it is linted once.
      const named = lintJson([ws.path('docs/readme.md'), ws.path('briefs/a.md'), ws.path('briefs'), '--root', ws.root]);
      assert.deepEqual(named.report.files.map((f) => f.path), ['briefs/a.md', 'briefs/b.md', 'docs/readme.md']);
      // Relative to the current folder, like every FILE argument.
      const relativeArgs = lintJson(['briefs/a.md', '--root', '.'], { cwd: ws.root });
      assert.deepEqual(relativeArgs.report.files.map((f) => f.path), ['briefs/a.md']);
    } finally {
      ws.remove();
    }
  });

  it('skips a source of the corpus named explicitly, with one line on standard error', () => {
    const r = dossier(['lint', join(FIXTURE, 'corpus', 'oewg-report-summary.md'), '--root', FIXTURE, '--format', 'json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), { files: [] });
    assert.equal(r.stderr, 'dossier: corpus/oewg-report-summary.md is a source of the corpus, not a draft\n');
  });

  it('prints SARIF 2.1.0 with the required fields', () => {
    const r = dossier(['lint', '--root', FIXTURE, '--format', 'sarif']);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'dossier');
    const rules = run.tool.driver.rules;
    assert.deepEqual(rules.map((x: { id: string }) => x.id), ['uncited-claim', 'unknown-source', 'quote-not-in-source', 'number-not-in-source']);
    for (const rule of rules) {
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.ok(rule.shortDescription.text.length > 0);
      // helpUri must be an absolute URI (format "uri"): there is none to give, so there is none.
      if (rule.helpUri !== undefined) assert.match(rule.helpUri, /^[a-z][a-z0-9+.-]*:/i);
    }
    assert.ok(run.results.length >= 1);
    for (const result of run.results) {
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(typeof result.message.text, 'string');
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, 'briefs/draft.md');
      assert.equal(new URL(artifactLocation.uri, run.originalUriBaseIds[artifactLocation.uriBaseId].uri).href, pathToFileURL(join(FIXTURE, 'briefs', 'draft.md')).href, 'the path resolves against the root');
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(region[k]) && region[k] >= 1, k);
    }
    const unknown = run.results.find((x: { ruleId: string }) => x.ruleId === 'unknown-source');
    assert.equal(unknown.level, 'error');
    assert.deepEqual(unknown.locations[0].physicalLocation.region, { startLine: 22, startColumn: 1, endLine: 22, endColumn: 96 });
  });

  it('prints stylish rows and a summary line, without colours when not on a terminal', () => {
    const ws = new TempWorkspace({
      'corpus/eurostat-2021.txt': EUROSTAT,
      'briefs/note.md': `${CLAIM_THEN_CITE}\nLes 27 membres se réunissent [@eurostat-2012].\n`,
    });
    try {
      const r = dossier(['lint', '--root', ws.root]);
      assert.equal(r.code, 1);
      assert.doesNotMatch(r.stdout, /\x1b\[/);
      const lines = r.stdout.split('\n');
      assert.equal(lines[1], 'briefs/note.md');
      assert.match(lines[2], /^ {2}3:1 {2}warning {2}Claim without a citation \(.+\)\.\s+uncited-claim$/);
      assert.match(lines[3], /^ {2}5:1 {2}error {4}No source has the key "eurostat-2012"\. Did you mean "eurostat-2021"\?\s+unknown-source$/);
      assert.equal(lines[2].indexOf('uncited-claim'), lines[3].indexOf('unknown-source'));
      assert.ok(lines.includes('✖ 2 problems (1 error, 1 warning)'), r.stdout);
    } finally {
      ws.remove();
    }
  });

  it('never modifies a file', () => {
    const before = snapshot(FIXTURE);
    for (const format of ['stylish', 'json', 'sarif']) dossier(['lint', '--root', FIXTURE, '--format', format]);
    dossier(['lint', join(FIXTURE, 'briefs', 'draft.md'), join(FIXTURE, 'corpus'), '--root', FIXTURE]);
    dossier(['bib', '--root', FIXTURE]);
    assert.deepEqual(snapshot(FIXTURE), before);
  });
});

describe('dossier bib', () => {
  it('prints the CSL-JSON of exactly the sources the drafts cite, and warns of unknown keys', () => {
    const r = dossier(['bib', '--root', FIXTURE]);
    assert.equal(r.code, 0);
    const items = JSON.parse(r.stdout) as { id: string; issued?: { 'date-parts': number[][] } }[];
    assert.deepEqual(items.map((i) => i.id), [
      'article-ingerence-elections', 'communique-dialogue-cyber', 'nato-cyber-pledge-article', 'oewg-report-summary', 'qag-appel-de-paris-2018',
    ]);
    const issued = Object.fromEntries(items.map((i) => [i.id, i.issued?.['date-parts']]));
    assert.deepEqual(issued, {
      'article-ingerence-elections': undefined, // the fixture's undated source
      'communique-dialogue-cyber': [[2019, 10, 15]],
      'nato-cyber-pledge-article': [[2019, 5, 23]],
      'oewg-report-summary': [[2021, 3, 12]],
      'qag-appel-de-paris-2018': [[2018, 11, 21]],
    });
    assert.equal(r.stderr, 'dossier: briefs/draft.md:22:78: No source has the key "speech-un-norms". Did you mean "speech-un-cyber-norms"?\n');
  });

  it('writes the file --out names, and refuses to overwrite a draft, a source or a glossary', () => {
    const draft = "# Note\n\nL'Union européenne compte 27 États membres depuis 2020 [@eurostat-2021].\n";
    const ws = new TempWorkspace({ 'corpus/eurostat-2021.txt': EUROSTAT, 'briefs/note.md': draft, 'memo.md': '---\ndossier: brief\n---\n\nTexte.\n', 'glossary.yaml': 'version: 1\nentries: {}\n' });
    try {
      const printed = dossier(['bib', '--root', ws.root]);
      const written = dossier(['bib', '--root', ws.root, '--out', ws.path('refs.json')]);
      assert.deepEqual([written.code, written.stdout, written.stderr], [0, '', '']);
      assert.equal(readFileSync(ws.path('refs.json'), 'utf8'), printed.stdout);
      assert.deepEqual(JSON.parse(printed.stdout).map((i: { id: string }) => i.id), ['eurostat-2021']);

      const before = snapshot(ws.root);
      for (const [target, why] of [
        ['briefs/note.md', /briefs\/note\.md is a draft/],
        ['memo.md', /memo\.md is a draft/],
        ['corpus/eurostat-2021.txt', /is in the corpus/],
        ['corpus/refs.json', /is in the corpus/],
        ['glossary.yaml', /is a file Dossier reads/],
        ['briefs', /is a folder/],
      ] as const) {
        const r = dossier(['bib', '--root', '.', '--out', target], { cwd: ws.root });
        assert.equal(r.code, 2, target);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, why);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      }
      assert.deepEqual(snapshot(ws.root), before);
      assert.equal(existsSync(ws.path('corpus/refs.json')), false);
    } finally {
      ws.remove();
    }
  });
});
