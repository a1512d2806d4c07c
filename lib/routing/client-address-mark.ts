// The custom server (server/index.ts) resolves each client's address and overwrites
// X-Forwarded-For with it before Next sees the request. lib/request.ts believes that header only
// in a process where the server set this mark: started any other way (a bare `next start`), every
// client counts as one address, so the per-address limits still hold (docs/decisions/016).
const CLIENT_ADDRESS_MARK = Symbol.for("free-them.client-address-resolved");

type Marked = { [CLIENT_ADDRESS_MARK]?: boolean };

export function markClientAddressResolved(): void {
  (globalThis as Marked)[CLIENT_ADDRESS_MARK] = true;
}

export function clientAddressIsResolved(): boolean {
  return (globalThis as Marked)[CLIENT_ADDRESS_MARK] === true;
}
