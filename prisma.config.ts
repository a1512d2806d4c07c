import "dotenv/config";
import { defineConfig } from "prisma/config";
import { databaseUrlFromEnv } from "./lib/database-url";

// The CLI reads the same default as the app: a SQLite file under the git-ignored data/.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: databaseUrlFromEnv(process.env),
  },
});
