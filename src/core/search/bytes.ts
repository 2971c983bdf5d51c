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

/** A copy of `array` with `length` elements (more than it has: zeros follow). */
export function grown<T extends NumberArray>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array.subarray(0, Math.min(array.length, length)));
  return bigger;
}
