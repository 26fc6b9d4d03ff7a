import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const secret = "s".repeat(40);
const site = { PUBLIC_URL: "https://nuanxin.example.cn" };

describe("environment validation", () => {
  it("refuses a production start without AUTH_SECRET, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
  });

  it("treats an empty AUTH_SECRET as missing", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "" })).toThrow(/AUTH_SECRET/);
  });

  it("refuses a short secret", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
  });

  it("refuses a well-known admin password in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production", ...site, AUTH_SECRET: secret, ADMIN_PASSWORD: "123456789012" })).toThrow(/ADMIN_PASSWORD/);
  });

  it("accepts production with a secret and applies defaults", () => {
    const env = parseEnv({ NODE_ENV: "production", ...site, AUTH_SECRET: secret });
    expect(env.ADMIN_EMAIL).toBe("admin@nuanxin.local");
    expect(env.TILE_PROVIDER).toBe("osm");
  });

  it("lets development run without AUTH_SECRET (the launcher generates one)", () => {
    expect(parseEnv({ NODE_ENV: "development" }).AUTH_SECRET).toBeUndefined();
  });

  it("rejects an unknown tile provider", () => {
    expect(() => parseEnv({ TILE_PROVIDER: "google" })).toThrow(/TILE_PROVIDER/);
  });
});

describe("public address and proxies", () => {
  it("requires an https PUBLIC_URL in production unless insecure http is allowed on purpose", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret })).toThrow(/PUBLIC_URL is required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, PUBLIC_URL: "http://127.0.0.1:3000" })).toThrow(/PUBLIC_URL must be https in production/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, PUBLIC_URL: "http://127.0.0.1:3000", ALLOW_INSECURE_HTTP: "1" }).PUBLIC_URL).toBe("http://127.0.0.1:3000");
    expect(parseEnv({ NODE_ENV: "development" }).PUBLIC_URL).toBeUndefined();
  });

  it("names a malformed TRUSTED_PROXIES entry", () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, not-an-address" })).toThrow(/TRUSTED_PROXIES/);
    expect(parseEnv({ TRUSTED_PROXIES: "loopback, 10.0.0.0/8, 192.0.2.7" }).TRUSTED_PROXIES).toContain("loopback");
  });
});

describe("operational settings", () => {
  it("names a bad rate limit or an unknown SMS provider", () => {
    expect(() => parseEnv({ CASE_RATE_LIMIT_PER_PHONE: "five" })).toThrow(/CASE_RATE_LIMIT_PER_PHONE: must be a positive whole number/);
    expect(() => parseEnv({ SMS_PROVIDER: "carrier-pigeon" })).toThrow(/SMS_PROVIDER/);
    expect(parseEnv({ CASE_REOPEN_CAP: "0", CASE_RATE_LIMIT_PER_IP: "60" }).CASE_REOPEN_CAP).toBe("0");
  });
});

describe("https in production", () => {
  it("refuses an http AUTH_URL or PUBLIC_URL in production, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, AUTH_URL: "http://nuanxin.example.cn" })).toThrow(/AUTH_URL must be https in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, PUBLIC_URL: "http://nuanxin.example.cn" })).toThrow(/PUBLIC_URL must be https/);
  });

  it("accepts https, and http on a closed network that says so", () => {
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, AUTH_URL: "https://nuanxin.example.cn", PUBLIC_URL: "https://nuanxin.example.cn" }).AUTH_URL).toBe("https://nuanxin.example.cn");
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, PUBLIC_URL: "http://10.0.0.5", ALLOW_INSECURE_HTTP: "1" }).PUBLIC_URL).toBe("http://10.0.0.5");
  });

  it("lets development use http", () => {
    expect(parseEnv({ NODE_ENV: "development", AUTH_URL: "http://localhost:3000" }).AUTH_URL).toBe("http://localhost:3000");
  });
});
