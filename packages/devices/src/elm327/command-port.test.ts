import { describe, expect, it, vi } from "vitest";
import { memoryLinkPair, type MemoryLink } from "../link";
import { CommandPort } from "./command-port";

/** A chip that answers each command after the delay it is given, `?` to the resync's DEL DEL CR. */
function slowChip(device: MemoryLink, delays: Record<string, number>, answers: Record<string, string>) {
  let line = "";
  const seen: string[] = [];
  device.onData((bytes) => {
    for (const char of bytes.toString("latin1")) {
      if (char !== "\r") {
        line += char;
        continue;
      }
      const command = line;
      line = "";
      seen.push(command);
      const answer = command.includes("\x7F") ? "?" : (answers[command] ?? "?");
      setTimeout(() => void device.write(Buffer.from(`${answer}\r\r>`, "latin1")), delays[command] ?? 0);
    }
  });
  return seen;
}

describe("the ELM327 command port", () => {
  it("after a timeout, discards the late answer and gives the next command its own", async () => {
    const [driver, device] = memoryLinkPair();
    const seen = slowChip(device, { ATI: 150 }, { ATI: "ELM327 v1.5", ATRV: "12.6V" });
    const port = new CommandPort(driver);
    await expect(port.send("ATI", 50)).rejects.toMatchObject({ code: "ADAPTER_TIMEOUT" });
    // Sent while ATI's answer is still on its way: without the resync it would read "ELM327 v1.5".
    expect(await port.send("ATRV", 1_000)).toEqual(["12.6V"]);
    expect(seen).toEqual(["ATI", "\x7F\x7F", "ATRV"]);
    port.close();
  });

  it("sends one command at a time: the second waits for the first's prompt", async () => {
    const [driver, device] = memoryLinkPair();
    const seen = slowChip(device, { ATI: 300 }, { ATI: "ELM327 v1.5", ATRV: "12.6V" });
    const port = new CommandPort(driver);
    const first = port.send("ATI", 1_000);
    const second = port.send("ATRV", 1_000);
    // ATI is on the wire and its answer 300 ms away: ATRV must not have followed it yet.
    await vi.waitFor(() => expect(seen).toEqual(["ATI"]), { interval: 5 });
    expect(await first).toEqual(["ELM327 v1.5"]);
    expect(await second).toEqual(["12.6V"]);
    port.close();
  });

  it("refuses an empty command (a bare CR repeats the last one) and mode 04", async () => {
    const [driver] = memoryLinkPair();
    const port = new CommandPort(driver);
    await expect(port.send("  ", 100)).rejects.toThrow(/bare CR/);
    await expect(port.send("04", 100)).rejects.toThrow(/never done here/);
    port.close();
  });
});
