import { StaticText } from "../static-text";

// A static page about the size of the product's petition page (BENCH_BASELINE_PETITION_TEXT_BYTES).
export default function PetitionPage() {
  return <StaticText heading="Petition" bytes={Number(process.env.BENCH_BASELINE_PETITION_TEXT_BYTES ?? 20_000)} />;
}
