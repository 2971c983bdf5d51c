import { formatMessage, message, type Message } from '../core/messages';
import french from '../../l10n/bundle.l10n.fr.json';

/** The CLI speaks French when the environment's language is French, as the editor would. */
export const cliLanguage: 'fr' | 'en' = /^fr/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'fr' : 'en';

const bundle: Record<string, string> = cliLanguage === 'fr' ? french : {};

export function t(template: string, ...args: (string | number)[]): string {
  return formatMessage(message(template, ...args), bundle[template] ?? template);
}

export function say(m: Message): string {
  return t(m.template, ...m.args);
}
