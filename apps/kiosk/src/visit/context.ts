import { createContext, useContext, type Dispatch } from "react";
import type { Api, Catalog } from "../api";
import type { VisitEvent } from "./machine";

/** What every screen works with: the agent (devices included), the catalog, and how to move the visit on. */
export interface KioskContextValue {
  api: Api;
  catalog: Catalog;
  dispatch: Dispatch<VisitEvent>;
  /**
   * Hands an error to the kiosk: when the agent was unreachable it shows the
   * "unavailable" screen and returns true; otherwise the screen explains it.
   */
  unreachable: (error: unknown) => boolean;
}

export const KioskContext = createContext<KioskContextValue | null>(null);

export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error("a screen rendered outside the kiosk");
  return value;
}

/** The price of the chosen service, from the agent's catalog. */
export function priceOf(catalog: Catalog, service: "thickness" | "diagnostics", vehicleType?: string): number {
  if (service === "diagnostics") return catalog.services.diagnostics.price;
  const price = catalog.services.thickness.prices.find((p) => p.vehicleType === vehicleType);
  if (!price) throw new Error(`no price for vehicle type ${String(vehicleType)}`);
  return price.amount;
}
