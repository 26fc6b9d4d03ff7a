import { afterEach, describe, expect, it } from "vitest";
import { requestOrigin, siteOrigin } from "@/lib/http/origin";

afterEach(() => {
  delete process.env.PUBLIC_URL;
});

describe("the origin in links we hand out", () => {
  it("follows the proxy's forwarded host and protocol, and refuses a malformed host", () => {
    expect(requestOrigin({ host: "10.0.0.5:3000", "x-forwarded-host": "nuanxin.example.cn", "x-forwarded-proto": "https" })).toBe("https://nuanxin.example.cn");
    expect(requestOrigin(new Headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(requestOrigin({ host: "evil.example/<script>" })).toBe("http://localhost");
  });

  it("prefers PUBLIC_URL, so a client-sent X-Forwarded-Host never reaches a cached feed", () => {
    process.env.PUBLIC_URL = "https://nuanxin.jinchang.gov.cn/";
    expect(siteOrigin({ host: "localhost:3000", "x-forwarded-host": "attacker.example" })).toBe("https://nuanxin.jinchang.gov.cn");
    delete process.env.PUBLIC_URL;
    expect(siteOrigin({ host: "localhost:3000" })).toBe("http://localhost:3000");
  });
});
