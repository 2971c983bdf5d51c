// Helpers for integration suites (they run inside VS Code's extension host).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'dossier.dossier';

/** What the outer runner (scripts/integration.mjs) tells the host about this run. */
export interface ScenarioInfo {
  /** The scenario's folder name under test/integration/. */
  name: string;
  /** The temp copy of the fixture that is open in the window, or null for no folder. */
  workspace: string | null;
  /** The fixture it was copied from (read-only; do not write there), or null. */
  fixture: string | null;
  /** False when the window is in Restricted Mode. */
  trusted: boolean;
}

export function scenario(): ScenarioInfo {
  const raw = process.env.DOSSIER_SCENARIO;
  if (!raw) throw new Error('DOSSIER_SCENARIO is not set: run through scripts/integration.mjs');
  return JSON.parse(raw) as ScenarioInfo;
}

/** The open workspace folder (a fresh temp copy of the fixture: tests may write there). */
export function workspaceDir(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open in this scenario');
  return folder.uri;
}

/**
 * Puts the workspace copy back as the fixture has it: files the tests added are
 * deleted, changed or deleted ones rewritten; identical files are left alone so
 * no needless change events fire. All suites of a scenario share one window and
 * one workspace, so a suite that changes files calls this in its suiteTeardown.
 */
export function resetWorkspace(): void {
  const { fixture, workspace } = scenario();
  if (!fixture || !workspace) return;
  const rel = (root: string) => new Set(fs.readdirSync(root, { recursive: true, encoding: 'utf8' }));
  const wanted = rel(fixture);
  // Deepest first, so a folder is emptied before it is looked at.
  for (const f of [...rel(workspace)].sort().reverse()) {
    if (!wanted.has(f)) fs.rmSync(path.join(workspace, f), { recursive: true, force: true });
  }
  for (const f of [...wanted].sort()) {
    const from = path.join(fixture, f);
    const to = path.join(workspace, f);
    if (fs.statSync(from).isDirectory()) {
      fs.mkdirSync(to, { recursive: true });
    } else if (!fs.existsSync(to) || !fs.readFileSync(to).equals(fs.readFileSync(from))) {
      fs.copyFileSync(from, to);
    }
  }
}

/** Activates Dossier and returns its exports. */
export async function activateDossier<T = unknown>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this window`);
  return ext.activate();
}

/**
 * Resolves with the first event that matches `accept`; rejects after `timeoutMs`.
 * Tests wait on events like this, never on sleeps.
 */
export function waitForEvent<T>(
  event: vscode.Event<T>,
  accept: (e: T) => boolean = () => true,
  timeoutMs = 10_000,
  what = 'event',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((e) => {
      if (!accept(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/**
 * The quick fixes VS Code offers on `range`. VS Code cancels a code-action request, and answers
 * it with no action at all, when any extension registers or drops a code-action provider while
 * it runs (`getCodeActions` watches the registry), as extensions still activating at start do
 * (seen under load: 2 empty answers in 12 runs of the examples scenario, none in 10 with this). So an empty answer is asked again until `timeoutMs` passes; the last
 * answer is returned for the test to judge.
 */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range, timeoutMs = 10_000): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    if (actions.length > 0 || Date.now() > deadline) return actions;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
