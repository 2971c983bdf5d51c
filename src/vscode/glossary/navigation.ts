import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { positionsIn } from '../positions';
import type { GlossaryService } from './glossaryService';
import { TEXT_SELECTOR, type MentionService } from './mentionService';
import { mentionsIn } from '../../core/glossary/mentionsIn';
import { isMarkdownPath } from '../../core/text/markdown';

/** Go to Definition opens the glossary entry; Find All References lists its mentions. */
export function activateGlossaryNavigation(context: vscode.ExtensionContext, corpus: CorpusService, glossary: GlossaryService, mentions: MentionService): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(TEXT_SELECTOR, {
      provideDefinition(document, position) {
        const mention = mentions.at(document, document.offsetAt(position));
        const entry = mention && glossary.glossary.entries.get(mention.entry);
        const uri = entry && glossary.uriOfFile(entry.file);
        const file = uri && glossary.fileOf(uri);
        if (!entry || !uri || !file) return undefined;
        const at = positionsIn(file.text);
        return new vscode.Location(uri, new vscode.Range(at(entry.span.start), at(entry.span.end)));
      },
    }),
    vscode.languages.registerReferenceProvider(TEXT_SELECTOR, {
      async provideReferences(document, position) {
        const mention = mentions.at(document, document.offsetAt(position));
        if (!mention) return undefined;
        await mentions.whenIndexed();
        const locations: vscode.Location[] = [];
        const seen = new Set<string>();
        // Open documents first, as they are now (unsaved drafts included).
        for (const doc of vscode.workspace.textDocuments) {
          if (!vscode.languages.match(TEXT_SELECTOR, doc)) continue;
          seen.add(doc.uri.toString());
          for (const m of mentions.of(doc)) {
            if (m.entry === mention.entry) locations.push(new vscode.Location(doc.uri, new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end))));
          }
        }
        // Then the sources that the index says mention it, read from disk.
        for (const { source } of mentions.index.sourcesOf(mention.entry)) {
          const uri = corpus.uriOf(source);
          if (seen.has(uri.toString())) continue;
          const owner = corpus.corpora.find((c) => c.folder.name === source.rootName);
          const text = owner ? await owner.corpus.text(source.doc).catch(() => '') : '';
          const at = positionsIn(text);
          for (const m of mentionsIn(glossary.glossary.matcher, text, isMarkdownPath(source.doc.path))) {
            if (m.entry === mention.entry) locations.push(new vscode.Location(uri, new vscode.Range(at(m.start), at(m.end))));
          }
        }
        return locations;
      },
    }),
  );
}
