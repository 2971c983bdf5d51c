import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../src/core/corpus/document';
import { readSource } from '../../src/core/corpus/readSource';
import { decode, looksBinary } from '../../src/core/text/decode';
import { formatMessage } from '../../src/core/messages';
import { FIXTURES } from './paths';

const dir = join(FIXTURES, 'encoding');
const bytes = (name: string) => readFileSync(join(dir, name));

describe('decoding source files', () => {
  it('decodes a file that is not UTF-8 as Windows-1252, œ and ’ included', () => {
    const { text, encoding } = decode(bytes('latin1.txt'));
    assert.equal(encoding, 'windows-1252');
    assert.equal(
      text.split('\n')[0],
      'Déclaration reçue à la rédaction : « Le cœur du problème, c’est la sécurité de nos réseaux », a précisé le ministre après la réunion.',
    );
    assert.ok(!/[\u0080-\u009f]/.test(text), 'no C1 control character is left');
  });

  it('maps every Windows-1252 byte from 0x80 to 0x9F to its character', () => {
    const { text } = decode(Uint8Array.from([0x80, 0x85, 0x8c, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9c, 0x9f, 0xe9]));
    assert.equal(text, '€…Œ’“”–—œŸé');
  });

  it('drops a UTF-8 byte-order mark', () => {
    const { text, encoding } = decode(bytes('bom.txt'));
    assert.equal(encoding, 'utf-8');
    assert.ok(text.startsWith('Note'));
  });

  it('reads CRLF files with no stray carriage return in the metadata', () => {
    const doc = readSource({ path: 'crlf.md', bytes: bytes('crlf.md') }) as SourceDocument;
    assert.equal(doc.title, 'Communiqué de presse – Consultations franco-allemandes sur le cyberespace');
    assert.equal(doc.date, '2019-06-06');
    assert.ok(!doc.excerpt.includes('\r'));
  });

  it('skips a binary file, whatever its extension, and says why', () => {
    assert.ok(looksBinary(bytes('binary.txt')));
    const result = readSource({ path: 'binary.txt', bytes: bytes('binary.txt') });
    assert.ok('reason' in result);
    assert.equal(formatMessage(result.reason), 'binary file');
  });

  it('does not take text with tabs and form feeds for binary', () => {
    assert.equal(looksBinary(new TextEncoder().encode('Titre\tcolonne\n\fpage 2\r\n')), false);
  });
});
