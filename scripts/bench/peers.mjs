// The prose tools users already run on drafts, through their libraries, on the same draft:
// markdownlint (default rules) and cspell-lib (French and English dictionaries).
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DRAFT_WARMUP, timed } from './stats.mjs';

export async function measureMarkdownlint(repo, draft, runs) {
  const { lint } = await import('markdownlint/promise');
  let issues = 0;
  const r = await timed(
    runs,
    async () => {
      const results = await lint({ strings: { 'note.md': draft } });
      issues = results['note.md'].length;
    },
    { warmup: DRAFT_WARMUP },
  );
  return { ms: r.ms, issues, times: r.times };
}

export async function measureCspell(repo, draft, draftPath, runs) {
  const require = createRequire(path.join(repo, 'package.json'));
  const { spellCheckDocument } = await import('cspell-lib');
  const settings = { language: 'fr,en', import: [require.resolve('@cspell/dict-fr-fr/cspell-ext.json')] };
  const document = { uri: pathToFileURL(draftPath).href, text: draft, languageId: 'markdown', locale: 'fr,en' };
  let issues = 0;
  let dictionaries = [];
  // The first check loads the dictionaries: it is part of the warm-up.
  const r = await timed(
    runs,
    async () => {
      const result = await spellCheckDocument(document, { noConfigSearch: true, generateSuggestions: false }, settings);
      if (result.errors?.length) throw result.errors[0];
      issues = result.issues.length;
      dictionaries = result.settingsUsed.dictionaries ?? [];
    },
    { warmup: DRAFT_WARMUP },
  );
  if (!dictionaries.some((d) => /fr/i.test(d))) throw new Error(`cspell did not load the French dictionary (${dictionaries.join(', ')})`);
  return { ms: r.ms, issues, times: r.times };
}
