// Runs once when a Next server starts: the outbox worker sends the mails the app writes to the
// database. Not in the Edge runtime (no database there) and not while `next build` loads the app.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  if (env.MAIL_WORKER === "off") return;
  const { startOutboxWorker } = await import("./lib/mail/worker");
  startOutboxWorker();
}
