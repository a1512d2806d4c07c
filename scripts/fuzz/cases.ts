// One fuzz input = one HTTP request. A case is generated as plain data (so fast-check can shrink
// it and the report can print it), then turned into bytes on the wire by `wireOf`.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import type { ActionEndpoint, Endpoint, RouteEndpoint } from "./endpoints";
import { anyJson, extraKey, fieldValue, goodValue, forwardedFor, nastyString, originKind, type Known, type Origin } from "./inputs";
import type { Wire } from "./http";

export interface Session {
  /** Cookie header of a signed-in admin, when the run has one. */
  staffCookie?: string;
  /** next-auth's CSRF token and the cookie that goes with it. */
  csrfToken?: string;
  csrfCookie?: string;
}

export type Encoding = "form" | "js-multipart" | "js-text" | "raw";
export type RawKind =
  | "truncated-multipart"
  | "bad-boundary"
  | "no-boundary"
  | "invalid-utf8"
  | "urlencoded"
  | "json"
  | "octet"
  | "no-content-type"
  | "file-part"
  | "garbage";
export type IdMode = "real" | "forged" | "other-action" | "missing";

export interface ActionCase {
  kind: "action";
  encoding: Encoding;
  raw: RawKind;
  fields: [string, string][];
  jsonArgs: unknown;
  idMode: IdMode;
  forgedId: string;
  origin: Origin;
  xff: string;
  staff: boolean;
}

export interface RouteCase {
  kind: "route";
  method: string;
  segments: Record<string, string[]>;
  query: [string, string][];
  badEscape: boolean;
  body: "none" | "one-click" | "form" | "json" | "bytes" | "large";
  bodyText: string;
  origin: Origin;
  xff: string;
  staff: boolean;
  csrf: boolean;
}

export type Case = ActionCase | RouteCase;

const BOUNDARY = "----fuzzboundary7MA4YWxkTrZu0gW";

/** Every field of the form once (or left out), a few repeated, a few that no form has. */
function fieldsOf(endpoint: ActionEndpoint, known: Known): fc.Arbitrary<[string, string][]> {
  const own = endpoint.fields.map((field) =>
    fc.oneof(
      { weight: 8, arbitrary: fieldValue(field, known).map((value) => [[field, value]] as [string, string][]) },
      { weight: 1, arbitrary: fc.constant([] as [string, string][]) },
      {
        weight: endpoint.lists.includes(field) ? 3 : 1,
        arbitrary: fc
          .array(fieldValue(field, known), { minLength: 2, maxLength: 4 })
          .map((values) => values.map((v) => [field, v] as [string, string])),
      },
    ),
  );
  const extra = fc.array(fc.tuple(extraKey, nastyString), { maxLength: 3 });
  const mixed = fc.tuple(fc.tuple(...own), extra).map(([groups, extras]) => [...groups.flat(), ...extras]);
  // A third of the inputs are the form as a person fills it (names and messages still hostile): the write paths.
  const filled = fc.tuple(...endpoint.fields.map((field) => goodValue(field, known).map((value) => [field, value] as [string, string])));
  return fc.oneof({ weight: 2, arbitrary: mixed }, { weight: 1, arbitrary: filled });
}

export function actionCase(endpoint: ActionEndpoint, known: Known, session: Session): fc.Arbitrary<ActionCase> {
  return fc.record({
    kind: fc.constant("action" as const),
    encoding: fc.oneof(
      { weight: 4, arbitrary: fc.constant<Encoding>("form") },
      { weight: 4, arbitrary: fc.constant<Encoding>("js-multipart") },
      { weight: 2, arbitrary: fc.constant<Encoding>("js-text") },
      { weight: 2, arbitrary: fc.constant<Encoding>("raw") },
    ),
    raw: fc.constantFrom<RawKind>(
      "truncated-multipart",
      "bad-boundary",
      "no-boundary",
      "invalid-utf8",
      "urlencoded",
      "json",
      "octet",
      "no-content-type",
      "file-part",
      "garbage",
    ),
    fields: fieldsOf(endpoint, known),
    jsonArgs: fc.oneof(
      fc.tuple(fc.constant({ status: "idle" }), fc.dictionary(fc.constantFrom(...endpoint.fields, "__proto__"), anyJson)),
      fc.array(anyJson, { maxLength: 3 }),
      anyJson,
    ),
    idMode: fc.oneof(
      { weight: 12, arbitrary: fc.constant<IdMode>("real") },
      { weight: 1, arbitrary: fc.constantFrom<IdMode>("forged", "other-action", "missing") },
    ),
    forgedId: fc.oneof(
      fc.stringMatching(/^[0-9a-f]{42}$/),
      fc.stringMatching(/^[0-9a-f]{1,41}$/),
      nastyString,
      fc.constantFrom("", "0", "$ACTION_ID_", "../../etc/passwd", "60" + "0".repeat(40)),
    ),
    origin: originKind,
    xff: forwardedFor,
    staff: endpoint.staff && session.staffCookie ? fc.boolean() : fc.constant(false),
  });
}

const NEXTAUTH_PATHS = [
  ["session"],
  ["csrf"],
  ["providers"],
  ["signin"],
  ["signout"],
  ["callback", "credentials"],
  ["signin", "credentials"],
  ["error"],
  ["_log"],
  ["callback", "email"],
];

/** A path segment: one of the app's own slugs, or anything at all (percent-encoded on the wire). */
function segmentValue(name: string, pattern: string, known: Known): fc.Arbitrary<string[]> {
  if (name === "[...nextauth]")
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...NEXTAUTH_PATHS) },
      { weight: 1, arbitrary: fc.array(nastyString, { minLength: 1, maxLength: 3 }) },
    );
  const good =
    name === "[kind]"
      ? fc.constantFrom("prisoners", "petitions", "updates")
      : name === "[token]"
        ? fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)
        : pattern.includes("petitions") || pattern.includes("signatures")
          ? fc.constantFrom(...known.petitions)
          : pattern.includes("updates")
            ? fc.constantFrom(...known.updates)
            : pattern.includes("/og/")
              ? fc.constantFrom(...known.prisoners, ...known.petitions, ...known.updates)
              : fc.constantFrom(...known.prisoners);
  return fc
    .oneof(
      good,
      nastyString.filter((value) => value.length > 0),
    )
    .map((value) => [value]);
}

export function routeCase(endpoint: RouteEndpoint, known: Known, session: Session): fc.Arbitrary<RouteCase> {
  const dynamic = endpoint.pattern.split("/").filter((segment) => segment.startsWith("["));
  const params = [...endpoint.params, "q", "status", "page", "v"];
  return fc.record({
    kind: fc.constant("route" as const),
    method: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...endpoint.methods) },
      { weight: 1, arbitrary: fc.constantFrom("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS") },
    ),
    segments: fc.record(Object.fromEntries(dynamic.map((name) => [name, segmentValue(name, endpoint.pattern, known)]))),
    query: fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...params), extraKey),
        fc.oneof(
          fc.constantFrom("DETAINED", "RELEASED", "1", "2", "0", "-1", "999999999999", "1.5", "kalesnikava", "Колесникова", "calesnicava"),
          nastyString,
        ),
      ),
      { maxLength: 4 },
    ),
    badEscape: fc.boolean().map((b) => b && Math.random() < 0.1),
    body: fc.constantFrom("none", "one-click", "form", "json", "bytes", "large"),
    bodyText: nastyString,
    origin: originKind,
    xff: forwardedFor,
    staff: session.staffCookie ? fc.boolean() : fc.constant(false),
    csrf: fc.boolean(),
  });
}

export function caseFor(endpoint: Endpoint, known: Known, session: Session): fc.Arbitrary<Case> {
  return endpoint.kind === "action" ? actionCase(endpoint, known, session) : routeCase(endpoint, known, session);
}

// ---------------------------------------------------------------------------
// On the wire

/** A field name as browsers write it in multipart (quote and line breaks percent-encoded). */
const partName = (name: string) => name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

function multipart(fields: [string, string | Buffer][]): Buffer {
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${partName(name)}"\r\n\r\n`));
    chunks.push(typeof value === "string" ? Buffer.from(value) : value);
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

/** Bytes that are not UTF-8: lone continuation bytes, overlong forms, surrogates, truncated sequences. */
const INVALID_UTF8 = [
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xc0, 0xaf]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xe2, 0x82]),
  Buffer.from([0x80]),
];

function originHeaders(origin: Origin, base: string): Record<string, string> {
  switch (origin) {
    case "same":
      return { origin: base };
    case "cross":
      return { origin: "http://evil.example", referer: "http://evil.example/page" };
    case "null":
      return { origin: "null" };
    case "host-mismatch":
      return { origin: base, "x-forwarded-host": "evil.example" };
    case "none":
      return {};
  }
}

export function wireOf(endpoint: Endpoint, c: Case, ids: string[], session: Session, port: number): Wire {
  const base = `http://127.0.0.1:${port}`;
  const headers: Record<string, string> = { host: `127.0.0.1:${port}`, "x-forwarded-for": c.xff, ...originHeaders(c.origin, base) };
  if (c.staff && session.staffCookie) headers.cookie = session.staffCookie;
  return endpoint.kind === "action"
    ? actionWire(endpoint, c as ActionCase, ids, headers)
    : routeWire(endpoint, c as RouteCase, session, headers);
}

function actionWire(endpoint: ActionEndpoint, c: ActionCase, ids: string[], headers: Record<string, string>): Wire {
  const id =
    c.idMode === "real"
      ? endpoint.id
      : c.idMode === "other-action"
        ? (ids.find((other) => other !== endpoint.id && other.slice(0, 2) !== endpoint.id.slice(0, 2)) ?? ids[0]!)
        : c.idMode === "forged"
          ? c.forgedId
          : "";
  const wire = (contentType: string | undefined, body: Buffer, nextAction = true): Wire => ({
    method: "POST",
    path: endpoint.path,
    headers: {
      ...headers,
      ...(contentType ? { "content-type": contentType } : {}),
      ...(nextAction && c.idMode !== "missing" ? { "next-action": id, accept: "text/x-component" } : { accept: "text/html" }),
    },
    body,
  });

  switch (c.encoding) {
    case "form": {
      // The page's own hidden fields when it has the form, else the ones React writes for it.
      const hidden: [string, string][] =
        endpoint.formFields && c.idMode === "real"
          ? endpoint.formFields
          : endpoint.takesState
            ? [
                ["$ACTION_REF_1", ""],
                ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })],
                ["$ACTION_1:1", JSON.stringify([{ status: "idle" }])],
                ["$ACTION_KEY", "k0123456789abcdef"],
              ]
            : c.idMode === "missing"
              ? []
              : [[`$ACTION_ID_${id}`, ""]];
      return wire(`multipart/form-data; boundary=${BOUNDARY}`, multipart([...hidden, ...c.fields]), false);
    }
    case "js-multipart": {
      const state = endpoint.takesState ? [{ status: "idle" }, "$K1"] : ["$K1"];
      // React's encoding of a FormData argument: its fields prefixed "_1_", the arguments in part "0".
      return wire(
        `multipart/form-data; boundary=${BOUNDARY}`,
        multipart([...c.fields.map(([k, v]) => [`_1_${k}`, v] as [string, string]), ["0", JSON.stringify(state)]]),
      );
    }
    case "js-text":
      return wire("text/plain;charset=UTF-8", Buffer.from(JSON.stringify(c.jsonArgs) ?? "null"));
    case "raw":
      return wire(...rawBody(c));
  }
}

function rawBody(c: ActionCase): [string | undefined, Buffer] {
  const form = multipart([...c.fields.map(([k, v]) => [`_1_${k}`, v] as [string, string]), ["0", '[{"status":"idle"},"$K1"]']]);
  switch (c.raw) {
    case "truncated-multipart":
      return [`multipart/form-data; boundary=${BOUNDARY}`, form.subarray(0, Math.max(1, Math.floor(form.length * 0.6)))];
    case "bad-boundary":
      return [`multipart/form-data; boundary=not-the-one`, form];
    case "no-boundary":
      return ["multipart/form-data", form];
    case "invalid-utf8": {
      const fields: [string, string | Buffer][] = c.fields.map(([k, v], i) => [
        `_1_${k}`,
        Buffer.concat([Buffer.from(v), INVALID_UTF8[i % INVALID_UTF8.length]!]),
      ]);
      fields.push(["0", Buffer.concat([Buffer.from('[{"status":"idle"},"$K1"'), INVALID_UTF8[0]!, Buffer.from("]")])]);
      return [`multipart/form-data; boundary=${BOUNDARY}`, multipart(fields)];
    }
    case "urlencoded":
      return ["application/x-www-form-urlencoded", Buffer.from(new URLSearchParams(c.fields).toString())];
    case "json":
      return ["application/json", Buffer.from(JSON.stringify(Object.fromEntries(c.fields)))];
    case "octet":
      return ["application/octet-stream", form];
    case "no-content-type":
      return [undefined, form];
    case "file-part": {
      const file = Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_1_${partName(c.fields[0]?.[0] ?? "name")}"; filename="x.txt"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        randomBytes(64),
        Buffer.from(`\r\n`),
        form,
      ]);
      return [`multipart/form-data; boundary=${BOUNDARY}`, file];
    }
    case "garbage":
      return [`multipart/form-data; boundary=${BOUNDARY}`, Buffer.concat([randomBytes(32), Buffer.from(c.fields.flat().join("\u0000"))])];
  }
}

/** Percent-encodes a value, including bytes that are not valid UTF-8 when asked to. */
function encodeValue(value: string, badEscape: boolean): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // Lone surrogates: sent as the replacement character's bytes.
    encoded = encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "\ufffd"));
  }
  return badEscape ? `${encoded}%FF%C0%AF%E2%82%zz%` : encoded;
}

function routeWire(endpoint: RouteEndpoint, c: RouteCase, session: Session, headers: Record<string, string>): Wire {
  const path = endpoint.pattern
    .split("/")
    .map((segment) =>
      segment.startsWith("[") ? (c.segments[segment] ?? ["x"]).map((v) => encodeValue(v, c.badEscape)).join("/") : segment,
    )
    .join("/");
  const query = c.query.map(([k, v]) => `${encodeValue(k, false)}=${encodeValue(v, c.badEscape)}`).join("&");
  // Proxies refuse request lines over 8 KB; longer ones only measure Node's 431.
  const target = (query ? `${path}?${query}` : path).slice(0, 8000).replace(/%[0-9A-Fa-f]?$/, "");
  const wire: Wire = { method: c.method, path: target, headers: { ...headers, accept: "application/json, */*" } };
  if (c.csrf && session.csrfCookie && endpoint.pattern.startsWith("/api/auth")) {
    wire.headers.cookie = [wire.headers.cookie, session.csrfCookie].filter(Boolean).join("; ");
  }
  if (c.method === "GET" || c.method === "HEAD" || c.body === "none") return wire;
  switch (c.body) {
    case "one-click":
      wire.headers["content-type"] = "application/x-www-form-urlencoded";
      wire.body = Buffer.from("List-Unsubscribe=One-Click");
      break;
    case "form": {
      wire.headers["content-type"] = "application/x-www-form-urlencoded";
      const form = new URLSearchParams({ email: `${c.bodyText.slice(0, 40)}@example.org`, password: c.bodyText, json: "true" });
      if (c.csrf && session.csrfToken) form.set("csrfToken", session.csrfToken);
      form.append(c.bodyText.slice(0, 20) || "x", c.bodyText);
      wire.body = Buffer.from(form.toString());
      break;
    }
    case "json":
      wire.headers["content-type"] = "application/json";
      // A literal "__proto__" key: an object literal would set the prototype instead.
      wire.body = Buffer.from(
        `{"csrfToken":${JSON.stringify(c.csrf ? (session.csrfToken ?? "") : c.bodyText)},"email":${JSON.stringify(c.bodyText)},"__proto__":{"admin":true}}`,
      );
      break;
    case "bytes":
      wire.headers["content-type"] = "application/octet-stream";
      wire.body = Buffer.concat([Buffer.from(c.bodyText), ...INVALID_UTF8]);
      break;
    case "large":
      wire.headers["content-type"] = "application/x-www-form-urlencoded";
      wire.body = Buffer.from(`List-Unsubscribe=One-Click&x=${"a".repeat(70_000)}`);
      break;
  }
  return wire;
}

/** A short label of what kind of input a case was: 5xx answers are grouped by it in the report. */
export function caseLabel(c: Case): string {
  if (c.kind === "action")
    return [c.encoding === "raw" ? `raw:${c.raw}` : c.encoding, `id:${c.idMode}`, `origin:${c.origin}`, c.staff ? "staff" : "anon"].join(
      " ",
    );
  return [c.method, `body:${c.body}`, c.badEscape ? "bad-escape" : "", `origin:${c.origin}`, c.staff ? "staff" : "anon"]
    .filter(Boolean)
    .join(" ");
}
