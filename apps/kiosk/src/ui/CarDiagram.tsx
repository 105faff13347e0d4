import { useId, useMemo, type KeyboardEvent } from "react";
import {
  carDiagram,
  diagramLegend,
  diagramStyle,
  verdictColours,
  type DiagramFill,
  type DiagramZone,
} from "@kiosk/core/car-diagram";

type Verdict = "normal" | "warning" | "critical";

export interface CarDiagramReading {
  zone: string;
  label: string;
  valueUm: number | null;
  verdict: Verdict | null;
}

interface CarDiagramProps {
  vehicleType: "sedan" | "hatchback" | "minivan";
  zones: CarDiagramReading[];
  /** The zone the customer measures next: highlighted, pulsing unless motion is reduced. */
  next?: string | null;
  /** Makes every zone a button, the whole region its target. */
  onZoneTap?: (zoneId: string) => void;
}

const vehicleNames: Record<CarDiagramProps["vehicleType"], string> = {
  sedan: "седан",
  hatchback: "хэтчбек",
  minivan: "минивэн",
};

const fillOf = (reading: CarDiagramReading | undefined, isNext: boolean): DiagramFill =>
  reading?.valueUm != null && reading.verdict ? reading.verdict : isNext ? "next" : "unmeasured";

/** The car's zones coloured by verdict, each with its value, and the legend. */
export function CarDiagram({ vehicleType, zones, next = null, onZoneTap }: CarDiagramProps) {
  const diagram = useMemo(() => carDiagram(vehicleType), [vehicleType]);
  const readings = new Map(zones.map((reading) => [reading.zone, reading]));
  // A pattern id must be unique on the page and a plain name inside url(#...).
  const hatch = `car-diagram-hatch-${useId().replace(/[^\w-]/g, "")}`;
  const regions = diagram.zones.map((region) => ({
    region,
    reading: readings.get(region.id),
    fill: fillOf(readings.get(region.id), region.id === next),
  }));
  const nextRegion = diagram.zones.find((region) => region.id === next);

  return (
    <figure className="car-diagram">
      <svg
        className="car-diagram-drawing"
        viewBox={`0 0 ${diagram.width} ${diagram.height}`}
        data-diagram={vehicleType}
        role={onZoneTap ? "group" : "img"}
      >
        <title>{`Схема кузова: ${vehicleNames[vehicleType]}`}</title>
        <defs>
          <pattern
            id={hatch}
            width={diagramStyle.hatch.spacing}
            height={diagramStyle.hatch.spacing}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line
              x1="0"
              y1="0"
              x2="0"
              y2={diagramStyle.hatch.spacing}
              stroke={diagramStyle.hatch.colour}
              strokeWidth="3"
            />
          </pattern>
        </defs>
        <g aria-hidden="true">
          {diagram.decoration.map((part, i) => (
            <path key={i} d={part.path} fill={diagramStyle.decoration[part.kind]} />
          ))}
        </g>
        <g>
          {regions.map(({ region, reading, fill }) => (
            <ZonePath
              key={region.id}
              region={region}
              fill={fill}
              verdict={reading?.verdict ?? null}
              isNext={region.id === next}
              label={reading?.label ?? region.label}
              onTap={onZoneTap}
            />
          ))}
        </g>
        <g aria-hidden="true" pointerEvents="none">
          {regions
            .filter(({ fill }) => fill === "critical")
            .map(({ region }) => (
              <g key={region.id}>
                <path d={region.path} fill={`url(#${hatch})`} />
                <path d={region.path} fill="none" stroke={verdictColours.critical.stroke} strokeWidth="3" />
              </g>
            ))}
          {nextRegion ? (
            <path className="car-diagram-next" d={nextRegion.path} fill="none" stroke={verdictColours.next.stroke} />
          ) : null}
        </g>
        <g className="car-diagram-values" aria-hidden="true" pointerEvents="none">
          {regions.map(({ region, reading }) =>
            reading?.valueUm != null ? (
              <text
                key={region.id}
                x={region.anchor.x}
                y={region.anchor.y}
                fontSize={diagramStyle.valueSize}
                className={reading.verdict === "critical" ? "car-diagram-value-on-hatch" : undefined}
              >
                {reading.valueUm}
              </text>
            ) : null,
          )}
        </g>
        <g className="car-diagram-captions" aria-hidden="true">
          {diagram.captions.map((caption, i) => (
            <text key={i} x={caption.at.x} y={caption.at.y} fontSize={diagramStyle.captionSize}>
              {caption.text}
            </text>
          ))}
        </g>
      </svg>
      <DiagramLegend withNext={nextRegion !== undefined} />
    </figure>
  );
}

interface ZonePathProps {
  region: DiagramZone;
  fill: DiagramFill;
  verdict: Verdict | null;
  isNext: boolean;
  label: string;
  onTap: ((zoneId: string) => void) | undefined;
}

function ZonePath({ region, fill, verdict, isNext, label, onTap }: ZonePathProps) {
  const tap = onTap ? () => onTap(region.id) : undefined;
  const key = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    tap?.();
  };
  return (
    <path
      d={region.path}
      fill={verdictColours[fill].fill}
      stroke={verdictColours.unmeasured.stroke}
      strokeWidth="2"
      data-zone={region.id}
      data-verdict={verdict ?? "none"}
      data-next={isNext ? "true" : undefined}
      {...(tap
        ? {
            role: "button",
            tabIndex: 0,
            "aria-label": label,
            onClick: tap,
            onKeyDown: key,
            className: "car-diagram-zone",
          }
        : {})}
    />
  );
}

const swatchBorders: Record<DiagramFill, string> = {
  normal: verdictColours.normal.fill,
  warning: verdictColours.warning.fill,
  critical: verdictColours.critical.stroke,
  unmeasured: diagramStyle.decoration.body,
  next: verdictColours.next.stroke,
};

function DiagramLegend({ withNext }: { withNext: boolean }) {
  return (
    <ul className="car-diagram-legend">
      {diagramLegend.map((entry) => (
        <li key={entry.fill}>
          <span
            className={`car-diagram-swatch car-diagram-swatch-${entry.fill}`}
            style={{ backgroundColor: verdictColours[entry.fill].fill, borderColor: swatchBorders[entry.fill] }}
          />
          {entry.text}
        </li>
      ))}
      {withNext ? (
        <li>
          <span
            className="car-diagram-swatch car-diagram-swatch-next"
            style={{ backgroundColor: verdictColours.next.fill, borderColor: swatchBorders.next }}
          />
          следующая зона
        </li>
      ) : null}
      <li className="car-diagram-unit">значения — в мкм</li>
    </ul>
  );
}
