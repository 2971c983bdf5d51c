/**
 * Security at the engine's level: what workspace files put in hover cards and tooltips stays
 * text (no HTML, no link but http(s) and Dossier's own "open source" command, no theme icon);
 * citation keys, links, sidecars and glossary settings cannot make Dossier read outside the
 * workspace; the command line answers every failure with one line and exit status 2, and never
 * writes to the files it reads.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import * as fc from 'fast-check';
import type { SourceDocument } from '../../src/core/corpus/document';
import { Corpus } from '../../src/core/corpus/corpus';
import { CorpusResolver } from '../../src/core/draft/corpusResolver';
import { DEFAULT_LINT_OPTIONS, lintDraft } from '../../src/core/draft/lint';
import { Glossary } from '../../src/core/glossary/glossary';
import { findGlossaryFiles, loadGlossary } from '../../src/core/glossary/glossaryFiles';
import { hoverCard, openSourceUri } from '../../src/core/glossary/hoverCard';
import { hoverCardFor } from '../../src/core/glossary/hoverFor';
import { MentionIndex } from '../../src/core/glossary/mentionIndex';
import { parseGlossary } from '../../src/core/glossary/parseGlossary';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { formatMessage, message, type Message } from '../../src/core/messages';
import { escapeMarkdown, safeWebUrl } from '../../src/core/text/markdown';
import { REPO } from './paths';
import { options, soup } from './properties/arbitraries';

const t = (template: string, ...args: (string | number)[]) => formatMessage(message(template, ...args));

// ---------------------------------------------------------------------------------------------
// Rendering: what a Markdown renderer makes of a card or a tooltip

interface MdToken {
  type: string;
  content: string;
  children: MdToken[] | null;
  attrGet(name: string): string | null;
}
interface MdEnv {
  references?: Record<string, { href: string }>;
}
/** A CommonMark renderer (markdown-it, which @vscode/vsce brings) with raw HTML and bare links on: the most it could make of the text. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdown: { parse(src: string, env: MdEnv): MdToken[]; parseInline(src: string, env: MdEnv): MdToken[]; renderInline(src: string): string } = new (require('markdown-it'))({ html: true, linkify: true });

interface Rendered {
  links: string[];
  images: number;
  html: string[];
}

function rendered(md: string): Rendered {
  const out: Rendered = { links: [], images: 0, html: [] };
  const walk = (tokens: MdToken[]) => {
    for (const tok of tokens) {
      if (tok.type === 'link_open') out.links.push(tok.attrGet('href') ?? '');
      if (tok.type === 'image') out.images++;
      if (tok.type === 'html_inline' || tok.type === 'html_block') out.html.push(tok.content);
      if (tok.children) walk(tok.children);
    }
  };
  const env: MdEnv = {};
  walk(markdown.parse(md, env));
  // Link reference definitions are links too.
  for (const r of Object.values(env.references ?? {})) out.links.push(r.href);
  return out;
}

const ALLOWED_LINK = /^(?:https?:\/\/[^\s]+|command:dossier\.openSource\?[A-Za-z0-9%._~-]*)$/;

/** The card or tooltip holds no HTML, no image, no raw `<`, no theme icon but `allowedIcons`, and only allowed links. */
function assertSafe(md: string, allowedIcons: string[] = []): void {
  const r = rendered(md);
  assert.deepEqual(r.html, [], `no HTML in ${JSON.stringify(md)}`);
  assert.equal(r.images, 0, `no image in ${JSON.stringify(md)}`);
  for (const href of r.links) assert.match(href, ALLOWED_LINK, `only http(s) and Dossier's open command: ${href}`);
  assert.ok(!md.includes('<'), `no raw < in ${JSON.stringify(md)}`);
  const icons = [...md.matchAll(/(?<!\\)\$\(([^)]*)\)/g)].map((m) => m[1]);
  assert.deepEqual(icons.filter((i) => !allowedIcons.includes(i)), [], `no theme icon from the workspace in ${JSON.stringify(md)}`);
  for (const href of r.links.filter((h) => h.startsWith('command:'))) {
    const args = JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1)));
    assert.ok(Array.isArray(args) && typeof args[0]?.doc?.path === 'string', 'the command takes a source path, as data');
  }
}

/** What a hostile workspace writes in every field. */
const PAYLOADS = [
  '[cliquez ici](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%22%7D)',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '![](https://evil.example/track.png)',
  '![x](file:///etc/passwd)',
  '$(zap) $(terminal)',
  '`code` ``x``',
  '**gras** _it_ ~~barré~~',
  '<https://evil.example>',
  'javascript:alert(1)',
  'command:workbench.action.terminal.new',
  'www.evil.example',
  'victim@evil.example',
  '[ref]: command:workbench.action.terminal.new',
  '[a][ref]',
  '&lt;b&gt; &#60;img&#62; &amp;',
  '\\[x\\](command:x)',
  'a\rb\r\n# Titre\n---\n> cite\n- item\n1. item\n    code\n| a | b |',
  '<!-- commentaire -->',
  '\u0000\uD800\uFEFF',
  '%5Bx%5D(command:x)',
];
const hostile = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) }, { weight: 1, arbitrary: soup(10) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...PAYLOADS), { maxLength: 3 }).map((a) => a.join(' ')) });

// ---------------------------------------------------------------------------------------------

describe('security: text from the workspace stays text', () => {
  it('escapeMarkdown: any text renders as the same text, with no link, image, HTML, code or emphasis', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, soup(40)), (text) => {
        const escaped = escapeMarkdown(text);
        assert.ok(!/[\r\n<]/.test(escaped), 'no line break and no raw < left');
        const [block] = markdown.parseInline(escaped, {});
        const kinds = new Set((block.children ?? []).map((c) => c.type));
        for (const k of kinds) assert.ok(k === 'text' || k === 'text_special', `only text, not ${k}, in ${JSON.stringify(escaped)}`);
        const decoded = markdown.renderInline(escaped).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        assert.equal(decoded, text.replace(/\r\n?|\n/g, ' ').replace(/\u0000/g, '\uFFFD'), 'read back as written');
      }),
      options(),
    );
  });

  it('safeWebUrl keeps http(s) links only, and none can end a Markdown link early', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), hostile, fc.constantFrom('https://x.test/a b(c)<d>', 'HTTPS://X.TEST', ' https://x.test', 'https:evil', 'http://x/\n)[y](command:z)', 'javascript://x.test/%0Aalert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'vscode://x', 'command:x')), (url) => {
        const safe = safeWebUrl(url);
        if (safe === undefined) return;
        assert.match(safe, /^https?:\/\//);
        assert.ok(!/[\s()<>]/.test(safe), safe);
        assert.ok(['http:', 'https:'].includes(new URL(safe).protocol));
      }),
      options(),
    );
  });

  it('openSourceUri: a command link of Dossier whose arguments read back as the path, whatever the path holds', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), fc.oneof(hostile, soup(3)), (path, root) => {
        const uri = openSourceUri(root, path);
        assert.match(uri, ALLOWED_LINK);
        const md = `[titre](${uri})`;
        assert.deepEqual(rendered(md).links, [uri], 'one link, the whole URI');
        assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), [{ rootName: root, doc: { path: JSON.parse(JSON.stringify(path)) } }]);
      }),
      options(),
    );
  });

  it('hover cards: hostile names, aliases, descriptions, roles, links, related entries and source titles stay text', () => {
    const entries = fc.array(
      fc.record({ name: hostile, aliases: fc.array(hostile, { maxLength: 2 }), description: fc.oneof(hostile, fc.record({ fr: hostile, en: hostile })), title: hostile, links: fc.array(fc.oneof(hostile, fc.constant('https://example.org/ok')), { maxLength: 3 }) }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(entries, fc.array(fc.record({ title: hostile, path: hostile }), { maxLength: 3 }), (list, sources) => {
        const yaml = JSON.stringify({
          version: 1,
          entries: Object.fromEntries(list.map((e, i) => [`e${i}`, { name: `${e.name} N${i}`, type: 'person', aliases: e.aliases, description: e.description, roles: [{ title: e.title, org: `e${(i + 1) % list.length}`, from: '2001' }], links: e.links, related: list.map((_, k) => `e${k}`) }])),
        });
        const glossary = new Glossary([parseGlossary('glossary.yaml', yaml)]);
        const mentions = new MentionIndex();
        sources.forEach((s, i) => {
          const doc = { id: `s${i}`, path: `corpus/${s.path}.md`, title: s.title, date: '2020-01-01' } as SourceDocument;
          mentions.set({ key: doc.path, rootName: 'ws', doc }, [...glossary.entries.values()].map((e) => e.name).join(' . '), glossary.matcher);
        });
        for (const e of glossary.entries.values()) {
          const card = hoverCardFor(e.id, { glossary, mentions, text: '', sourceDate: '2020-06-01', language: 'fr', t });
          assert.ok(card);
          assertSafe(card);
        }
      }),
      options(100),
    );
  });

  it('hover cards from the hostile fixture: no command but Dossier\'s, no javascript: or file: link, no HTML', () => {
    const text = readFileSync(join(REPO, 'test', 'fixtures', 'hostile', 'glossary.yaml'), 'utf8');
    const parsed = parseGlossary('glossary.yaml', text);
    assert.deepEqual(parsed.diagnostics.filter((d) => d.code === 'invalid-link').length, 3, 'javascript:, command: and file: links are refused');
    const glossary = new Glossary([parsed]);
    const card = hoverCard(glossary.entries.get('zorglub')!, glossary, { date: '2020-01-01', language: 'fr', t, mentions: { count: 1, recent: [{ title: 'Rapport [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>', date: '2020-02-02', uri: openSourceUri('hostile', 'corpus/piege).md') }] } });
    assertSafe(card);
    assert.deepEqual(rendered(card).links.map((l) => l.replace(/\?.*/, '?…')), ['command:dossier.openSource?…', 'https://example.org/zorglub']);
  });

  it('a hover card checks its links itself: an entry made elsewhere with javascript: or a broken link shows neither, and does not throw', () => {
    const entry: GlossaryEntry = {
      id: 'x', name: 'X', aliases: [], roles: [], related: [], file: 'g.yaml', span: { start: 0, end: 1 }, nameSpans: [], refSpans: [],
      links: ['javascript:alert(1)', 'not a url', 'command:workbench.action.terminal.new', 'https://example.org/)[y](command:z)'],
    };
    const card = hoverCard(entry, new Glossary([]), { date: '2020-01-01', language: 'en', t });
    assertSafe(card);
    assert.deepEqual(rendered(card).links, ['https://example.org/%29%5By%5D%28command:z%29']);
  });

  it('the source tooltip (sources view): hostile metadata, problems and opening lines stay text', () => {
    const sourceTooltip = loadWithVscodeStub<typeof import('../../src/vscode/sources/tooltip')>('../../src/vscode/sources/tooltip').sourceTooltip;
    fc.assert(
      fc.property(fc.record({ id: hostile, title: hostile, kind: hostile, publisher: hostile, author: hostile, path: hostile, excerpt: hostile, problem: hostile }), (f) => {
        const doc: SourceDocument = {
          id: f.id, path: f.path, title: f.title, date: null, kind: f.kind, language: 'other', publisher: f.publisher, author: f.author, words: 3,
          inferred: ['title', 'kind'], excerpt: f.excerpt, passages: [], encoding: 'utf-8', problems: [message('{0}: "{1}" is not a date; write it as yyyy-mm-dd', f.path, f.problem) as Message],
        };
        const md = sourceTooltip(doc);
        assert.equal(md.isTrusted, false);
        assert.equal(md.supportHtml, false);
        assertSafe(md.value, ['warning']);
        assert.deepEqual(rendered(md.value).links, [], 'a tooltip links nowhere');
      }),
      options(100),
    );
  });
});

/** Loads a module of src/vscode with a minimal stand-in for the `vscode` module (MarkdownString, l10n, env). */
function loadWithVscodeStub<T>(path: string): T {
  class MarkdownString {
    value: string;
    isTrusted: boolean | { enabledCommands: string[] } | undefined;
    supportHtml: boolean | undefined;
    constructor(value = '', readonly supportThemeIcons = false) {
      this.value = value;
    }
    appendMarkdown(value: string) {
      this.value += value;
      return this;
    }
    /** As VS Code escapes text (vs/base/common/htmlContent.ts). */
    appendText(value: string) {
      const text = this.supportThemeIcons ? value.replace(/\$\(/g, '\\$(') : value;
      this.value += text.replace(/[\\`*_{}[\]()#+\-!~]/g, '\\$&').replace(/([ \t]+)/g, (_m, g: string) => '&nbsp;'.repeat(g.length)).replace(/>/gm, '\\>').replace(/\n/g, '\n\n');
      return this;
    }
  }
  const vscode = {
    MarkdownString,
    ThemeIcon: class {
      constructor(readonly id: string) {}
    },
    l10n: { t: (template: string, ...args: (string | number)[]) => t(template, ...args) },
    env: { language: 'en' },
  };
  const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const original = loader._load;
  loader._load = function (request: string, parent: unknown, isMain: boolean) {
    return request === 'vscode' ? vscode : original.call(this, request, parent, isMain);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path) as T;
  } finally {
    loader._load = original;
  }
}

// ---------------------------------------------------------------------------------------------
// Paths: nothing outside the workspace is read

/** Records every file read and every folder listed, by any means, while `during` runs. */
async function reads<T>(during: () => Promise<T>): Promise<{ result: T; files: string[]; folders: string[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  const record = (p: unknown, name: string) => {
    if (typeof p === 'string' || p instanceof URL || Buffer.isBuffer(p)) (/dir/.test(name) ? folders : files).push(resolve(p instanceof URL ? p.pathname : String(p)));
  };
  type Fn = (...args: unknown[]) => unknown;
  const patched: [Record<string, unknown>, string, Fn][] = [];
  // The modules themselves (an `import * as` gives a copy): the engine looks its functions up on them at each call.
  /* eslint-disable @typescript-eslint/no-require-imports */
  for (const [mod, names] of [
    [require('node:fs/promises'), ['readFile', 'open', 'readdir', 'opendir']],
    [require('node:fs'), ['readFile', 'readFileSync', 'open', 'openSync', 'readdir', 'readdirSync', 'opendir', 'opendirSync', 'createReadStream']],
  ] as [Record<string, unknown>, string[]][]) {
    /* eslint-enable @typescript-eslint/no-require-imports */
    for (const name of names) {
      const original = mod[name] as Fn;
      patched.push([mod, name, original]);
      mod[name] = function (this: unknown, ...args: unknown[]) {
        record(args[0], name);
        return original.apply(this, args);
      };
    }
  }
  try {
    return { result: await during(), files, folders };
  } finally {
    for (const [mod, name, original] of patched) mod[name] = original;
  }
}

/** A workspace with hostile content, and a folder beside it with a secret Dossier must never read. */
function hostileWorkspace(): { root: string; outside: string; remove(): void } {
  const base = mkdtempSync(join(tmpdir(), 'dossier-security-'));
  const root = join(base, 'ws');
  const outside = join(base, 'outside');
  const write = (rel: string, content: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  };
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.md'), 'Secret Person a signé 99 accords.\n');
  writeFileSync(join(outside, 'secret.meta.yaml'), 'id: secret\n');
  writeFileSync(join(outside, 'glossary.yaml'), 'version: 1\nentries:\n  secret:\n    name: Secret Person\n');
  write('corpus/a.md', '---\nid: a\n---\nLe ministre a signé 12 accords.\n');
  write('corpus/b.txt', 'Texte b.\n');
  // A sidecar and a source that try to lead outside.
  write('corpus/b.meta.yaml', 'id: ../../outside/secret\ntitle: ../../outside/secret.md\n');
  symlinkSync(join(outside, 'secret.md'), join(root, 'corpus', 'link.md'));
  symlinkSync(outside, join(root, 'corpus', 'linked-folder'));
  symlinkSync(join(outside, 'secret.meta.yaml'), join(root, 'corpus', 'a.meta.yaml'));
  symlinkSync(join(outside, 'glossary.yaml'), join(root, 'glossary.yaml'));
  // A corpus folder that is itself a link to a folder outside.
  symlinkSync(outside, join(root, 'sources'));
  write('team.glossary.yaml', 'version: 1\nentries:\n  m:\n    name: Ministre\n    links: ["file:///etc/passwd", "../outside/secret.md"]\n    related: ["../../outside/secret"]\n');
  write(
    'briefs/note.md',
    '---\ndossier: brief\n---\nLe ministre a signé 99 accords [@{../../outside/secret}] [@../../outside/secret]. Voir [le fichier](../../outside/secret.md), [ici](../../../../etc/passwd), [là](/etc/passwd), [encodé](..%2F..%2Foutside%2Fsecret.md), [fichier](file:///etc/passwd) et [@{/etc/passwd}] [@secret] [^1].\n\n[^1]: Voir [@../outside/secret.md].\n',
  );
  return { root, outside, remove: () => rmSync(base, { recursive: true, force: true }) };
}

/** Whether `p`, links followed, lies in `root`. */
function inside(root: string, p: string): boolean {
  const real = (x: string) => {
    try {
      return realpathSync(x);
    } catch {
      return x;
    }
  };
  const rel = relative(real(root), real(p));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

describe('security: nothing outside the workspace is read', () => {
  // Patterns that lead outside the workspace (absolute, "..") are refused before any folder is listed.
  it('glossary patterns that lead outside the workspace list no folder there', async () => {
    const ws = hostileWorkspace();
    try {
      const { result, folders } = await reads(() => findGlossaryFiles(ws.root, ['../outside/*.yaml', '../**/*.yaml', `${ws.outside}/*.yaml`]));
      assert.deepEqual(result, []);
      assert.deepEqual(folders.filter((p) => !inside(ws.root, p)), []);
    } finally {
      ws.remove();
    }
  });

  it('CorpusResolver.idForLink maps a link only to a source of the corpus: never to a path that leads outside', async () => {
    const ws = hostileWorkspace();
    try {
      const corpus = new Corpus({ root: ws.root, folders: ['corpus'], maxFileSizeMB: 5 });
      await corpus.scan();
      const resolver = new CorpusResolver([corpus]).forDraft('briefs');
      const ids = new Set([...corpus.documents.values()].map((d) => d.id));
      for (const target of ['../../outside/secret.md', '../../../../etc/passwd', '/etc/passwd', 'file:///etc/passwd', '..%2F..%2Foutside%2Fsecret.md', '%2e%2e/%2e%2e/outside/secret.md', '..\\..\\outside\\secret.md', '//server/share/x.md', '%', '%E0%A4%A', '\u0000', '../corpus/link.md', '../corpus/linked-folder/secret.md']) {
        const id = resolver.idForLink(target);
        assert.ok(id === undefined || ids.has(id), `${target} → ${id}`);
        if (id !== undefined) assert.ok(inside(join(ws.root, 'corpus'), join(ws.root, resolver.document(id)!.path)));
      }
      assert.equal(resolver.idForLink('../corpus/a.md'), 'a', 'a link to a source of the corpus is a citation of it');
      fc.assert(
        fc.property(fc.oneof(soup(6), fc.constantFrom('..', '../', '%2e', '/', '\\', '#', '?', 'corpus', 'a.md')), (target) => {
          const id = resolver.idForLink(target);
          assert.ok(id === undefined || ids.has(id));
        }),
        options(),
      );
    } finally {
      ws.remove();
    }
  });

  it('the scan, the glossary and the checks of a hostile draft read nothing outside the workspace', async () => {
    const ws = hostileWorkspace();
    try {
      const { result, files, folders } = await reads(async () => {
        const corpus = new Corpus({ root: ws.root, folders: ['corpus', 'sources', '../outside', ws.outside, 'corpus/../../outside'], maxFileSizeMB: 5 });
        await corpus.scan();
        await corpus.update(join(ws.root, 'sources', 'secret.md')); // a change seen by the watcher there
        const glossary = await loadGlossary(ws.root, ['**/glossary.yaml', '**/*.glossary.yaml', '../outside/*.yaml', `${ws.outside}/*.yaml`, '../**/*.yaml']);
        const resolver = new CorpusResolver([corpus]).forDraft('briefs');
        const draft = readFileSync(join(ws.root, 'briefs', 'note.md'), 'utf8');
        const diagnostics = await lintDraft(draft, resolver, DEFAULT_LINT_OPTIONS);
        return { corpus, glossary, diagnostics, resolver };
      });
      assert.deepEqual(files.filter((p) => !inside(ws.root, p)), [], 'no file read outside the workspace');
      assert.ok(files.some((p) => p.endsWith(join('corpus', 'a.md'))), 'the spy sees the reads');
      assert.deepEqual(folders.filter((p) => !inside(ws.root, p)), [], 'no folder listed outside the workspace');
      const { corpus, glossary, diagnostics, resolver } = result;
      assert.deepEqual([...corpus.documents.keys()].sort(), ['corpus/a.md', 'corpus/b.txt']);
      const skipped = Object.fromEntries([...corpus.skipped.values()].map((s) => [s.path, s.reason.template]));
      assert.equal(skipped['corpus/link.md'], 'symbolic link leads outside the corpus folder');
      assert.equal(skipped['corpus/linked-folder'], 'symbolic link leads outside the corpus folder');
      assert.ok(['../outside', ws.outside, 'corpus/../../outside'].every((f) => skipped[f]?.startsWith('corpus folder is outside the workspace folder')));
      assert.equal(skipped['sources'], 'corpus folder is a symbolic link that leads outside the workspace folder; Dossier reads only inside it');
      assert.equal(corpus.documents.get('corpus/a.md')!.id, 'a', 'a sidecar that is a link is not followed');
      assert.deepEqual([...glossary.glossary.entries.keys()], ['m'], 'a glossary that is a link, or outside, is not read');
      assert.deepEqual(glossary.files.map((f) => f.file), ['team.glossary.yaml']);
      assert.deepEqual(await findGlossaryFiles(ws.root, ['../outside/*.yaml', `${ws.outside}/*.yaml`, '/etc/*']), []);
      const unknown = diagnostics.filter((d) => d.code === 'unknown-source').map((d) => d.target?.text);
      assert.ok(unknown.includes('/etc/passwd') && unknown.includes('secret'), 'keys that name files are unknown keys, nothing more');
      assert.equal(resolver.document('../../outside/secret')?.path, 'corpus/b.txt', 'an id set by a sidecar names its own source, and nothing else');
    } finally {
      ws.remove();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The command line

const CLI = join(REPO, 'dist', 'cli.js');

function dossier(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }, timeout: 30000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

/** How many commands run at once. */
const CONCURRENCY = Math.max(4, Math.min(16, availableParallelism() * 2));

/** Runs at most `n` at once. */
async function pooled<T, R>(items: T[], n: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  }));
  return out;
}

function cliWorkspace(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  const files: Record<string, string> = {
    'corpus/qag.md': '---\nid: qag-1400\ntitle: Appel de Paris\ndate: 2018-11-15\n---\nMme Laure de La Raudière interroge le ministre sur l\'OTAN.\n',
    'corpus/article.txt': 'L’OTAN renforce sa cyberdéfense\n\nPublié le 21/11/2019\n\nLes Alliés ont adopté 12 mesures.\n',
    'corpus/article.meta.yaml': 'title: Article sur l’OTAN\n',
    'glossary.yaml': 'version: 1\nentries:\n  otan:\n    name: OTAN\n    type: organisation\n',
    'briefs/note.md': '---\ndossier: brief\n---\n# Note\n\nL’OTAN a adopté 12 mesures [@article]. Selon le ministre, « tout va bien » [@qag-1400] [@inconnu].\n',
    '.vscode/settings.json': '{ "dossier.corpus.folders": ["corpus"] }\n',
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file of a folder, with its bytes' hash, size and modification time. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const abs = join(e.parentPath, e.name);
    const st = statSync(abs);
    out[relative(root, abs)] = e.isFile() ? `${createHash('sha256').update(readFileSync(abs)).digest('hex')} ${st.size} ${st.mtimeMs}` : `folder ${st.mtimeMs}`;
  }
  return out;
}

describe('security: the command line', function () {
  this.timeout(60000);
  let ws: { root: string; remove(): void };
  before(() => {
    ws = cliWorkspace();
  });
  after(() => ws.remove());

  it('answers every failure with one line on standard error and exit status 2, without a stack trace', async () => {
    const r = ws.root;
    const cases: string[][] = [
      ['corpus', '--root', '/no/such/folder'],
      ['corpus', '--root', join(r, 'glossary.yaml')],
      ['frobnicate'],
      ['glossary'],
      ['corpus', '--bogus'],
      ['corpus', '--root'],
      ['lint', '--format'],
      ['corpus', '--format', 'xml'],
      ['lint', '--format', 'table'],
      ['corpus', 'extra'],
      ['glossary', 'check', 'extra'],
      ['mentions', '--root', r],
      ['mentions', 'nofile.md', '--root', r],
      ['mentions', join(r, 'corpus'), '--root', r],
      ['hover', '--root', r],
      ['hover', join(r, 'briefs', 'note.md'), 'x', '1', '--root', r],
      ['hover', join(r, 'briefs', 'note.md'), '0', '1', '--root', r],
      ['hover', 'nofile.md', '1', '1', '--root', r],
      ['lint', 'nofile.md', '--root', r],
      ['lint', '--citation-scope', 'chapter', '--root', r],
      ['corpus', '--citation-scope', 'sentence', '--root', r],
      ['corpus', '--out', 'x.json', '--root', r],
      ['bib', '--out', join(r, 'corpus', 'x.json'), '--root', r],
      ['bib', '--out', join(r, 'briefs', 'note.md'), '--root', r],
      ['bib', '--out', join(r, 'glossary.yaml'), '--root', r],
      ['bib', '--out', join(r, '.vscode', 'settings.json'), '--root', r],
      ['bib', '--out', join(r, 'no', 'such', 'x.json'), '--root', r],
      ['bib', '--out', join(r, 'corpus'), '--root', r],
      ['bib', '--out', join(r, 'notes.md'), '--root', r],
    ];
    const results = await pooled(cases, CONCURRENCY, (args) => dossier(args, r));
    for (const [i, res] of results.entries()) {
      const what = cases[i].join(' ');
      assert.equal(res.code, 2, `${what}: exit ${res.code} (${res.stderr})`);
      assert.equal(res.stdout, '', what);
      assert.equal(res.stderr.split('\n').filter(Boolean).length, 1, `${what}: ${JSON.stringify(res.stderr)}`);
      assert.match(res.stderr, /^dossier: \S/, what);
      assert.doesNotMatch(res.stderr, /\n\s+at /, what);
    }
    assert.match(results[1].stderr, /is a file, not a folder/, 'a file given as the root is called a file');
    const debug = await dossier(['corpus', '--root', '/no/such/folder', '--debug'], r);
    assert.equal(debug.code, 2);
    assert.match(debug.stderr, /^dossier: the root folder .* does not exist.*\n.*\n\s+at /, '--debug prints the stack');
  });

  it('with no command: one line on standard error, and exit status 2', async () => {
    const res = await dossier([], ws.root);
    assert.equal(res.code, 2);
    assert.equal(res.stderr.split('\n').filter(Boolean).length, 1, JSON.stringify(res.stderr));
  });

  // A reason quoting an argument stays one line, whatever the argument holds.
  it('an argument holding a line break still gives a one-line reason', async () => {
    for (const args of [['a\nb'], ['corpus', '--format', 'x\ny'], ['mentions', 'no\nfile.md', '--root', ws.root]]) {
      const res = await dossier(args, ws.root);
      assert.equal(res.code, 2);
      assert.equal(res.stderr.split('\n').filter(Boolean).length, 1, JSON.stringify(res.stderr));
    }
  });

  it('never writes to the files it reads: every byte, size and date of the workspace is unchanged after every command', async () => {
    const r = ws.root;
    const note = join(r, 'briefs', 'note.md');
    const before = snapshot(r);
    const runs = await pooled(
      [
        ['corpus', '--root', r],
        ['corpus', '--root', r, '--format', 'json'],
        ['mentions', note, join(r, 'corpus', 'article.txt'), '--root', r, '--format', 'json'],
        ['hover', note, '6', '4', '--root', r],
        ['glossary', 'check', '--root', r, '--format', 'json'],
        ['lint', '--root', r],
        ['lint', note, '--root', r, '--format', 'json'],
        ['lint', '--root', r, '--format', 'sarif'],
        ['bib', '--root', r],
        ['bib', note, '--root', r],
      ],
      CONCURRENCY,
      (args) => dossier(args, r),
    );
    for (const res of runs) assert.ok(res.code === 0 || res.code === 1, res.stderr);
    assert.match(runs[3].stdout, /\*\*OTAN\*\*/, 'the hover ran');
    assert.match(runs[8].stdout, /"id": "article"/, 'bib printed the cited sources');
    assert.deepEqual(snapshot(r), before);
  });
});
