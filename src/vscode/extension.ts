import * as vscode from 'vscode';
import { createApi, type DossierApi } from './api';
import { CorpusService } from './corpusService';
import { activateAddToGlossary } from './glossary/addToGlossary';
import { activateGlossaryDiagnostics } from './glossary/diagnostics';
import { GlossaryService } from './glossary/glossaryService';
import { activateGlossaryHighlight } from './glossary/highlight';
import { activateGlossaryHover } from './glossary/hover';
import { MentionService } from './glossary/mentionService';
import { activateGlossaryNavigation } from './glossary/navigation';
import { activateCitationProviders } from './drafts/citationProviders';
import { activateDraftCodeActions } from './drafts/codeActions';
import { LintService } from './drafts/lintService';
import { activateDraftStatusBar } from './drafts/statusBar';
import { activateDraftWorkspaceCommands } from './drafts/workspaceCommands';
import { localize } from './localize';
import { activateChooseCorpusFolder } from './sources/chooseFolder';
import { activateSourceCommands } from './sources/commands';
import { activateSearchSources } from './sources/search';
import { activateSourcesView } from './sources/view';

/**
 * Wires every feature; reads no file. The corpus is scanned in the background once
 * activation has returned.
 */
export function activate(context: vscode.ExtensionContext): DossierApi {
  const service = new CorpusService(context.storageUri);
  const glossary = new GlossaryService();
  const mentions = new MentionService(service, glossary);
  context.subscriptions.push(service, glossary, mentions);
  const tree = activateSourcesView(context, service, glossary, mentions);
  activateSourceCommands(context, service);
  activateSearchSources(context, service);
  activateChooseCorpusFolder(context);
  activateGlossaryDiagnostics(context, glossary);
  activateGlossaryHover(context, service, glossary, mentions);
  activateGlossaryNavigation(context, service, glossary, mentions);
  const highlights = activateGlossaryHighlight(context, glossary, mentions);
  activateAddToGlossary(context, glossary);
  const lint = new LintService(service, vscode.Uri.joinPath(context.extensionUri, 'README.md'));
  // Open drafts are checked again when the glossary changes, as when the corpus does.
  context.subscriptions.push(lint, glossary.onDidChange(() => lint.lintOpenDrafts()));
  activateDraftCodeActions(context, service, lint);
  activateCitationProviders(context, service, lint);
  const draftStatus = activateDraftStatusBar(context, lint);
  activateDraftWorkspaceCommands(context, service, lint);
  // Reading starts after activate has returned: both begin in a promise callback.
  service.start();
  glossary.reload();
  lint.lintOpenDrafts();
  return createApi(service, tree, localize, glossary, mentions, lint, { draftStatus, highlights });
}

export function deactivate(): void {}
