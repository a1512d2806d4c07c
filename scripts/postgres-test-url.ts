// The PostgreSQL server the PostgreSQL passes of `npm test` run on (TEST_POSTGRES_URL, a role that
// may create databases; .ci/run sets it). On a laptop without one a pass is skipped, saying so; in
// CI a missing one is a failure, never a silent pass.
export function postgresTestUrlOrExit(pass: string): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (url) return url;
  skipOrFail(pass, "TEST_POSTGRES_URL is not set (a PostgreSQL role that may create databases, e.g. .ci/run's).");
}

export function skipOrFail(pass: string, reason: string): never {
  console.log(`[${pass}] ${process.env.CI ? "failed" : "skipped"}: ${reason}`);
  process.exit(process.env.CI ? 1 : 0);
}
