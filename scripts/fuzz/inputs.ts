// What the fuzzer sends: fast-check arbitraries for field values an attacker (or a broken client)
// would try. Half the time a field gets a value the app accepts, so the write paths are reached
// with the other fields hostile; the rest of the time anything goes.
import fc from "fast-check";

/** Seed content the app knows, read from its database before the run. */
export interface Known {
  prisoners: string[];
  heldPrisoners: string[];
  updates: string[];
  petitions: string[];
  comments: string[];
}

const CONTROL = [..."\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f\u0085"];
const BIDI = [..."\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"];
const INVISIBLE = [..."\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\u3164"];
const SEPARATORS = [..."\r\n\t\u2028\u2029\u00a0\u3000"];
const SCRIPTS = [
  "Марыя Калеснікава",
  "Мария Колесникова",
  "Аляксандр",
  "Ales Bialiatski",
  "Раман Пратасевіч",
  "Nasta Łojka",
  "محمد",
  "שלום",
  "李小龙",
  "Ζωή",
  "ᚠᚢᚦ",
  "🏳️‍🌈👨‍👩‍👧‍👦",
  "Z̷̢͎a̵̜͝l̶̰̈g̵͉̏o̸͍̓",
  "ǅ ǈ ǋ ﬁ ẞ",
  "Ꭰ𝐀𝔸𝒜",
  "Рayраl", // Cyrillic Р and а among Latin letters
  "аррӏе.com",
];
const INJECTIONS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "</script><script>alert(1)</script>",
  "' OR 1=1 --",
  '\'; DROP TABLE "Signature"; --',
  "${7*7}{{7*7}}",
  "%00%0d%0a",
  "../../../../etc/passwd",
  '=HYPERLINK("http://x")',
  "@SUM(1+1)",
  "+cmd|' /C calc'!A0",
  "\\u0000",
  "$ACTION_ID_0",
  "$K1",
  "$@1",
  "$Q",
  "$undefined",
  "__proto__",
  '{"__proto__":{"polluted":1}}',
];

const pick = (list: readonly string[]) => fc.constantFrom(...list);

/** A string built from characters that tend to break things, mixed with ordinary text. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.oneof(
          pick(CONTROL),
          pick(BIDI),
          pick(INVISIBLE),
          pick(SEPARATORS),
          pick(SCRIPTS),
          pick(INJECTIONS),
          fc.string({ maxLength: 8 }),
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: pick(["", " ", "  \t ", "null", "undefined", "true", "false", "0", "-1", "1e309", "NaN", "on", "[]", "{}"]) },
  // Lone surrogates: not valid UTF-16, sent as U+FFFD or raw bytes depending on the encoding.
  { weight: 1, arbitrary: fc.constantFrom("\ud800", "a\udfffb", "\udbff\udfff\ud800") },
  // Long values: just over every limit the forms have (80, 100, 120, 200, 254, 2000, 10 000),
  // and large ones that are still under the body cap.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(81, 101, 121, 201, 255, 301, 2001, 10_001, 20_001, 50_001),
        fc.constantFrom("a", "я", "𝐀", "\u202e", "<b>", " "),
      )
      .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length))),
  },
);

/** Values that look like a signer's, with odd but valid parts. */
const email = fc.oneof(
  fc.uuid().map((id) => `fuzz-${id.slice(0, 13)}@example.org`),
  fc.emailAddress().map((address) => address.slice(0, 254)),
  fc.constantFrom("fuzz+tag@example.org", "FUZZ@Example.ORG", "f.u.z.z@gmail.com", "fuzz@xn--80ak6aa92e.com"),
);

const token = fc.oneof(
  fc.base64String({ minLength: 44, maxLength: 44 }).map((value) => value.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")),
  fc.stringMatching(/^[A-Za-z0-9_-]{20,100}$/),
);

/** A value the app would accept (names and messages carry hostile text inside an accepted shape) for a field of this name, or at least one that gets past its shape check. */
export function goodValue(field: string, known: Known): fc.Arbitrary<string> {
  const slugOr = (list: string[]) => (list.length ? fc.constantFrom(...list) : fc.constant("unknown"));
  switch (field) {
    case "email":
      return email;
    case "name":
      return fc.oneof(
        fc.constantFrom("Fuzz Tester", "Алеся", "Ян"),
        nastyString.map((value) => `Fuzz ${value}`.slice(0, 100)),
      );
    case "message":
      return fc.oneof(
        fc.lorem({ maxCount: 12 }),
        nastyString.map((value) => `Solidarity ${value}`),
      );
    case "country":
      return fc.constantFrom("LT", "PL", "DE", "BY", "UA", "lt", "XX", "");
    case "petition":
      return slugOr(known.petitions);
    case "page":
      return fc.oneof(
        slugOr(known.prisoners).map((slug) => `prisoner:${slug}`),
        slugOr(known.updates).map((slug) => `update:${slug}`),
      );
    case "scope":
      return fc.oneof(fc.constant("all"), slugOr(known.prisoners));
    case "prisoner":
      return slugOr(known.heldPrisoners.length ? known.heldPrisoners : known.prisoners);
    case "comment":
      return known.comments.length ? fc.constantFrom(...known.comments) : fc.string({ maxLength: 30 });
    case "reason":
      return fc.constantFrom("offensive", "spam", "other", "illegal content", "harassment");
    case "token":
      return token;
    case "showName":
    case "subscribe":
    case "featured":
      return fc.constantFrom("on", "true", "off", "");
    case "website":
      return fc.constantFrom("", "", "", "http://spam.example");
    case "ref":
      return fc.stringMatching(/^[A-Za-z0-9_-]{6,12}$/);
    case "ch":
      return fc.constantFrom("telegram", "whatsapp", "x", "facebook", "email", "copy", "other");
    case "password":
      return fc.string({ minLength: 12, maxLength: 40 });
    // Staff forms
    case "slug":
      return fc.stringMatching(/^[a-z]{3,10}(-[a-z0-9]{1,6}){0,2}$/).map((slug) => `fuzz-${slug}`);
    case "id":
      return fc.constantFrom("", "", "cl0000000000000000000000", "x");
    case "status":
      return fc.constantFrom("DETAINED", "RELEASED", "RELEASED_IN_EXILE", "FORCIBLY_EXPELLED", "DIED_IN_CUSTODY");
    case "state":
      return fc.constantFrom("OPEN", "CLOSED");
    case "detainedOn":
    case "releasedOn":
    case "sentencedOn":
    case "changedOn":
    case "publishedAt":
      return fc
        .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case "from":
    case "to":
      return fc
        .date({ min: new Date("2026-01-01"), max: new Date("2027-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 16));
    case "goal":
    case "expected":
      return fc.nat(1_000_000).map(String);
    case "prisoners":
      return slugOr(known.prisoners);
    case "comments":
      return known.comments.length ? fc.constantFrom(...known.comments) : fc.string({ maxLength: 30 });
    case "otherSpellings":
      return fc
        .array(fc.tuple(fc.constantFrom("en", "be", "ru"), nastyString), { maxLength: 3 })
        .map((lines) => lines.map(([l, v]) => `${l}: ${v}`).join("\n"));
    case "sourceUrl":
      return fc.webUrl().map((url) => url.slice(0, 1000));
    case "mode":
      return fc.constantFrom("domain", "ip", "time", "PRE", "POST");
    case "step":
      return fc.constantFrom("preview", "apply");
    case "domain":
      return fc.domain();
    case "ip":
      return fc.oneof(fc.ipV4(), fc.ipV6(), fc.stringMatching(/^[0-9a-f]{64}$/));
    case "decision":
      return fc.constantFrom("approve", "reject");
    case "term":
      return fc.stringMatching(/^[a-zа-я]{3,12}\*?$/);
    case "language":
      return fc.constantFrom("en", "be", "ru");
    case "kind":
      return fc.constantFrom("BANNED", "SUSPECT");
    default:
      return nastyString;
  }
}

/** A field's value: mostly one the app accepts (so the other fields' hostility reaches the write), else hostile. */
export function fieldValue(field: string, known: Known): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: goodValue(field, known) }, { weight: 1, arbitrary: nastyString });
}

/** Extra field names a form never has: prototype keys, React's own prefixes, duplicates. */
export const extraKey = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "0",
    "1",
    "$ACTION_ID_",
    "$ACTION_KEY",
    "1_",
    "_1_x",
  ),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }),
  nastyString.filter((key) => key.length > 0),
);

/** Any JSON value, wrong types included, for the JavaScript (text/plain JSON) encoding. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, 0, -1, 1e308, true, false, [], {}, "$K1", "$@1", "$undefined", "$T", "$Q1"),
  fc.constant(JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}')),
);

export type Origin = "same" | "cross" | "none" | "null" | "host-mismatch";

export const originKind: fc.Arbitrary<Origin> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Origin>("same") },
  { weight: 1, arbitrary: fc.constantFrom<Origin>("cross", "none", "null", "host-mismatch") },
);

/** A client address for X-Forwarded-For, so per-address limits do not hide the write paths. */
export const forwardedFor = fc
  .tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 }))
  .map((octets) => octets.join("."));
