import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/core/config/settings';
import { REPO } from './paths';

const json = (rel: string) => JSON.parse(readFileSync(join(REPO, rel), 'utf8'));
const pkg = json('package.json');

function sources(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** The first argument of every call `fn('…')` in the given files. */
function literals(files: string[], fn: RegExp): string[] {
  const out = new Set<string>();
  const re = new RegExp(`${fn.source}\\(\\s*'((?:[^'\\\\]|\\\\.)*)'`, 'g');
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(re)) out.add(m[1].replace(/\\'/g, "'").replace(/\\"/g, '"'));
  return [...out];
}

describe('package manifest, localisation and layout', () => {
  it('translates every user-facing string of the extension and the engine into French', () => {
    const bundle = json('l10n/bundle.l10n.fr.json');
    // The editor's strings, the engine's messages, and the labels the engine translates through `t`.
    const strings = [...literals(sources('src/vscode'), /l10n\.t/), ...literals(sources('src/core'), /\bmessage/), ...literals(sources('src/core'), /\bt/)];
    assert.ok(strings.length > 40);
    assert.deepEqual(strings.filter((s) => !(s in bundle)), []);
  });

  it('keeps the same placeholders in each French string', () => {
    const bundle: Record<string, string> = json('l10n/bundle.l10n.fr.json');
    const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
    assert.deepEqual(Object.entries(bundle).filter(([en, fr]) => holes(en) !== holes(fr)), []);
  });

  it('has English and French for every %key% of package.json, and no unused key', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    const en = json('package.nls.json');
    const fr = json('package.nls.fr.json');
    assert.deepEqual(keys.filter((k) => !(k in en) || !(k in fr)), []);
    assert.deepEqual(Object.keys(en).sort(), [...new Set(keys)].sort());
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  });

  it('gives settings the defaults the engine uses', () => {
    const props = pkg.contributes.configuration.flatMap((c: { properties: object }) => Object.entries(c.properties));
    const defaults = Object.fromEntries(props.map(([k, v]: [string, { default: unknown }]) => [k, v.default]));
    assert.deepEqual(defaults['dossier.corpus.folders'], DEFAULT_SETTINGS.corpus.folders);
    assert.equal(defaults['dossier.corpus.maxFileSizeMB'], DEFAULT_SETTINGS.corpus.maxFileSizeMB);
    assert.deepEqual(defaults['dossier.glossary.files'], DEFAULT_SETTINGS.glossary.files);
  });

  it('registers in code every command it contributes, and contributes every command it registers', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = literals(sources('src/vscode'), /registerCommand/).sort();
    assert.deepEqual(registered, contributed);
  });

  it('pins @types/vscode to the oldest VS Code it supports, no newer than 1.100', () => {
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.equal(pkg.devDependencies['@types/vscode'], '1.100.0');
  });

  it('packages every bundle the extension loads: the extension, the CLI, the reader, source and glossary threads', () => {
    const allowed = readFileSync(join(REPO, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    const bundles = readFileSync(join(REPO, 'esbuild.js'), 'utf8').match(/outfile: '([^']+)'/g)!.map((m) => m.slice("outfile: '".length, -1));
    assert.deepEqual(bundles, ['dist/extension.js', 'dist/cli.js', 'dist/readWorker.js', 'dist/sourceWorker.js', 'dist/glossaryWorker.js']);
    for (const b of bundles) assert.ok(allowed.includes(b), `${b} is in the package`);
    assert.equal(pkg.main, './dist/extension.js');
  });

  it('keeps the engine free of vscode', () => {
    const offenders = sources('src/core').filter((f) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => relative(REPO, f)), []);
  });
});
