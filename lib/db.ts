import "server-only";
import { createPrismaClient } from "./db/client";
import { env } from "./env";

// One client per server process; dev reloads would otherwise open a new connection per edit.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV === "development") globalForPrisma.prisma = db;
