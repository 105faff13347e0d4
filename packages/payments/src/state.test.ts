import { paymentStatuses } from "@kiosk/db";
import { describe, expect, it } from "vitest";
import { isPaid, isRefundable, paysForService } from "./state";

describe("what a payment status means", () => {
  it("counts money taken as paid, and a payment as still paying for its service until all of it went back", () => {
    expect(paymentStatuses.filter(isPaid)).toEqual(["confirmed", "partially_refunded", "refunded"]);
    expect(paymentStatuses.filter(paysForService)).toEqual(["confirmed", "partially_refunded"]);
    expect(paymentStatuses.filter(isRefundable)).toEqual(["confirmed", "partially_refunded"]);
  });
});
