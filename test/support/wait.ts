/** Waiting in e2e tests for something the gateway does in the background. */

/**
 * Polls `probe` every 50 ms until it returns a value (not undefined), and returns that; throws after
 * `timeoutMs` naming `what`, with what `explain` adds (e.g. the latest rows) when given.
 */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs = 15_000, explain }: { timeoutMs?: number; explain?: () => Promise<string> } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${explain ? `: ${await explain()}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
