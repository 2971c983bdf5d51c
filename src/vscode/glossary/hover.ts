import * as vscode from 'vscode';
import { OPEN_SOURCE_COMMAND } from '../../core/glossary/hoverCard';
import { hoverCardFor } from '../../core/glossary/hoverFor';
import type { CorpusService } from '../corpusService';
import type { GlossaryService } from './glossaryService';
import { TEXT_SELECTOR, type MentionService } from './mentionService';

/** The editor's language, as the glossary's descriptions know it. */
export function editorLanguage(): 'fr' | 'en' {
  return vscode.env.language.startsWith('fr') ? 'fr' : 'en';
}

/** The date of a source of the corpus, when the document is one. */
export function sourceDateOf(corpus: CorpusService, uri: vscode.Uri): string | null | undefined {
  return corpus.entryAt(uri)?.doc.date;
}

/**
 * Hover cards on glossary names. The card is built from workspace files, so it is untrusted
 * Markdown: no HTML, and no command but the extension's own "open source".
 */
export function activateGlossaryHover(context: vscode.ExtensionContext, corpus: CorpusService, glossary: GlossaryService, mentions: MentionService): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(TEXT_SELECTOR, {
      provideHover(document, position) {
        if (!vscode.workspace.getConfiguration('dossier', document.uri).get<boolean>('glossary.hover', true)) return undefined;
        const mention = mentions.at(document, document.offsetAt(position));
        if (!mention) return undefined;
        const card = hoverCardFor(mention.entry, {
          glossary: glossary.glossary,
          mentions: mentions.index,
          text: document.getText(),
          sourceDate: sourceDateOf(corpus, document.uri),
          language: editorLanguage(),
          t: (template, ...args) => vscode.l10n.t(template, ...args),
        });
        if (!card) return undefined;
        const md = new vscode.MarkdownString(card, false);
        md.supportHtml = false;
        md.isTrusted = { enabledCommands: [OPEN_SOURCE_COMMAND] };
        return new vscode.Hover(md, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)));
      },
    }),
  );
}
