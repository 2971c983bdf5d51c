/**
 * Escapes text from a workspace file for a Markdown hover or tooltip: every character that
 * Markdown or HTML could read as syntax is backslash-escaped or turned into an entity, so
 * that `[x](command:…)`, `<img onerror=…>` and `**` stay plain text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>$:]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n?|\n/g, ' ');
}

/** An http(s) URL, or undefined for anything else (javascript:, command:, file:, data:…). */
export function safeWebUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // Markdown link syntax ends at a space or a closing parenthesis: encode them.
  return parsed.href.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Whether a file is Markdown by its name (`.md`, `.markdown`). */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}
