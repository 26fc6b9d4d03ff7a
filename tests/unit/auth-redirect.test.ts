import { describe, expect, it } from "vitest";
import { authRedirect, configuredOrigin } from "@/lib/auth/base-url";

describe("the configured origin", () => {
  it("is AUTH_URL, else PUBLIC_URL, as an origin", () => {
    expect(configuredOrigin({ AUTH_URL: "https://a.example.cn/x", PUBLIC_URL: "https://b.example.cn" })).toBe("https://a.example.cn");
    expect(configuredOrigin({ PUBLIC_URL: "https://b.example.cn/" })).toBe("https://b.example.cn");
    expect(configuredOrigin({})).toBeUndefined();
  });
});

describe("redirects after sign-in and sign-out", () => {
  // Behind a proxy that drops the Host, Next.js sees localhost: Auth.js's baseUrl is then wrong.
  const base = "http://localhost:3000";
  it("go to the configured origin, never to the host Next.js saw", () => {
    expect(authRedirect("/admin", base, "https://nuanxin.example.cn")).toBe("https://nuanxin.example.cn/admin");
    expect(authRedirect("http://localhost:3000/en/merchant?x=1", base, "https://nuanxin.example.cn")).toBe("https://nuanxin.example.cn/en/merchant?x=1");
  });

  it("are bare paths when no origin is configured, so the browser stays where it is", () => {
    expect(authRedirect("http://localhost:3000/admin/cases", base, undefined)).toBe("/admin/cases");
  });

  it("never leave the site", () => {
    expect(authRedirect("https://evil.example.com/phish", base, "https://nuanxin.example.cn")).toBe("https://nuanxin.example.cn/");
    expect(authRedirect("//evil.example.com/x", base, undefined)).toBe("/");
  });
});
