// Which endpoints the built app has: server actions from its server-reference manifest (and the
// pages' no-JS forms, whose hidden $ACTION_… fields are replayed as a browser sends them), and
// route handlers from app/**/route.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Known } from "./inputs";
import { decodeEntities } from "../../e2e/support/html-entities";

export interface ActionEndpoint {
  kind: "action";
  name: string;
  id: string;
  /** A page whose worker holds the action: the URL the post goes to. */
  path: string;
  fields: string[];
  /** Fields that may be repeated (checkbox groups). */
  lists: string[];
  /** useActionState actions take (previousState, formData); plain form actions take (formData). */
  takesState: boolean;
  /** Refuses anyone but signed-in staff: fuzzed both anonymously and with an admin session. */
  staff: boolean;
  /** The hidden fields of the page's own no-JS form, when one was found. */
  formFields?: [string, string][];
}

export interface RouteEndpoint {
  kind: "route";
  name: string;
  /** URL pattern, segments like "[slug]" or "[...nextauth]". */
  pattern: string;
  methods: string[];
  params: string[];
  /** JSON routes under app/api get the full count; image and feed routes a tenth of it. */
  api: boolean;
}

export type Endpoint = ActionEndpoint | RouteEndpoint;

// Field names of every action as its form sends them. An action missing here is still fuzzed, with
// the fields of its page's form (or none): the report names it, so this list can follow.
const ACTION_FIELDS: Record<string, { fields: string[]; lists?: string[]; takesState?: boolean; staff?: boolean }> = {
  signPetition: { fields: ["petition", "name", "email", "country", "showName", "subscribe", "website", "ref", "ch"] },
  confirmSignatureAction: { fields: ["token"], takesState: false },
  subscribeToUpdates: { fields: ["email", "scope", "website"] },
  confirmSubscriptionAction: { fields: ["token"], takesState: false },
  unsubscribeAction: { fields: ["token"], takesState: false },
  requestMyDataLink: { fields: ["email", "website"] },
  eraseMyData: { fields: ["token"], takesState: false },
  postComment: { fields: ["page", "name", "message", "website"] },
  reportComment: { fields: ["comment", "reason"] },
  countSentLetter: { fields: ["prisoner", "website"] },
  signIn: { fields: ["email", "password"] },
  signOut: { fields: [], takesState: false },
  savePrisoner: {
    staff: true,
    fields: [
      "id",
      "slug",
      "nameLatin",
      "nameBelarusian",
      "nameRussian",
      "otherSpellings",
      "status",
      "detainedOn",
      "releasedOn",
      "sentence",
      "sentencedOn",
      "court",
      "placeOfDetention",
      "postalAddress",
      "biography",
      "featured",
      "changedOn",
      "changeText",
      "sourceTitle",
      "sourceUrl",
    ],
  },
  saveUpdate: { staff: true, fields: ["id", "slug", "title", "summary", "body", "publishedAt", "prisoners"], lists: ["prisoners"] },
  savePetition: {
    staff: true,
    fields: ["id", "slug", "title", "summary", "body", "target", "goal", "state", "prisoners"],
    lists: ["prisoners"],
  },
  invalidateSignatures: { staff: true, fields: ["petition", "mode", "domain", "ip", "from", "to", "step", "expected"] },
  approveComment: { staff: true, fields: ["comment"] },
  rejectComment: { staff: true, fields: ["comment", "reason"] },
  restoreComment: { staff: true, fields: ["comment"] },
  bulkModerate: { staff: true, fields: ["decision", "reason", "comments"], lists: ["comments"] },
  blockAuthor: { staff: true, fields: ["comment"] },
  setModerationMode: { staff: true, fields: ["page", "mode"] },
  addModerationWord: { staff: true, fields: ["term", "language", "kind"] },
  deleteModerationWord: { staff: true, fields: ["word"] },
};

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
  workers: Record<string, unknown>;
}

/** A worker's page ("app/[locale]/petitions/[slug]/page") as a URL of seed content. */
function pageUrl(worker: string, known: Known): string | null {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter(Boolean);
  const out: string[] = [];
  for (const [index, segment] of segments.entries()) {
    if (segment === "[locale]") continue;
    if (!segment.startsWith("[")) {
      out.push(segment);
      continue;
    }
    const parent = segments[index - 1];
    const value =
      segment === "[token]"
        ? "A".repeat(43)
        : parent === "petitions"
          ? known.petitions[0]
          : parent === "updates"
            ? known.updates[0]
            : // Letter pages exist only for people still held.
              (known.heldPrisoners[0] ?? known.prisoners[0]);
    if (!value) return null;
    out.push(value);
  }
  return `/${out.join("/")}`;
}

export function actionEndpoints(distDir: string, known: Known): ActionEndpoint[] {
  const manifest = JSON.parse(readFileSync(join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const endpoints: ActionEndpoint[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    const name = entry.exportedName ?? id;
    const spec = ACTION_FIELDS[name];
    // Prefer a public page: staff pages answer anonymous callers with a redirect before rendering.
    const workers = Object.keys(entry.workers).sort((a, b) => Number(a.startsWith("app/admin")) - Number(b.startsWith("app/admin")));
    const path = workers.map((worker) => pageUrl(worker, known)).find(Boolean) ?? "/";
    endpoints.push({
      kind: "action",
      name,
      id,
      path,
      fields: spec?.fields ?? [],
      lists: spec?.lists ?? [],
      takesState: spec?.takesState ?? true,
      staff: spec?.staff ?? false,
    });
  }
  return endpoints.sort((a, b) => a.name.localeCompare(b.name));
}

/** The no-JS forms of a page: their action id, hidden $ACTION_ fields and the names of their fields. */
export function formsIn(html: string): { id: string; hidden: [string, string][]; fields: string[]; takesState: boolean }[] {
  const forms = [];
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const hidden: [string, string][] = [];
    const fields = new Set<string>();
    for (const [tag] of form.matchAll(/<(?:input|select|textarea|button)\b[^>]*>/g)) {
      const name = tag.match(/\bname="([^"]*)"/)?.[1];
      if (!name) continue;
      const decoded = decodeEntities(name);
      if (decoded.startsWith("$ACTION")) hidden.push([decoded, decodeEntities(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? "")]);
      else fields.add(decoded);
    }
    const plain = hidden.find(([name]) => name.startsWith("$ACTION_ID_"));
    const bound = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name));
    const id = plain ? plain[0].slice("$ACTION_ID_".length) : bound ? (JSON.parse(bound[1]) as { id: string }).id : null;
    if (id) forms.push({ id, hidden, fields: [...fields], takesState: !plain });
  }
  return forms;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [path] : [];
  });
}

export function routeEndpoints(appDir = "app"): RouteEndpoint[] {
  return routeFiles(appDir)
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const methods = METHODS.filter((method) =>
        new RegExp(`export\\s+(?:async\\s+)?(?:function|const)\\s+${method}\\b|as\\s+${method}\\b`).test(source),
      );
      const segments = relative(appDir, file)
        .split("/")
        .slice(0, -1)
        .filter((segment) => !/^\(.*\)$/.test(segment));
      const pattern = `/${segments.join("/")}`;
      const params = [...source.matchAll(/searchParams\.get\("([^"]+)"\)|\["(q|status|page|v)"/g)].map((m) => m[1] ?? m[2]!);
      return {
        kind: "route" as const,
        name: `${methods.join(",")} ${pattern}`,
        pattern,
        methods,
        params: [...new Set(params)],
        api: pattern.startsWith("/api/"),
      };
    })
    .filter((route) => route.methods.length)
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}
