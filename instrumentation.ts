// Runs once when the server starts: a production server with a bad environment stops here,
// with a message naming each variable, rather than failing later on a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  env();
}
