import { badRequest, isVehicleType, vehicleTypes, type Config } from "@kiosk/core";
import type { SessionRow } from "@kiosk/db";

/**
 * The price of the session's service from config `prices`. A thickness price
 * depends on the vehicle type, taken from the intent's or the session's metadata.
 */
export function priceFor(
  prices: Config["prices"],
  session: Pick<SessionRow, "type" | "metadata">,
  intentMetadata: Record<string, string> | undefined,
): number {
  if (session.type === "diagnostics") return prices.diagnostics;
  const vehicleType = intentMetadata?.vehicleType ?? session.metadata.vehicleType;
  if (!isVehicleType(vehicleType)) {
    throw badRequest(`a thickness measurement is priced by vehicleType (${vehicleTypes.join(", ")}) in metadata`, {
      field: "metadata.vehicleType",
    });
  }
  return prices.thickness[vehicleType];
}
