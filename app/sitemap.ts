import { buildSitemap } from "@/lib/seo/sitemap";

// Built per request from the database (the build has none): docs/decisions/011.
export const dynamic = "force-dynamic";

export default buildSitemap;
