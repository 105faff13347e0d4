import { afterEach, describe, expect, it } from "vitest";
import { insertSession } from "../test/fixtures";
import { audit, systemActor } from "./audit";
import { createDb, type DbHandle } from "./create-db";
import {
  deferFleetEvents,
  dueFleetEvents,
  enableFleetOutbox,
  fleetBacklog,
  fleetRefusedCount,
  markFleetEventsSent,
  redriveFleetEvents,
  refuseFleetEvents,
  refusedFleetEvents,
} from "./fleet-outbox";

let handle: DbHandle | undefined;
afterEach(() => handle?.close());

function outbox() {
  handle = createDb(":memory:");
  const db = handle.db;
  enableFleetOutbox(db, { shareContacts: false });
  const event = (at: number) => {
    const id = insertSession(db, at);
    audit(db, { actor: systemActor, event: "session.created", entityType: "session", entityId: id, at });
  };
  return { db, event };
}

describe("the fleet outbox", () => {
  it("keeps each kiosk's order: newer events never overtake a batch waiting out its backoff", () => {
    const { db, event } = outbox();
    event(1);
    event(2);
    const first = dueFleetEvents(db, 10, 10);
    expect(first.map((e) => e.at)).toEqual([1, 2]);
    deferFleetEvents(
      db,
      first.map((e) => e.seq),
      1_000,
    );
    event(3);
    // The new event is due at once, but the head of the line is not: nothing goes.
    expect(dueFleetEvents(db, 500, 10)).toEqual([]);
    expect(dueFleetEvents(db, 1_000, 10).map((e) => e.at)).toEqual([1, 2, 3]);
    expect(fleetBacklog(db)).toBe(3);
  });

  it("sets refused events aside, out of the backlog and the line, until a re-drive", () => {
    const { db, event } = outbox();
    event(1);
    event(2);
    event(3);
    const [a, b, c] = dueFleetEvents(db, 10, 10);
    refuseFleetEvents(db, [{ seq: a?.seq as number, reason: "payload.details.reason: must be valid text" }], 20);
    markFleetEventsSent(db, [b?.seq as number], 20);
    expect(dueFleetEvents(db, 30, 10).map((e) => e.seq)).toEqual([c?.seq]);
    expect(fleetBacklog(db)).toBe(1);
    expect(fleetRefusedCount(db)).toBe(1);
    const [refused] = refusedFleetEvents(db);
    expect(refused).toMatchObject({ eventId: a?.eventId, refusedAt: 20, attempts: 1 });
    expect(refused?.refusal).toContain("payload.details.reason");
    expect(redriveFleetEvents(db, "evt_unknown")).toBe(0);
    expect(redriveFleetEvents(db, a?.eventId)).toBe(1);
    expect(fleetRefusedCount(db)).toBe(0);
    expect(dueFleetEvents(db, 30, 10).map((e) => e.seq)).toEqual([a?.seq, c?.seq]);
  });
});
