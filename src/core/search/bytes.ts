/** Typed arrays to and from base64, for caches written as JSON, and grown copies of them. */

type NumberArray = Uint32Array | Uint16Array | Int32Array;

export function toBase64(array: NumberArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

export function fromBase64<T extends NumberArray>(text: string, type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  if (typeof text !== 'string') throw new Error('not base64 data');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % type.BYTES_PER_ELEMENT !== 0) throw new Error('truncated data');
  // A copy: Buffer's memory may be shared and misaligned for the wider types.
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new type(copy);
}

/**
 * Decodes base64 held as ASCII bytes (a line of the cache file, never made a string of its own
 * by JSON) straight into `target`, from its start; returns the elements written. Throws when
 * the data is not base64, does not fit, or ends inside an element.
 */
export function decodeBase64Into(base64: Uint8Array, target: NumberArray): number {
  const text = Buffer.from(base64.buffer, base64.byteOffset, base64.byteLength).toString('latin1');
  const size = Buffer.byteLength(text, 'base64');
  if (size > target.byteLength) throw new Error('too much data');
  if (size % target.BYTES_PER_ELEMENT !== 0) throw new Error('truncated data');
  // Node skips what is not base64: fewer bytes written than the length promises means some was not.
  const written = Buffer.from(target.buffer, target.byteOffset, target.byteLength).write(text, 'base64');
  if (written !== size) throw new Error('not base64 data');
  return size / target.BYTES_PER_ELEMENT;
}

/** A copy of `array` with `length` elements (more than it has: zeros follow). */
export function grown<T extends NumberArray>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array.subarray(0, Math.min(array.length, length)));
  return bigger;
}
