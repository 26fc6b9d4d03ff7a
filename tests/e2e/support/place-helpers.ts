import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { NearPlace } from "../../../lib/places/schema";

/** The sample place nearest the city centre that lists a microwave. */
export async function placeWithMicrowave(request: APIRequestContext): Promise<NearPlace> {
  const res = await request.get("/api/places/near?lat=38.5137&lng=102.1879&facility=microwave&limit=1");
  expect(res.ok()).toBe(true);
  return (await res.json()).places[0];
}

/** The report form on a place page, as a rider fills it in. */
export async function reportBrokenMicrowave(page: Page, placeId: string, description: string, photo?: Buffer) {
  await page.goto(`/places/${placeId}`);
  const form = page.getByRole("region", { name: "反馈问题" });
  await form.getByRole("radio", { name: "设施坏了" }).check();
  await form.getByLabel("哪项设施坏了？").selectOption({ label: "微波炉" });
  await form.getByLabel("补充说明（可选）").fill(description);
  if (photo) await form.getByLabel("照片（可选）").setInputFiles({ name: "microwave.jpg", mimeType: "image/jpeg", buffer: photo });
  await form.getByRole("button", { name: "提交反馈" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已收到您的反馈" })).toBeVisible();
}
