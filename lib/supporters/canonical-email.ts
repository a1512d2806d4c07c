// One address, one signature: "Name+x@Example.com" and "name@example.com" are the same person,
// and Gmail ignores dots in the local part. The canonical form is only hashed for dedupe; mail
// goes to the address as the supporter typed it.

const DOTLESS_DOMAINS = new Set(["gmail.com", "googlemail.com"]);
const DOMAIN_ALIASES: Record<string, string> = { "googlemail.com": "gmail.com" };

export function canonicalEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at < 1) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.+$/, "");
  local = local.split("+")[0] ?? local;
  if (DOTLESS_DOMAINS.has(domain)) local = local.replaceAll(".", "");
  domain = DOMAIN_ALIASES[domain] ?? domain;
  return `${local}@${domain}`;
}
