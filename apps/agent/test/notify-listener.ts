import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/** One datagram as systemd's manager would receive it. */
export interface Notification {
  /** Epoch ms of its arrival. */
  at: number;
  /** The sender's pid, from the kernel's credentials (what `NotifyAccess=main` checks). */
  pid: number | null;
  message: string;
}

export interface NotifyListener {
  /** Everything received so far, in order. */
  received: Notification[];
  stop(): void;
}

/**
 * A datagram socket that stands in for systemd's NOTIFY_SOCKET (python's socket
 * module has AF_UNIX datagrams, Node's has none): `address` is a path, or `@name`
 * in the abstract namespace. Resolves once it is bound.
 */
export function listenForNotifications(
  address: string,
  options: { worldWritable?: boolean } = {},
): Promise<NotifyListener> {
  const script = new URL("./notify-listener.py", import.meta.url).pathname;
  const child = spawn("python3", [script, address, ...(options.worldWritable ? ["world-writable"] : [])], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const received: Notification[] = [];
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`notify-listener exited (${String(code)}) before it listened`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const parsed = JSON.parse(line) as Notification | { listening: string };
      if ("listening" in parsed) resolve({ received, stop: () => child.kill() });
      else received.push(parsed);
    });
  });
}
