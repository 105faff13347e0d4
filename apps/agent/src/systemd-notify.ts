/**
 * systemd's notify protocol (sd_notify(3)) without libsystemd or an npm package:
 * a datagram of `KEY=value` lines sent to the AF_UNIX socket named by
 * NOTIFY_SOCKET. Node has no unix datagram socket (dgram is UDP only, net is
 * stream only), and the ways around it are each wrong for this unit: spawning
 * `systemd-notify` sends from a child, which `NotifyAccess=main` rejects (and
 * `=all` would let any child report the agent ready); socat or python are extra
 * dependencies that also send from a child. Node 26's node:ffi calls libc's
 * socket(2) and sendto(2) from the agent's own process, and therefore from its
 * event loop: when the loop is blocked nothing is sent, which is the point of
 * the watchdog. The socket is non-blocking: a full queue drops a message
 * (the next one follows) instead of stalling the loop. An `@name` address is
 * the abstract namespace, as systemd documents.
 */
import { endianness } from "node:os";
import type { SystemdNotifySettings } from "./config";
import type { Logger } from "./logger";

/** Sends one notify datagram; false when it could not be sent (the caller decides whether to try again). */
export type NotifySend = (message: string) => boolean;

const AF_UNIX = 1;
const SOCK_DGRAM = 2;
// The same values on x86_64 and aarch64 Linux, the two targets the Node builds exist for.
const SOCK_NONBLOCK = 0o4000;
const SOCK_CLOEXEC = 0o2000000;
const MSG_NOSIGNAL = 0x4000;
const SUN_PATH_MAX = 108;

/** `struct sockaddr_un` for `address`, and the length to pass: no terminator for an abstract name. */
export function unixAddress(address: string): { bytes: Buffer; length: number } {
  const abstract = address.startsWith("@");
  const path = Buffer.from(abstract ? `\0${address.slice(1)}` : address);
  if (path.length > SUN_PATH_MAX - (abstract ? 0 : 1)) throw new Error(`NOTIFY_SOCKET is too long: ${address}`);
  const bytes = Buffer.alloc(2 + SUN_PATH_MAX);
  if (endianness() === "LE") bytes.writeUInt16LE(AF_UNIX, 0);
  else bytes.writeUInt16BE(AF_UNIX, 0);
  path.copy(bytes, 2);
  return { bytes, length: 2 + path.length + (abstract ? 0 : 1) };
}

/** A sender on a datagram socket of this process, through libc (node:ffi). */
export async function openNotifySocket(address: string): Promise<NotifySend> {
  const target = unixAddress(address);
  // Imported only under systemd: a kiosk without NOTIFY_SOCKET never loads the FFI.
  const ffi = await import("node:ffi");
  const { functions: libc } = ffi.dlopen(null, {
    socket: { arguments: ["int32", "int32", "int32"], return: "int32" },
    sendto: { arguments: ["int32", "buffer", "uint64", "int32", "buffer", "uint32"], return: "int64" },
  });
  const fd = libc.socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) throw new Error("could not open a unix datagram socket for NOTIFY_SOCKET");
  return (message) => {
    const bytes = Buffer.from(message);
    return (
      libc.sendto(fd, bytes, BigInt(bytes.length), MSG_NOSIGNAL, target.bytes, target.length) === BigInt(bytes.length)
    );
  };
}

export interface SystemdSupervision {
  /** Sends STOPPING=1 (once): the first thing a shutdown does. */
  stopping(): void;
  /** Stops the timers. */
  close(): void;
}

/**
 * Under systemd (`Type=notify`): READY=1 once, the first time `isReady` (what
 * /readyz answers) holds, polled every `pollMs`; WATCHDOG=1 every third of
 * WATCHDOG_USEC from the event loop; STOPPING=1 on `stopping()`. The timers do
 * not hold the process open.
 */
export function superviseWithSystemd(options: {
  send: NotifySend;
  watchdogUsec: number | null;
  isReady: () => boolean;
  logger: Logger;
  pollMs?: number;
}): SystemdSupervision {
  const { send, logger } = options;
  let readySent = false;
  let stopped = false;
  const poll = setInterval(() => {
    if (readySent || !options.isReady()) return;
    readySent = send("READY=1");
    if (readySent) {
      clearInterval(poll);
      logger.info("told systemd the agent is ready");
    }
  }, options.pollMs ?? 200);
  poll.unref();
  let missed = 0;
  const watchdog =
    options.watchdogUsec === null
      ? undefined
      : setInterval(
          () => {
            if (send("WATCHDOG=1")) missed = 0;
            else if (++missed === 2) logger.warn("systemd's watchdog could not be reached twice in a row");
          },
          Math.max(1, Math.floor(options.watchdogUsec / 3000)),
        );
  watchdog?.unref();
  return {
    stopping() {
      if (stopped) return;
      stopped = true;
      clearInterval(poll);
      send("STOPPING=1");
    },
    close() {
      clearInterval(poll);
      clearInterval(watchdog);
    },
  };
}

/** The supervision `settings` ask for (none without NOTIFY_SOCKET); a socket that cannot be opened is logged, not fatal. */
export async function startSystemdNotify(
  settings: SystemdNotifySettings | null,
  isReady: () => boolean,
  logger: Logger,
): Promise<SystemdSupervision | null> {
  if (!settings) return null;
  try {
    const send = await openNotifySocket(settings.socket);
    return superviseWithSystemd({ send, watchdogUsec: settings.watchdogUsec, isReady, logger });
  } catch (error) {
    logger.error({ err: error }, "cannot notify systemd: the unit will time out waiting for READY=1");
    return null;
  }
}
