import { describe, expect, it } from "vitest";
import { actionBodyLimit, mayBeAction, pageVerdict, SIX_PHOTO_FORM_LIMIT, STAFF_FORM_LIMIT, TEXT_FORM_LIMIT, ONE_PHOTO_FORM_LIMIT } from "@/lib/http/request-policy";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/uploads/photos";

const MB = 1024 * 1024;
const v = (method: string, pathname: string, isAction = false, contentLength: string | null = "0") => pageVerdict({ method, pathname, isAction, contentLength });

describe("page method policy", () => {
  // method × Next-Action header → outcome, written out.
  it.each([
    ["GET", false, true],
    ["HEAD", false, true],
    ["POST", true, true],
    ["POST", false, false],
    ["PUT", false, false],
    ["PUT", true, false],
    ["DELETE", false, false],
    ["PATCH", true, false],
    ["OPTIONS", false, false],
    ["PROPFIND", false, false],
  ] as const)("%s (action header: %s) allowed: %s", (method, isAction, allowed) => {
    const r = v(method, "/admin/users", isAction);
    expect(r.ok).toBe(allowed);
    if (!r.ok && r.status === 405) expect(r.allow).toBe("GET, HEAD, POST");
  });
});

describe("what counts as a server action", () => {
  it("is the Next-Action header or a plain form post (no JavaScript)", () => {
    expect(mayBeAction({ nextAction: true, contentType: "text/plain;charset=UTF-8" })).toBe(true);
    expect(mayBeAction({ nextAction: false, contentType: "multipart/form-data; boundary=x" })).toBe(true);
    expect(mayBeAction({ nextAction: false, contentType: "application/x-www-form-urlencoded" })).toBe(true);
    expect(mayBeAction({ nextAction: false, contentType: "application/json" })).toBe(false);
    expect(mayBeAction({ nextAction: false, contentType: null })).toBe(false);
  });
});

describe("server-action body limits", () => {
  it.each([
    ["/track", TEXT_FORM_LIMIT],
    ["/en/track", TEXT_FORM_LIMIT],
    ["/sign-in", TEXT_FORM_LIMIT],
    ["/merchant/sign-up", TEXT_FORM_LIMIT],
    ["/", TEXT_FORM_LIMIT],
    // The worker's photos go to POST /api/v1/cases; the page's own action (no JavaScript) is text only.
    ["/report", TEXT_FORM_LIMIT],
    ["/en/report", TEXT_FORM_LIMIT],
    ["/en/merchant/apply", SIX_PHOTO_FORM_LIMIT],
    ["/places/abc123", ONE_PHOTO_FORM_LIMIT],
    ["/places/abc123/poster", TEXT_FORM_LIMIT],
    ["/admin/cases/new", STAFF_FORM_LIMIT],
  ])("%s takes at most %d bytes", (path, limit) => expect(actionBodyLimit(path)).toBe(limit));

  it("matches the photo rules and the server-action ceiling", () => {
    expect(SIX_PHOTO_FORM_LIMIT).toBe(MAX_PHOTOS * MAX_PHOTO_BYTES + 256 * 1024);
    expect(ONE_PHOTO_FORM_LIMIT).toBe(MAX_PHOTO_BYTES + 256 * 1024);
    expect(STAFF_FORM_LIMIT).toBe(62 * MB);
  });

  it("answers 413 over the limit, 411 for a malformed length, and counts a chunked body", () => {
    expect(v("POST", "/track", true, String(10 * MB))).toEqual({ ok: false, status: 413, limit: TEXT_FORM_LIMIT });
    expect(v("POST", "/track", true, String(TEXT_FORM_LIMIT))).toEqual({ ok: true });
    expect(v("POST", "/track", true, "12abc")).toMatchObject({ status: 411 });
    expect(v("POST", "/track", true, null)).toEqual({ ok: true, bodyLimit: TEXT_FORM_LIMIT });
  });
});
