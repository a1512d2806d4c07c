// The seeded petition every bench signs; `npm run db:fill` gives it a tenth of its signatures, so
// growth shows on the very form that is measured.
export const BENCH_PETITION = "release-all-political-prisoners";
