// Empty on purpose. Turbopack looks for instrumentation at the workspace root too: without this
// file it would compile and run the product's (which reads the product's settings).
export function register() {}
