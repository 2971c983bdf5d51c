/** A failure the user can fix (bad arguments, a missing root): one line, exit status 2. */
export class UsageError extends Error {}
