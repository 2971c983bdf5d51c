import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { message, type Message } from '../messages';
import { settingsFrom, type DossierSettings } from './settings';

/**
 * The settings a workspace folder gives Dossier, read from its `.vscode/settings.json`
 * (JSON with comments), so that the CLI sees what the editor sees.
 */
export async function readWorkspaceSettings(root: string): Promise<{ settings: DossierSettings; problems: Message[] }> {
  const file = join(root, '.vscode', 'settings.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return settingsFrom(() => undefined);
  }
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof data !== 'object' || data === null) {
    const why = errors.length > 0 ? printParseErrorCode(errors[0].error) : 'not an object';
    const { settings } = settingsFrom(() => undefined);
    return { settings, problems: [message('{0} cannot be read ({1}); the default settings are used.', '.vscode/settings.json', why)] };
  }
  const flat = data as Record<string, unknown>;
  return settingsFrom((key) => flat[key]);
}
