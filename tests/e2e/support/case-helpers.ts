import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { createPrismaClient } from "@/lib/prisma-client";

/** No internet in tests: tile requests fail at once instead of hanging. */
export const TILES = /tile|autonavi|tianditu|openstreetmap/;

export const blockTiles = (page: Page) => page.route(TILES, (route) => route.abort());

/** A small photo, made here rather than shipped as a file. */
export function tinyJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 194, g: 65, b: 12 } } })
    .jpeg()
    .toBuffer();
}

/** A mainland mobile number unlikely to collide with another test's (the API limits texts per number). */
export const randomPhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

export const next = (page: Page) => page.getByRole("button", { name: "下一步", exact: true }).click();

export async function expectStep(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeFocused();
}

/** Steps 1 and 2: line of work and a category without extra questions. */
export async function chooseGroupAndCategory(page: Page, group = "外卖骑手", category = "停车") {
  await page.getByRole("radio", { name: group }).check();
  await next(page);
  await expectStep(page, "遇到了什么问题？");
  await page.getByRole("radio", { name: category, exact: true }).check();
  await next(page);
  await expectStep(page, "发生了什么");
}

/** The contact step: a number, and the two consents every case needs (plus photos when there are any). */
export async function consent(page: Page, { phone, photos = 0 }: { phone?: string; photos?: number }) {
  if (phone) await page.getByLabel("手机号").fill(phone);
  await page.getByLabel(/我已阅读并同意隐私说明/).check();
  await page.getByLabel(/我同意提供事发地点/).check();
  if (photos) await page.getByLabel(new RegExp(`我同意提交这 ${photos} 张照片`)).check();
}

/** Reads cases straight from the e2e database. */
export async function withDb<T>(fn: (db: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const db = createPrismaClient(process.env.DATABASE_URL, 1);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}
