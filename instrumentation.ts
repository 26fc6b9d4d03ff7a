// Runs once when the server starts: a production server with a bad environment stops here,
// with a message naming each variable, rather than failing later on a request.
export async function register() {
  // The Node.js check wraps the imports so that no edge bundle pulls in pg or graphile-worker.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    const { TRUSTED_PROXIES } = env();
    // Before any page or action reads the client address (lib/http/peer-hook.ts).
    const { installPeerHook } = await import("@/lib/http/peer-hook");
    installPeerHook(TRUSTED_PROXIES);
    // SIGTERM: drain requests, finish jobs, close pools, exit within 10 s (lib/shutdown.ts).
    const { installShutdown } = await import("@/lib/shutdown");
    installShutdown();
    // Deadline timers, notifications and the hourly 未评价 close (lib/jobs/start.ts).
    const { startServerJobWorker } = await import("@/lib/jobs/start");
    await startServerJobWorker();
  }
}
