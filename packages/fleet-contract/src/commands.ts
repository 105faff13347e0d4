import { z } from "zod";
import { kioskCredential } from "./enroll";
import { callFleet, type FleetCallOptions, type FleetCallResult } from "./fleet-call";
import { epochMs, idText, kopecks, storableJsonObject, storableText } from "./fields";

/**
 * Operators' commands to a kiosk. Kiosks sit behind NAT, so the backoffice
 * queues them and the agent's fleet worker pulls (`GET /api/fleet/commands`),
 * runs each once by its id, and answers its result
 * (`POST /api/fleet/commands/:id/result`).
 */
export const commandsPath = "/api/fleet/commands";
export const commandResultPath = (id: string) => `${commandsPath}/${encodeURIComponent(id)}/result`;

/** Each kind's params, strict: what the console may ask and the kiosk will run. */
export const commandParams = {
  /** `amount` kopecks back, all that is left when absent. */
  refund: z.object({ paymentId: idText, amount: kopecks.min(1).optional() }).strict(),
  /** The report's dead deliveries sent again. */
  redeliver: z.object({ reportId: idText }).strict(),
  /** The report's link (or PDF) sent again to the same recipients. */
  resend_link: z.object({ reportId: idText }).strict(),
  /** One locker cell opened once; interrupted, it is never opened again by itself. */
  open_cell: z.object({ cell: z.number().int().min(1).max(24) }).strict(),
  /** A stuck session ended as the housekeeping's expiry ends one. */
  expire_session: z.object({ sessionId: idText }).strict(),
  /** The console's rotation: the kiosk makes a new credential and presents it with the old one. */
  rotate_credential: z.object({}).strict(),
} as const;

export type CommandKind = keyof typeof commandParams;
/** What an operator may ask for; `rotate_credential` is the console's own, from `kiosks.rotate`. */
export const operatorCommandKinds = [
  "refund",
  "redeliver",
  "resend_link",
  "open_cell",
  "expire_session",
] as const satisfies readonly CommandKind[];
export type OperatorCommandKind = (typeof operatorCommandKinds)[number];
export const commandKinds = [...operatorCommandKinds, "rotate_credential"] as const satisfies readonly CommandKind[];
export type CommandParams<K extends CommandKind> = z.infer<(typeof commandParams)[K]>;

/** A kind with its params, each kind checked by its own schema. */
export const commandRequest = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("refund"), params: commandParams.refund }),
  z.object({ kind: z.literal("redeliver"), params: commandParams.redeliver }),
  z.object({ kind: z.literal("resend_link"), params: commandParams.resend_link }),
  z.object({ kind: z.literal("open_cell"), params: commandParams.open_cell }),
  z.object({ kind: z.literal("expire_session"), params: commandParams.expire_session }),
  z.object({ kind: z.literal("rotate_credential"), params: commandParams.rotate_credential }),
]);
export type CommandRequest = z.infer<typeof commandRequest>;

/** A command as the kiosk receives it: its id is the kiosk's idempotency key. */
export const fleetCommand = z.intersection(
  commandRequest,
  z.object({
    id: idText,
    /** The operator who asked (the console's id), written into the kiosk's audit rows. */
    requestedBy: idText,
    requestedByEmail: storableText(320),
    createdAt: epochMs,
    /** Past this the kiosk records it `failed` (expired) instead of running it: a cell never opens days late. */
    expiresAt: epochMs,
  }),
);
export type FleetCommand = z.infer<typeof fleetCommand>;

/** Commands per fetch at most: a kiosk back after a week offline takes its queue over a few rounds. */
export const commandsPerFetch = 20;

export const commandsAnswer = z.object({ commands: z.array(fleetCommand).max(commandsPerFetch) }).strict();
export type CommandsAnswer = z.infer<typeof commandsAnswer>;

/** What the kiosk answers once it ran a command; `rotate_credential`'s result is `{ token }`, the new credential. */
export const commandResultRequest = z
  .object({
    status: z.enum(["done", "failed"]),
    result: storableJsonObject.optional(),
    error: storableText(2_000).optional(),
  })
  .strict();
export type CommandResultRequest = z.infer<typeof commandResultRequest>;

/** The result of `rotate_credential`: the credential the kiosk made, presented with its old one. */
export const rotatedCredential = z.object({ token: kioskCredential }).strict();

/** A command's lifecycle on the backoffice: `expired` when no kiosk answered it in time. */
export const commandStatuses = ["pending", "done", "failed", "expired"] as const;
export type CommandStatus = (typeof commandStatuses)[number];

export const commandResultAnswer = z.object({ id: idText, status: z.enum(commandStatuses) }).strict();
export type CommandResultAnswer = z.infer<typeof commandResultAnswer>;

/** The kiosk's pending commands, oldest first. */
export const fetchCommands = (options: FleetCallOptions): Promise<FleetCallResult<CommandsAnswer>> =>
  callFleet(options, { method: "GET", path: commandsPath }, commandsAnswer);

/** One command's result, stored once by the backoffice (the same result again is answered 200). */
export const reportCommandResult = (
  options: FleetCallOptions,
  id: string,
  result: CommandResultRequest,
): Promise<FleetCallResult<CommandResultAnswer>> =>
  callFleet(options, { method: "POST", path: commandResultPath(id), body: result }, commandResultAnswer);
