import { idText } from "@kiosk/fleet-contract";
import { z } from "zod";
import { adminProcedure, viewerProcedure } from "../procedures";
import { t } from "../trpc";
import { createKiosk, issueEnrollCode, listKiosks, revokeKiosk, rotateKiosk } from "./service";

const byKiosk = z.object({ kioskId: idText }).strict();

/** The admins' kiosks: create (with a one-time enrollment code), revoke, rotate; viewers may list them. */
export const kiosksRouter = t.router({
  list: viewerProcedure.query(({ ctx }) => listKiosks(ctx.db, ctx.config)),
  create: adminProcedure
    .input(z.object({ id: idText, name: z.string().trim().min(1).max(100) }).strict())
    .mutation(({ ctx, input }) => createKiosk({ ctx, input })),
  newEnrollCode: adminProcedure.input(byKiosk).mutation(({ ctx, input }) => issueEnrollCode({ ctx, input })),
  revoke: adminProcedure.input(byKiosk).mutation(({ ctx, input }) => revokeKiosk({ ctx, input })),
  rotate: adminProcedure.input(byKiosk).mutation(({ ctx, input }) => rotateKiosk({ ctx, input })),
});
