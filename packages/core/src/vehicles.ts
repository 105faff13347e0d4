/**
 * The body types a paint thickness measurement is sold for. Each has its own
 * price (config `prices.thickness`), its own zones on the kiosk and its name in
 * the report; everything that lists them reads this one list.
 */
export const vehicleTypes = ["sedan", "hatchback", "minivan"] as const;
export type VehicleType = (typeof vehicleTypes)[number];

export const isVehicleType = (value: unknown): value is VehicleType => vehicleTypes.includes(value as VehicleType);
