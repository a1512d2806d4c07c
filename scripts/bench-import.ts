// `npm run bench:import`: only the bench's import part (scripts/bench/import.ts), on the databases
// of BENCH_DATABASES (sqlite,postgres; PostgreSQL needs TEST_POSTGRES_URL).
import { benchImport, printImportTimings } from "./bench/import";

const kinds = (process.env.BENCH_DATABASES ?? "sqlite,postgres").split(",").map((kind) => kind.trim());
const timings = await benchImport(kinds, process.env.TEST_POSTGRES_URL);
printImportTimings(timings, (line) => console.log(`[bench:import] ${line}`));
process.exitCode = timings.length > 0 && timings.every((t) => t.ok) ? 0 : 1;
