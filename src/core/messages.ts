/**
 * Messages the engine gives users, as plain data: an English template with `{0}`-style
 * placeholders and its arguments. The editor translates the template with `vscode.l10n.t`
 * (French in l10n/bundle.l10n.fr.json); the CLI prints it with `formatMessage`.
 */
export interface Message {
  readonly template: string;
  readonly args: readonly (string | number)[];
}

export function message(template: string, ...args: (string | number)[]): Message {
  return { template, args };
}

/** Fills a template's placeholders, as `vscode.l10n.t` does. */
export function formatMessage(m: Message, template = m.template): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const value = m.args[Number(i)];
    return value === undefined ? whole : String(value);
  });
}
