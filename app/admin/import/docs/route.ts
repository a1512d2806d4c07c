import { importDocResponse } from "@/lib/import/docs-file";

// docs/import.md: every column of the import file, for admins.
export const GET = () => importDocResponse("import.md");
