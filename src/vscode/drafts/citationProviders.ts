import * as vscode from 'vscode';
import { findCitations } from '../../core/draft/citations';
import { isProseAt, sentenceAround } from '../../core/draft/sentenceAround';
import { escapeMarkdown } from '../../core/text/markdown';
import type { CorpusService } from '../corpusService';
import { kindLabel } from '../labels';
import type { LintService } from './lintService';
import { passagesFor } from './passages';
import { openSourceDocument } from '../sources/openSource';

/** The citation key at a position, with the sentence it stands in. */
function keyAt(document: vscode.TextDocument, position: vscode.Position) {
  const offset = document.offsetAt(position);
  const line = document.lineAt(position.line);
  const from = document.offsetAt(line.range.start);
  const all = document.getText();
  const key = findCitations(all, from, document.offsetAt(line.range.end)).find((k) => offset >= k.start && offset <= k.end);
  // An @ in code or a comment is not a citation (the check reads only prose).
  if (!key || !isProseAt(all, key.start)) return undefined;
  const sentence = sentenceAround(all, key.start, key.end);
  const text = sentence ? all.slice(sentence.start, sentence.end) : line.text;
  return { key, sentence: text.replace(/\[[^\]]*@[^\]]*\]/g, ' ') };
}

/** The corpus source a citation key at a position names, with the key and its sentence. */
function citedSourceAt(corpus: CorpusService, document: vscode.TextDocument, position: vscode.Position) {
  const at = keyAt(document, position);
  const entry = at && corpus.entries().find((e) => e.doc.id === at.key.key);
  return at && entry ? { ...at, entry } : undefined;
}

const MAX_PASSAGE_CHARS = 400;

/**
 * Completion of citation keys after `@` (titles and dates shown, titles matched too), and on
 * a key: a hover with the source and the passage that best matches the sentence; Ctrl-click
 * opens the source at that passage.
 */
export function activateCitationProviders(context: vscode.ExtensionContext, corpus: CorpusService, lint: LintService): void {
  const selector: vscode.DocumentSelector = { language: 'markdown' };
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(selector, {
      provideCompletionItems(document, position) {
        if (!lint.isDraft(document)) return undefined;
        const before = document.lineAt(position.line).text.slice(0, position.character);
        const m = /(?:^|[\s[;(])-?@([\p{L}\p{N}_:.#$%&\-+?<>~/]*)$/u.exec(before);
        if (!m) return undefined;
        // Not in code, a comment or front matter: the @ typed there is not a citation.
        if (!isProseAt(document.getText(), document.offsetAt(position) - m[1].length - 1)) return undefined;
        const range = new vscode.Range(position.translate(0, -m[1].length), position);
        return corpus.entries().map(({ doc }) => {
          const item = new vscode.CompletionItem({ label: doc.id, description: doc.date ?? '' }, vscode.CompletionItemKind.Reference);
          item.detail = `${doc.title} · ${kindLabel(doc.kind)}`;
          item.filterText = `${doc.id} ${doc.title}`;
          item.sortText = `${doc.date ? 9999 - Number(doc.date.slice(0, 4)) : 9999}${doc.id}`;
          item.range = range;
          return item;
        });
      },
    }, '@'),
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(document, position) {
        const at = citedSourceAt(corpus, document, position);
        if (!at) return undefined;
        const { doc } = at.entry;
        const md = new vscode.MarkdownString('', false);
        md.isTrusted = false;
        md.supportHtml = false;
        md.appendMarkdown(`**${escapeMarkdown(doc.title)}**  \n`);
        md.appendMarkdown(escapeMarkdown(`${doc.date ?? vscode.l10n.t('undated')} · ${kindLabel(doc.kind)}${doc.publisher ? ` · ${doc.publisher}` : ''}`));
        const [best] = passagesFor(corpus, at.sentence, 1, doc.id);
        if (best) {
          const text = (await best.text()).slice(best.start, best.end).replace(/\s+/g, ' ');
          md.appendMarkdown(`\n\n> ${escapeMarkdown(text.length > MAX_PASSAGE_CHARS ? `${text.slice(0, MAX_PASSAGE_CHARS)}…` : text)}`);
        }
        return new vscode.Hover(md, new vscode.Range(document.positionAt(at.key.start), document.positionAt(at.key.end)));
      },
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      async provideDefinition(document, position) {
        const at = citedSourceAt(corpus, document, position);
        if (!at) return undefined;
        const uri = corpus.uriOf(at.entry);
        const [best] = passagesFor(corpus, at.sentence, 1, at.entry.doc.id);
        if (!best) return new vscode.Location(uri, new vscode.Position(0, 0));
        const source = await openSourceDocument(uri, at.entry.doc.encoding);
        return new vscode.Location(uri, new vscode.Range(source.positionAt(best.start), source.positionAt(best.end)));
      },
    }),
  );
}
