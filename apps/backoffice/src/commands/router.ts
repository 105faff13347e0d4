import { commandParams, idText, type OperatorCommandKind } from "@kiosk/fleet-contract";
import { z } from "zod";
import { operatorProcedure, viewerProcedure } from "../procedures";
import { commandStatuses } from "../schema";
import { t } from "../trpc";
import { getCommand, listCommands, queueCommand } from "./queue";

/**
 * The console makes one per submission (`crypto.randomUUID()`) and keeps it
 * when it sends the same submission again: the backoffice then answers the
 * command it queued, so a lost answer or a double click never queues two.
 */
const requestKey = idText;

const forKiosk = <K extends OperatorCommandKind>(kind: K) =>
  z.object({ kioskId: idText, requestKey, kind: z.literal(kind), params: commandParams[kind] }).strict();

/** Each kind an operator may send, with its own strict params; `rotate_credential` is `kiosks.rotate`'s. */
const operatorCommand = z.discriminatedUnion("kind", [
  forKiosk("refund"),
  forKiosk("redeliver"),
  forKiosk("resend_link"),
  forKiosk("open_cell"),
  forKiosk("expire_session"),
]);

/** Operators' commands to kiosks, queued until each kiosk pulls them. */
export const commandsRouter = t.router({
  create: operatorProcedure.input(operatorCommand).mutation(({ ctx, input }) => {
    const { kioskId, requestKey, ...request } = input;
    return queueCommand(ctx.db, ctx.config, {
      kioskId,
      requestKey,
      request,
      operator: ctx.operator,
      ip: ctx.ip,
    });
  }),
  list: viewerProcedure
    .input(
      z
        .object({
          kioskId: idText.optional(),
          status: z.enum(commandStatuses).optional(),
          limit: z.number().int().min(1).max(500).default(100),
        })
        .strict(),
    )
    .query(({ ctx, input }) => listCommands(ctx.db, input)),
  get: viewerProcedure.input(z.object({ id: idText }).strict()).query(({ ctx, input }) => getCommand(ctx.db, input.id)),
});
