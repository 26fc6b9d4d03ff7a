import { config } from "zod/v4/core";

// Runs in the browser before any page code. zod 4 probes `new Function("")` when it builds an
// object schema, to compile fast parsers; under our CSP (no 'unsafe-eval', lib/http/csp.ts) the
// probe fails harmlessly but is still reported as a violation. jitless skips the probe.
config({ jitless: true });
