import { notFound } from "next/navigation";
import { BaselineForm } from "@/components/bench/BaselineForm";
import { env } from "@/lib/env";

// Hosts the benchmark's baseline action; a 404 unless BENCH_ENDPOINTS=1.
export const dynamic = "force-dynamic";

export default function BenchPage() {
  if (env.BENCH_ENDPOINTS !== "1") notFound();
  return <BaselineForm />;
}
