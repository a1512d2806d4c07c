import { config } from "zod";

// Runs in the browser before the page hydrates. zod 4 probes `new Function("")` once to choose a
// faster parser; the Content-Security-Policy allows no eval (docs/decisions/017), so the probe
// would be refused and reported on every page with a form. Without the probe zod parses as well.
config({ jitless: true });
