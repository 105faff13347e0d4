/**
 * The one polling helper of the test tree: reads until `accept` takes the value,
 * and returns it, in real time (the agent's workers and other processes run on
 * their own). Outside vitest too (the chaos campaigns, the fleet simulation).
 * An assertion that needs no value back is `expect.poll`; a timeout on the
 * agent's clock is `clock.advance`, never a wait.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
