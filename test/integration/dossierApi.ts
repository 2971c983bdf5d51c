// The extension's API as the suites use it, and waits built on its change event.
import type { DossierApi, SourcesTreeSnapshot } from '../../src/vscode/api';
import { activateDossier, resetWorkspace, waitForEvent } from './util';

export type { DossierApi, SourcesTreeSnapshot };

/** Activates Dossier and waits for its first scan. */
export async function readyDossier(): Promise<DossierApi> {
  const api = await activateDossier<DossierApi>();
  await api.whenReady();
  return api;
}

/** Waits until the corpus satisfies `check`, re-checking on each change (never by sleeping). */
export async function until(api: DossierApi, check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  if (check()) return;
  const changed = waitForEvent(api.onDidChangeSources, () => check(), timeoutMs, what);
  if (check()) return; // it may have happened between the two checks
  await changed;
  await api.whenReady();
}

/** The tree's labels as indented lines, to compare whole trees at once. */
export function outline(nodes: SourcesTreeSnapshot[], depth = 0, withDescription = false): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.label}${withDescription && n.description ? ` — ${n.description}` : ''}`,
    ...outline(n.children, depth + 1, withDescription),
  ]);
}

/** The fixture corpus's six source ids (test/fixtures/workspace/EXPECTED.md). */
export const FIXTURE_IDS = [
  'article-ingerence-elections', 'communique-dialogue-cyber', 'nato-cyber-pledge-article',
  'oewg-report-summary', 'qag-appel-de-paris-2018', 'speech-un-cyber-norms',
];

/** Puts the workspace back as the fixture has it, and waits until Dossier has followed. */
export async function restoreFixture(api: DossierApi): Promise<void> {
  resetWorkspace();
  const ids = () => api.sources().map((s) => s.id).sort().join();
  await until(api, () => ids() === FIXTURE_IDS.join() && api.skipped().length === 0, 'the fixture corpus to be restored');
}
