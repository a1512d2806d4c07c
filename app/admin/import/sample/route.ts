import { importDocResponse } from "@/lib/import/docs-file";

// docs/import-sample.csv, for admins to download and fill in.
export const GET = () => importDocResponse("import-sample.csv");
