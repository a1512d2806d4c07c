// Runs once when a Next server starts: the outbox worker sends the mails the app writes to the
// database. Not in the Edge runtime (no database there) and not while `next build` loads the app.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  // Signer names and countries stored before they were sealed at rest (docs/decisions/018).
  const { db } = await import("./lib/db");
  const { sealPlainSignatures } = await import("./lib/petitions/sealed");
  const sealed = await sealPlainSignatures(db);
  if (sealed) console.log(`[start] Sealed the names and countries of ${sealed} signatures stored before the upgrade`);
  if (env.MAIL_WORKER === "off") return;
  const { startOutboxWorker } = await import("./lib/mail/worker");
  startOutboxWorker();
}
