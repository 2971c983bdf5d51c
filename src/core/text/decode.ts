/** Turns a file's bytes into text: UTF-8 (with or without BOM), else Windows-1252. */

export type Encoding = 'utf-8' | 'windows-1252';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin1 = new TextDecoder('latin1');

/**
 * Windows-1252's 0x80–0x9F block (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
 * Node's TextDecoder treats 'windows-1252' as Latin-1 and leaves these as C1 controls,
 * which turns every ’ and œ of a legacy French file into garbage; so they are mapped here.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** How much of the start of a file is looked at to call it binary. */
const SNIFF_BYTES = 8192;

/**
 * Binary: a NUL byte, or many control characters, near the start. Text files in UTF-8,
 * UTF-16 aside, never hold NUL; pasted text holds tabs and newlines but little else.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decode(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: legacy French text is almost always Windows-1252 (a superset of Latin-1).
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
