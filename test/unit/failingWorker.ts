// A reader thread that fails at once: for the test of a pool that breaks down.
throw new Error('this reader thread fails on purpose');
