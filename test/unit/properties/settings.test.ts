import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DEFAULT_SETTINGS, settingsFrom } from '../../../src/core/config/settings';
import { assertMessage, options } from './arbitraries';

const KEYS = [
  'dossier.corpus.folders', 'dossier.corpus.maxFileSizeMB', 'dossier.glossary.files', 'dossier.drafts.include', 'dossier.citations.scope',
  'dossier.claims.sensitivity', 'dossier.lint.run', 'dossier.lint.severity',
];

describe('properties: settings', () => {
  it('settingsFrom never throws on any settings.json; every value it keeps is of the right kind, the rest is a problem', () => {
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('toString', 'valueOf', 'uncited-claim', '__proto__'), fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('toString', 'valueOf'), fc.jsonValue()))));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), value), (json) => {
        const { settings, problems } = settingsFrom((key) => (Object.hasOwn(json, key) ? json[key] : undefined));
        problems.forEach(assertMessage);
        assert.ok(settings.corpus.folders.every((f) => typeof f === 'string'));
        assert.ok(settings.corpus.maxFileSizeMB > 0);
        assert.ok(['sentence', 'paragraph'].includes(settings.citations.scope));
        assert.ok(['low', 'medium', 'high'].includes(settings.claims.sensitivity));
        for (const s of Object.values(settings.lint.severity)) assert.ok(['error', 'warning', 'information', 'hint', 'off'].includes(s));
      }),
      options(),
    );
  });

  it('a severity written as an object with toString is reported, and the default kept', () => {
    const { settings, problems } = settingsFrom((key) => (key === 'dossier.lint.severity' ? { 'uncited-claim': { toString: 1 } } : undefined));
    assert.equal(settings.lint.severity['uncited-claim'], DEFAULT_SETTINGS.lint.severity['uncited-claim']);
    assert.equal(problems.length, 1);
    assert.match(String(problems[0].args[1]), /uncited-claim: \{"toString":1\}/);
  });
});
