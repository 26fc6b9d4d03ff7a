import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { unlocalized } from "./request-policy";

type Code = keyof typeof en.http;

/** A short plain-text refusal from proxy.ts, in the language of the page it was sent to. */
export function refusal(pathname: string, status: 405 | 411 | 413, headers: Record<string, string>, limit?: number): Response {
  const code: Code = status === 405 ? "methodNotAllowed" : status === 413 ? "payloadTooLarge" : "lengthRequired";
  const messages = unlocalized(pathname) !== pathname || pathname === "/en" ? en.http : zh.http;
  const text = messages[code].replace("{limit}", String(Math.floor((limit ?? 0) / (1024 * 1024))));
  return new Response(`${text}\n`, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** Reads a body without a declared length, stopping as soon as it passes `limit`. */
export async function exceedsLimit(body: ReadableStream<Uint8Array> | null, limit: number): Promise<boolean> {
  if (!body) return false;
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return true;
    }
  }
}
