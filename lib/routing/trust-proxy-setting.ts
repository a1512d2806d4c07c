import proxyAddr from "proxy-addr";

/** TRUST_PROXY's syntax: a number of hops, or addresses, CIDR ranges and proxy-addr's names. */
export function isTrustProxySetting(value: string): boolean {
  if (/^\d+$/.test(value.trim())) return true;
  const parts = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return false;
  try {
    proxyAddr.compile(parts);
    return true;
  } catch {
    return false;
  }
}
