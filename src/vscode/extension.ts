import * as vscode from 'vscode';
import { createApi, type DossierApi } from './api';
import { CorpusService } from './corpusService';
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
  context.subscriptions.push(service);
  const tree = activateSourcesView(context, service);
  activateSourceCommands(context, service);
  activateSearchSources(context, service);
  activateChooseCorpusFolder(context);
  service.start(); // the scan runs after activate has returned: it starts in a promise callback
  return createApi(service, tree, localize);
}

export function deactivate(): void {}
