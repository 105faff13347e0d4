import { create } from "qrcode";
import { useMemo } from "react";

/**
 * A QR code drawn as SVG from the text itself (a GOST R 56042 payment string in
 * DEV, YooKassa's SBP link in PROD): crisp at any size, nothing fetched.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const path = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: "M" });
    const parts: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) parts.push(`M${col + 4} ${row + 4}h1v1h-1z`);
      }
    }
    return { d: parts.join(""), size: modules.size + 8 };
  }, [text]);
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${path.size} ${path.size}`}
      role="img"
      aria-label={label}
      data-qr={text}
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
