import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { passwordTwice } from "./admin-cli";

/** A terminal as readline sees one: a stream with `isTTY` and `setRawMode`, whose modes are recorded. */
function fakeTerminal() {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    modes: [] as boolean[],
    setRawMode(raw: boolean) {
      input.modes.push(raw);
      return input;
    },
  });
  let shown = "";
  const prompt = new Writable({
    write(chunk: Buffer, _encoding, done) {
      shown += chunk.toString();
      done();
    },
  });
  return { input, prompt, shown: () => shown };
}

describe("passwordTwice on a terminal", () => {
  it("reads both lines in raw mode, shows only the prompts, and gives the terminal back", async () => {
    const { input, prompt, shown } = fakeTerminal();
    const read = passwordTwice(input, prompt);
    input.write("тайна у моря\r");
    input.write("тайна у моря\r");
    expect(await read).toBe("тайна у моря");
    expect(input.modes[0]).toBe(true);
    expect(input.modes.at(-1)).toBe(false);
    expect(shown()).toBe("Пароль / password: \nЕщё раз / again: \n");
  });

  it("stops at Ctrl-C, and gives the terminal back", async () => {
    const { input, prompt } = fakeTerminal();
    const read = passwordTwice(input, prompt);
    input.write("тайна\u0003");
    await expect(read).rejects.toThrow("cancelled");
    expect(input.modes.at(-1)).toBe(false);
  });
});
