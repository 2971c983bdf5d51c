/**
 * Letting the event loop go during long work, so that the editor's host keeps answering
 * (hovers, keystrokes, other extensions) while a corpus is indexed or a long draft checked.
 * (Awaiting a resolved promise is not enough: microtasks run before anything else does.)
 */

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A pause to call often: it yields only once `ms` have passed since the last time it did. */
export function timeSlicer(ms = 8): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < ms) return undefined;
    return yieldToEventLoop().then(() => {
      last = performance.now();
    });
  };
}
