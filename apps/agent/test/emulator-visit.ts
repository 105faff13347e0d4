import { createKioskClient } from "@kiosk/client";
import { eventually } from "./eventually";

/**
 * A whole DEV visit over HTTP against an agent already running (a bundle, an
 * installed package): a diagnostics session paid with the emulator confirming
 * by itself, a report with one fault, every delivery of it sent, and its PDF
 * fetched. What a build must carry to serve a customer.
 */
export async function emulatorVisit(
  url: string,
  contact: { email?: string; phone?: string } = { email: "client@example.com" },
) {
  const api = createKioskClient({ url });
  const session = await api.sessions.create.mutate({ type: "diagnostics", contact });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
  await eventually(
    () => api.payments.getStatus.query({ id: payment.id }),
    (s) => s.status === "confirmed",
    15_000,
  );
  const { id } = await api.reports.generateDiagnostics.mutate({
    sessionId: session.id,
    vehicleMake: "Lada",
    vehicleModel: "Vesta",
    dtcCodes: [{ code: "P0300", description: "Случайные пропуски зажигания", severity: "high" }],
    scanDurationSeconds: 40,
    timestamp: new Date().toISOString(),
  });
  const report = await eventually(
    () => api.reports.get.query({ id }),
    (r) => r.deliveries.every((d) => d.status === "sent"),
    15_000,
  );
  const pdf = await fetch(`${url}/api/reports/${id}/pdf`);
  return {
    session,
    payment,
    report,
    pdf: { contentType: pdf.headers.get("content-type"), bytes: Buffer.from(await pdf.arrayBuffer()) },
  };
}
