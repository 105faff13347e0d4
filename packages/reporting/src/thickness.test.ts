import { describe, expect, it } from "vitest";
import { thicknessReportInput } from "./schemas";
import { assessThickness, verdictFor } from "./thickness";

const thresholds = { normalMaxUm: 200, warningMaxUm: 300, aluminium: { normalMaxUm: 160, warningMaxUm: 260 } };

describe("thickness verdicts", () => {
  it("follow the thresholds at their edges", () => {
    expect(verdictFor(200, thresholds)).toBe("normal");
    expect(verdictFor(200.1, thresholds)).toBe("warning");
    expect(verdictFor(300, thresholds)).toBe("warning");
    expect(verdictFor(301, thresholds)).toBe("critical");
  });

  it("summarise min, max, average, counts and a Russian recommendation", () => {
    const measurements = [100, 150, 250, 400].map((valueUm, i) => ({ zone: `z${i}`, valueUm }));
    const { summary, zones } = assessThickness({ measurements }, thresholds);
    expect(zones.map((z) => z.verdict)).toEqual(["normal", "normal", "warning", "critical"]);
    expect(summary).toMatchObject({
      minUm: 100,
      maxUm: 400,
      averageUm: 225,
      counts: { normal: 2, warning: 1, critical: 1 },
      overall: "critical",
    });
    expect(summary.recommendation).toMatch(/кузовной ремонт/);
  });

  it("never take a verdict from the client: the schema drops it", () => {
    const measurements = Array.from({ length: 40 }, (_, i) => ({
      zone: `z${i}`,
      valueUm: 450,
      verdict: "normal",
      status: "normal",
    }));
    const parsed = thicknessReportInput.parse({ sessionId: "ses_1", vehicleType: "sedan", measurements });
    expect(parsed.measurements[0]).toEqual({ zone: "z0", valueUm: 450 });
    expect(assessThickness(parsed, thresholds).zones.every((z) => z.verdict === "critical")).toBe(true);
  });

  it("takes 40 to 60 zones", () => {
    const zones = (n: number) => Array.from({ length: n }, (_, i) => ({ zone: `z${i}`, valueUm: 100 }));
    expect(
      thicknessReportInput.safeParse({ sessionId: "s", vehicleType: "sedan", measurements: zones(39) }).success,
    ).toBe(false);
    expect(
      thicknessReportInput.safeParse({ sessionId: "s", vehicleType: "sedan", measurements: zones(61) }).success,
    ).toBe(false);
    expect(
      thicknessReportInput.safeParse({ sessionId: "s", vehicleType: "sedan", measurements: zones(60) }).success,
    ).toBe(true);
  });
});
