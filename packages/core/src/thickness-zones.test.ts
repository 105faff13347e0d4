import { describe, expect, it } from "vitest";
import { thicknessZone, thicknessZoneByLabel, thicknessZones } from "./thickness-zones";
import { vehicleTypes } from "./vehicles";

describe("thickness zones", () => {
  it("has 44, 45 and 50 points, within the report's 40–60", () => {
    expect(thicknessZones("hatchback")).toHaveLength(44);
    expect(thicknessZones("sedan")).toHaveLength(45);
    expect(thicknessZones("minivan")).toHaveLength(50);
  });

  it.each(vehicleTypes)("%s: ids are unique, without spaces; labels unique", (type) => {
    const zones = thicknessZones(type);
    expect(new Set(zones.map((z) => z.id)).size).toBe(zones.length);
    expect(new Set(zones.map((z) => z.label)).size).toBe(zones.length);
    for (const zone of zones) expect(zone.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("names a zone in the report's Russian and finds it both ways", () => {
    expect(thicknessZone("sedan", "hood-center")?.label).toBe("Капот, центр");
    expect(thicknessZone("sedan", "front-left-fender-front")?.label).toBe("Переднее левое крыло, перед");
    expect(thicknessZoneByLabel("minivan", "Сдвижная дверь, низ")?.id).toBe("sliding-door-bottom");
    expect(thicknessZone("sedan", "sliding-door-top")).toBeUndefined();
    expect(thicknessZone("hatchback", "trunk-lid-center")).toBeUndefined();
  });
});
