import { StaticText } from "../static-text";

// A static page about the size of the product's cached profile (BENCH_BASELINE_TEXT_BYTES).
export default function ProfilePage() {
  return <StaticText heading="Profile" bytes={Number(process.env.BENCH_BASELINE_TEXT_BYTES ?? 20_000)} />;
}
