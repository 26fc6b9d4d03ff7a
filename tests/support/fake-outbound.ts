import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer } from "node:net";

export type Outbound = { received: string[]; close(): Promise<void> };
const closer = (s: Server | ReturnType<typeof createTcpServer>) => () => new Promise<void>((r) => s.close(() => r()));

/**
 * Just enough SMTP for nodemailer (no TLS, no auth) on 127.0.0.1:`port`; records each message's
 * Message-ID, which send_notification sets from the notification id.
 */
export async function fakeSmtp(port: number): Promise<Outbound> {
  const received: string[] = [];
  const server = createTcpServer((socket) => {
    let buffer = "";
    let inData = false;
    socket.write("220 fake ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(/^Message-ID:\s*(.+)$/im.exec(message)?.[1]?.trim() ?? "(none)");
          socket.write("250 OK queued\r\n");
          continue;
        }
        const nl = buffer.indexOf("\r\n");
        if (nl < 0) return;
        const line = buffer.slice(0, nl).toUpperCase();
        buffer = buffer.slice(nl + 2);
        if (line.startsWith("EHLO") || line.startsWith("HELO")) socket.write("250 fake\r\n");
        else if (line.startsWith("DATA")) {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (line.startsWith("QUIT")) socket.end("221 bye\r\n");
        else socket.write("250 OK\r\n");
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { received, close: closer(server) };
}

/** The SMS relay SMS_PROVIDER=http posts to; records each message's Idempotency-Key. */
export async function fakeSmsRelay(port: number): Promise<Outbound> {
  const received: string[] = [];
  const server = createHttpServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received.push(String(req.headers["idempotency-key"] ?? "(none)"));
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { received, close: closer(server) };
}
