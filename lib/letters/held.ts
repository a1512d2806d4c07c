// Letters go only to people still held: every other status has no letter page and no counter.
// A module of its own, without dependencies, because the proxy reads it too.
export const HELD_STATUS = "DETAINED";
