import { buildRobots } from "@/lib/seo/sitemap";

// Built per request, so it always names this server's APP_URL.
export const dynamic = "force-dynamic";

export default buildRobots;
