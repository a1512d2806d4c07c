// Cross-site scripting payloads for e2e/xss.spec.ts: each one, if it ever ran, would open a dialog
// or throw in the page (both are listened for). Drawn from the usual cheat sheets (OWASP XSS
// filter evasion, PortSwigger's XSS cheat sheet) and from what this app renders: React text,
// attributes (OG tags, share links), JSON-LD in <script>, the Atom feed, the OG image, CSV.

export interface Payload {
  label: string;
  text: string;
}

const list: [string, string][] = [
  // Script tags
  ["script tag", "<script>alert(1)</script>"],
  ["script tag, upper case", "<SCRIPT>alert(2)</SCRIPT>"],
  ["script with src", '<script src="data:text/javascript,alert(3)"></script>'],
  ["script split by null", "<scr\u0000ipt>alert(4)</scr\u0000ipt>"],
  ["script in nested tags", "<<script>script>alert(5)<</script>/script>"],
  // Event handlers
  ["img onerror", "<img src=x onerror=alert(6)>"],
  ["img onerror, quoted", '<img src="x" onerror="alert(7)">'],
  ["svg onload", "<svg onload=alert(8)>"],
  ["body onload", "<body onload=alert(9)>"],
  ["details ontoggle", "<details open ontoggle=alert(10)>"],
  ["input autofocus onfocus", "<input autofocus onfocus=alert(11)>"],
  ["video source onerror", "<video><source onerror=alert(12)></video>"],
  ["iframe srcdoc", '<iframe srcdoc="<script>parent.alert(13)</script>"></iframe>'],
  ["marquee onstart", "<marquee onstart=alert(14)>x</marquee>"],
  // javascript: URLs
  ["javascript URL", "javascript:alert(15)"],
  ["javascript URL, entity encoded", "&#106;avascript:alert(16)"],
  ["javascript URL, tab in scheme", "java\tscript:alert(17)"],
  ["anchor javascript href", '<a href="javascript:alert(18)">click</a>'],
  ["data URL html", "data:text/html,<script>alert(19)</script>"],
  ["vbscript URL", "vbscript:msgbox(20)"],
  // SVG and MathML
  ["svg script", "<svg><script>alert(21)</script></svg>"],
  ["svg animate href", "<svg><a><animate attributeName=href values=javascript:alert(22) /><text x=20 y=20>x</text></a></svg>"],
  ["svg foreignObject", "<svg><foreignObject><img src=x onerror=alert(23)></foreignObject></svg>"],
  ["mathml maction", '<math><maction actiontype="statusline" xlink:href="javascript:alert(24)">x</maction></math>'],
  ["mathml mglyph style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(25)>"],
  // Attribute breakouts
  ["double-quote breakout", '" onmouseover="alert(26)" x="'],
  ["single-quote breakout", "' onfocus='alert(27)' autofocus x='"],
  ["tag breakout", '"><script>alert(28)</script>'],
  ["backtick breakout", "`><img src=x onerror=alert(29)>"],
  ["meta content breakout", '"/><meta http-equiv="refresh" content="0;url=javascript:alert(30)">'],
  // Template and JSON-LD breakouts
  ["close script (JSON-LD)", "</script><script>alert(31)</script>"],
  ["close script, odd case", "</ScRiPt ><img src=x onerror=alert(32)>"],
  ["html comment in script", "<!--<script>alert(33)//--></script>"],
  ["JSON string breakout", '","name":"x"}</script><script>alert(34)</script>'],
  ["template literal", "${alert(35)}"],
  ["template tag", "<template><script>alert(36)</script></template>"],
  ["CDATA (Atom feed)", "]]><script>alert(37)</script><![CDATA["],
  ["XML entity (Atom feed)", '<!DOCTYPE x [<!ENTITY e "alert(38)">]>&e;'],
  // CSS
  ["style tag", "<style>@import 'javascript:alert(39)';</style>"],
  ["style attribute", '<div style="background:url(javascript:alert(40))">x</div>'],
  ["css expression", '<p style="width:expression(alert(41))">x</p>'],
  ["link stylesheet", '<link rel=stylesheet href="data:text/css,*{x:expression(alert(42))}">'],
  // Polyglots
  [
    "0xsobky polyglot",
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert(43) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert(43)//>\\x3e",
  ],
  ["Ashar polyglot", "'\"--></style></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(44)//'>"],
  ["Mathias polyglot", "\"'><img src=x onerror=alert(45)>{{constructor.constructor('alert(45)')()}}"],
  // Bidi and zero-width tricks
  ["right-to-left override", "\u202e>tpircs/<)64(trela>tpircs<"],
  ["bidi isolate around tag", "\u2066<img src=x onerror=alert(47)>\u2069"],
  ["zero-width inside tag", "<scr\u200bipt>alert(48)</scr\u200bipt>"],
  ["zero-width joiner in handler", "<img src=x on\u200derror=alert(49)>"],
  ["soft hyphen in javascript URL", "java\u00adscript:alert(50)"],
  // Cyrillic homoglyphs
  ["Cyrillic script tag", "<ѕсrірt>аlеrt(51)</ѕсrірt>"],
  ["Cyrillic event handler", "<img src=x оnеrrоr=alert(52)>"],
  ["Cyrillic javascript URL", "jаvаsсriрt:alert(53)"],
  ["full-width script tag", "＜script＞alert(54)＜/script＞"],
  // Encodings
  ["percent-encoded tag", "%3Cscript%3Ealert(55)%3C%2Fscript%3E"],
  ["HTML entities", "&lt;script&gt;alert(56)&lt;/script&gt;"],
  ["unicode escapes", "\\u003cscript\\u003ealert(57)\\u003c/script\\u003e"],
  ["formula (CSV)", '=HYPERLINK("javascript:alert(58)","x")'],
];

export const XSS_PAYLOADS: Payload[] = list.map(([label, text]) => ({ label, text }));

/** A payload on one line (line breaks as spaces), cut to `max` characters. */
export function oneLine(payload: Payload, max: number): string {
  return payload.text.replace(/[\r\n]+/g, " ").slice(0, max);
}

/**
 * Every payload, packed into as few values of at most `max` characters as they fit (first fit,
 * longest first; joined by `separator`; one longer than `max` is cut and goes alone). A field given
 * each of these values in turn has met every payload; a breakout in any one of a value's payloads
 * still fires, so one row carries many payloads at once.
 */
export function packedPayloads(max: number, separator = " "): string[] {
  const items = XSS_PAYLOADS.map((payload) => oneLine(payload, max)).sort((a, b) => b.length - a.length);
  const bins: string[][] = [];
  const size = (bin: string[]) => bin.reduce((sum, item) => sum + item.length, 0) + separator.length * (bin.length - 1);
  for (const item of items) {
    const bin = bins.find((candidate) => size(candidate) + separator.length + item.length <= max);
    if (bin) bin.push(item);
    else bins.push([item]);
  }
  return bins.map((bin) => bin.join(separator));
}

/**
 * A one-line text a supporter typed (a signer's or an author's name) as pages show it: control and
 * invisible characters gone, white space runs as one space (lib/forms/text.ts, decision 018).
 */
export function asShown(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g, (c) => (/\s/.test(c) ? " " : ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** Text as the HTML parser leaves it: a NUL is dropped from text and becomes U+FFFD in attributes; compare without either. */
export function withoutNul(text: string): string {
  return text.replace(/[\u0000\ufffd]/g, "");
}
