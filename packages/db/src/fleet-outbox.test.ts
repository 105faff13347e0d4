import { afterEach, describe, expect, it } from "vitest";
import { insertSession } from "../test/fixtures";
import { createAudit, systemActor } from "./audit";
import { createDb, type DbHandle } from "./create-db";
import {
  deferFleetEvents,
  dueFleetEvents,
  fleetBacklog,
  fleetOutboxHook,
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
  const audit = createAudit(db, { onRecorded: fleetOutboxHook({ shareContacts: false }) });
  const event = (at: number) => {
    const id = insertSession(db, at);
    audit(db, { actor: systemActor, event: "session.created", entityType: "session", entityId: id, at });
  };
  return { db, event };
}

describe("the fleet outbox", () => {
  it("is queued only through the hook: an audit without it queues nothing", () => {
    handle = createDb(":memory:");
    const { db } = handle;
    const id = insertSession(db, 1);
    createAudit(db)(db, { actor: systemActor, event: "session.created", entityType: "session", entityId: id, at: 1 });
    expect(fleetBacklog(db)).toBe(0);
    const hooked = createAudit(db, { onRecorded: fleetOutboxHook({ shareContacts: false }) });
    hooked(db, { actor: systemActor, event: "session.created", entityType: "session", entityId: id, at: 2 });
    // Not a fleet event: kept on the kiosk.
    hooked(db, { actor: systemActor, event: "session.updated", entityType: "session", entityId: id, at: 3 });
    expect(dueFleetEvents(db, 10, 10).map((e) => [e.event, e.at])).toEqual([["session.created", 2]]);
  });

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
