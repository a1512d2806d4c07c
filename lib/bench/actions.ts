"use server";

import { db } from "../db";
import { env } from "../env";

export type BaselineState = { status: "idle" | "sent" | "disabled" };

/**
 * The benchmark's yardstick: a server action that does nothing but one Prisma insert. Signing is
 * measured against it in the same run (scripts/bench.ts). Off unless BENCH_ENDPOINTS=1.
 */
export async function benchBaselineInsert(_previous: BaselineState, formData: FormData): Promise<BaselineState> {
  if (env.BENCH_ENDPOINTS !== "1") return { status: "disabled" };
  await db.outboxMessage.create({
    data: {
      kind: "bench-baseline",
      sealed: String(formData.get("name") ?? "").slice(0, 100),
      state: "SENT",
    },
  });
  return { status: "sent" };
}
