import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IRawTheme } from 'vscode-textmate';
import { REPO } from './paths';

// The citation grammar (syntaxes/dossier-citations.tmLanguage.json) tokenized as the editor does:
// with VS Code's own Markdown grammar and the grammars it embeds (YAML front matter, HTML), the
// other built-in injections into Markdown, and ours as package.json contributes it, all taken from
// the browser-hosted VS Code that `npm run test:integration` installs (scripts/install-host.mjs).

const VSCODE_EXTENSIONS = join(REPO, '.vscode-test', 'host', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions');
const MARKDOWN_GRAMMAR = join(VSCODE_EXTENSIONS, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');
const THEMES = join(VSCODE_EXTENSIONS, 'theme-defaults', 'themes');
const HOST_INSTALLED = existsSync(MARKDOWN_GRAMMAR);

const KEY = 'entity.name.reference.citation-key.dossier';
const GROUP = 'meta.citation.bracketed.dossier';
const DIRECTIVE = 'keyword.control.directive.dossier';

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

/** The grammars of VS Code's built-in extensions, then this extension's, with absolute paths. */
function grammarContributions(): GrammarContribution[] {
  const fromManifest = (manifest: string): GrammarContribution[] => {
    const grammars: GrammarContribution[] = JSON.parse(readFileSync(manifest, 'utf8')).contributes?.grammars ?? [];
    return grammars.filter((g) => g.scopeName && g.path).map((g) => ({ ...g, path: join(dirname(manifest), g.path) }));
  };
  const builtIn = readdirSync(VSCODE_EXTENSIONS)
    .map((dir) => join(VSCODE_EXTENSIONS, dir, 'package.json'))
    .filter((manifest) => existsSync(manifest))
    .flatMap(fromManifest);
  return [...builtIn, ...fromManifest(join(REPO, 'package.json'))];
}

let wasm: Promise<void> | undefined;
/** Oniguruma, the regex engine VS Code tokenizes with; its WASM loads once per process. */
function onigLib() {
  const data = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  wasm ??= oniguruma.loadWASM(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  return wasm.then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
}

async function loadMarkdown(theme?: IRawTheme): Promise<{ grammar: IGrammar; registry: Registry }> {
  const grammars = grammarContributions();
  const registry = new Registry({
    onigLib: onigLib(),
    theme,
    loadGrammar: async (scopeName) => {
      const g = grammars.find((c) => c.scopeName === scopeName);
      return g ? parseRawGrammar(readFileSync(g.path, 'utf8'), g.path) : null;
    },
    getInjections: (scopeName) => grammars.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('no text.html.markdown grammar');
  return { grammar, registry };
}

/** A colour theme of VS Code's theme-defaults, with the token colours of the themes it includes. */
function loadTheme(file: string): IRawTheme {
  const theme = JSON.parse(readFileSync(join(THEMES, file), 'utf8'));
  const included: IRawTheme = theme.include ? loadTheme(theme.include) : { settings: [] };
  return { name: theme.name, settings: [...included.settings, ...(theme.tokenColors ?? [])] };
}

interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

function tokenize(grammar: IGrammar, markdown: string): Token[] {
  const out: Token[] = [];
  let state = INITIAL;
  markdown.split('\n').forEach((text, line) => {
    const r = grammar.tokenizeLine(text, state);
    state = r.ruleStack;
    for (const t of r.tokens) out.push({ line, start: t.startIndex, end: t.endIndex, text: text.slice(t.startIndex, t.endIndex), scopes: t.scopes });
  });
  return out;
}

/** Where `marker` first occurs in `markdown`, plus `offset` characters: line and column. */
function locate(markdown: string, marker: string, offset: number): { line: number; column: number } {
  const at = markdown.indexOf(marker);
  assert.ok(at >= 0, `"${marker}" is not in the test text`);
  const before = markdown.slice(0, at + offset);
  return { line: before.split('\n').length - 1, column: before.length - before.lastIndexOf('\n') - 1 };
}

const dossierScopes = (scopes: string[]) => scopes.filter((s) => s.endsWith('.dossier'));

describe(`the citation grammar, in VS Code's Markdown${HOST_INSTALLED ? '' : ` (skipped: no ${relative(REPO, MARKDOWN_GRAMMAR)}; \`npm run test:integration\` installs it)`}`, () => {
  let grammar: IGrammar;

  before(async function () {
    if (!HOST_INSTALLED) this.skip();
    this.timeout(30_000);
    ({ grammar } = await loadMarkdown());
  });

  /** The scopes of the character at `marker` + `offset` in `markdown`, outermost first. */
  function scopesAt(markdown: string, marker: string, offset = 0): string[] {
    const { line, column } = locate(markdown, marker, offset);
    const token = tokenize(grammar, markdown).find((t) => t.line === line && t.start <= column && column < t.end);
    assert.ok(token, `no token at ${line + 1}:${column + 1}`);
    return token.scopes;
  }

  const assertKey = (markdown: string, key: string) => {
    const marker = `@${key}`;
    const scopes = scopesAt(markdown, marker, 1);
    assert.ok(scopes.includes(KEY), `${marker} in ${JSON.stringify(markdown)}: ${scopes.join(' ')}`);
    assert.ok(scopes.includes('entity.name.tag.citation.dossier'), `${marker} is not themed: ${scopes.join(' ')}`);
    assert.ok(scopesAt(markdown, marker).includes('punctuation.definition.citation.dossier'), `the @ of ${marker}`);
    return scopes;
  };
  const assertNotDossier = (markdown: string, marker: string, offset: number, markdownScope: string) => {
    const scopes = scopesAt(markdown, marker, offset);
    assert.deepEqual(dossierScopes(scopes), [], `${JSON.stringify(markdown)}: ${scopes.join(' ')}`);
    assert.ok(scopes.includes(markdownScope), `Markdown's own ${markdownScope} is kept: ${scopes.join(' ')}`);
  };

  describe('scopes citation keys', () => {
    it('a single key, [@a], which Markdown alone takes for a link reference', () => {
      const md = 'Une phrase [@a].\n';
      const scopes = assertKey(md, 'a');
      assert.ok(!scopes.includes('string.other.link.title.markdown'), scopes.join(' '));
      assert.ok(scopesAt(md, '[@a]').includes('punctuation.definition.citation.begin.dossier'));
      assert.ok(scopesAt(md, '[@a]', 3).includes('punctuation.definition.citation.end.dossier'));
    });

    it('several keys with a prefix, [voir @a; @b]', () => {
      const md = 'Une phrase [voir @a; @b].\n';
      for (const key of ['a', 'b']) assert.ok(assertKey(md, key).includes(GROUP));
      assert.deepEqual(dossierScopes(scopesAt(md, 'voir')), [GROUP]);
    });

    it('the keys of line 37 of the example note', () => {
      const md = 'réaffirment que le droit international\ncyberespace [voir @meae-inde-2019; @declaration-conjointe-appel-de-paris]. Les divergences\n';
      assertKey(md, 'meae-inde-2019');
      assertKey(md, 'declaration-conjointe-appel-de-paris');
    });

    it('-@a with a locator, @{a key with spaces}, and keys in a list, a quote, a table and a footnote', () => {
      const md = '- Puce [-@a, p. 3].\n\n> Citation @{Clé avec espaces}.\n\n| t [@b] |\n|---|\n| @c |\n\nTexte[^1].\n\n[^1]: Note [@d].\n';
      assert.ok(scopesAt(md, '-@a').includes('punctuation.definition.citation.dossier'));
      assertKey(md, 'a');
      assertKey(md, '{Clé avec espaces}');
      for (const key of ['b', 'c', 'd']) assertKey(md, key);
    });

    it('a narrative key, @a, in prose and in emphasis', () => {
      const md = 'Selon @a, la France *selon @b* et **@c**.\n';
      assert.ok(!assertKey(md, 'a').includes(GROUP));
      assertKey(md, 'b');
      assertKey(md, 'c');
    });
  });

  describe('leaves alone', () => {
    it('a key in inline code', () => assertNotDossier('Du code `@a` ici.\n', '@a', 1, 'markup.inline.raw.string.markdown'));
    it('a key in inline code inside a bracketed citation', () => {
      const md = 'Texte [voir `@x` et @b].\n';
      const scopes = scopesAt(md, '@x', 1);
      assert.deepEqual(dossierScopes(scopes), [GROUP], scopes.join(' '));
      assert.ok(scopes.includes('markup.inline.raw.string.markdown'), scopes.join(' '));
      assertKey(md, 'b');
    });
    it('a key in a fenced code block', () => assertNotDossier('Texte.\n\n```\n@a dans du code\n```\n', '@a', 1, 'markup.fenced_code.block.markdown'));
    it('a key in a fenced code block with a language', () => assertNotDossier('```yaml\nauteur: "@a"\n```\n', '@a', 1, 'markup.fenced_code.block.markdown'));
    it('a key in an indented code block', () => assertNotDossier('Texte.\n\n    @a dans du code\n', '@a', 1, 'markup.raw.block.markdown'));
    it('a key in a link URL', () => assertNotDossier('Voir [x](http://example.org/@a) ici.\n', '@a', 1, 'markup.underline.link.markdown'));
    it('a key in a link text, [@a](url), a link and not a citation', () => assertNotDossier('Voir [@a](http://example.org) ici.\n', '@a', 1, 'string.other.link.title.markdown'));
    it('a key in a link definition', () => assertNotDossier('[@a]: http://example.org\n', '@a', 1, 'meta.link.reference.def.markdown'));
    it('an e-mail address', () => {
      const md = 'Écrire à jean@example.org demain.\n';
      assert.deepEqual(dossierScopes(scopesAt(md, '@example')), []);
      assert.deepEqual(dossierScopes(scopesAt(md, '@example', 1)), []);
    });
    it('a bare URL path', () => assert.deepEqual(dossierScopes(scopesAt('Voir http://example.org/@a ici.\n', '@a', 1)), []));
    it('the front matter', () => assertNotDossier('---\ntitre: "voir @a"\n---\n\nTexte.\n', '@a', 1, 'meta.embedded.block.frontmatter'));
    it('an HTML comment', () => assertNotDossier('<!--\n@a en commentaire\n-->\n', '@a', 1, 'comment.block.html'));
  });

  describe('scopes the disable comments', () => {
    it('<!-- dossier-disable-next-line uncited-claim --> as a keyword in a comment', () => {
      const md = 'Texte.\n\n<!-- dossier-disable-next-line uncited-claim -->\nUne phrase sans source.\n';
      const keyword = scopesAt(md, 'dossier-disable-next-line', 3);
      assert.ok(keyword.includes(DIRECTIVE), keyword.join(' '));
      assert.ok(keyword.includes('comment.block.html'), keyword.join(' '));
      const code = scopesAt(md, 'uncited-claim', 2);
      assert.ok(code.includes('constant.other.rule-code.dossier') && code.includes('comment.block.html'), code.join(' '));
      assert.ok(scopesAt(md, '<!--').includes('punctuation.definition.comment.html'));
      assert.deepEqual(dossierScopes(scopesAt(md, 'Une phrase')), [], 'the next line is Markdown again');
    });
    it('indented, and at the end of a line of prose', () => {
      const md = '  <!-- dossier-disable -->\n\nUne phrase. <!-- dossier-disable-line number-not-in-source -->\n';
      assert.ok(scopesAt(md, 'dossier-disable ', 1).includes(DIRECTIVE));
      assert.ok(scopesAt(md, 'dossier-disable-line', 1).includes(DIRECTIVE));
    });
  });

  describe('is coloured by the default themes', () => {
    const md = 'Texte [@a], [voir @b; @c] et @d.\n';
    for (const file of ['light_modern.json', 'dark_modern.json', 'light_vs.json', 'hc_black.json']) {
      it(`keys have a colour of their own in ${file}`, async () => {
        const { grammar: themed, registry } = await loadMarkdown(loadTheme(file));
        const colours = registry.getColorMap();
        const r = themed.tokenizeLine2(md.trimEnd(), INITIAL);
        /** The foreground of the character at `column`, from the binary tokens (start, metadata pairs). */
        const foreground = (column: number) => {
          let metadata = r.tokens[1];
          for (let i = 0; i < r.tokens.length; i += 2) if (r.tokens[i] <= column) metadata = r.tokens[i + 1];
          return colours[(metadata & 0x00ff8000) >>> 15];
        };
        const text = foreground(0);
        for (const key of ['@a', '@b', '@c', '@d']) {
          const column = md.indexOf(key) + 1;
          assert.notEqual(foreground(column), text, `${key} has the colour of plain text (${text})`);
        }
      });
    }
  });
});
