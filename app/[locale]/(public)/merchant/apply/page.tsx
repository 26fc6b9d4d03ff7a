import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { env } from "@/lib/env";
import { redirect } from "@/lib/i18n/server-navigation";
import { ApplicationForm } from "@/lib/merchants/components/application-form";
import { loadApplicationForm, requireMerchant } from "@/lib/merchants/loaders";
import { baseMapConfig } from "@/lib/places/map/components/base-map";
import { loadFacilityOptions } from "@/lib/places/directory/loaders";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/uploads/photos";
import { ClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("merchants.form");
  return { title: t("title") };
}

type Params = { application?: string | string[]; place?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function MerchantApplyPage({ searchParams }: { searchParams: Promise<Params> }) {
  // Tiles come from the environment: render per request.
  await connection();
  await requireMerchant();
  const [params, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("merchants.form")]);
  const form = await loadApplicationForm({ applicationId: one(params.application), placeId: one(params.place) });
  // An application no longer waiting for changes is not the merchant's to edit: back to their page.
  if (!form) return redirect({ href: "/merchant", locale });
  const { draft, target } = form;
  const title = target.kind === "venue" ? t("editTitle", { name: target.name }) : target.kind === "resubmit" ? t("resubmitTitle") : t("title");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <PageHeading title={title}>{target.kind === "venue" ? t("editIntro") : t("intro")}</PageHeading>
      {target.kind === "resubmit" && target.reviewNote ? (
        <p className="rounded-md border border-orange-800 bg-orange-50 p-3 text-orange-950">{t("reviewNote", { note: target.reviewNote })}</p>
      ) : null}
      <ClientMessages namespaces={["merchants", "places", "errors"]}>
      <ApplicationForm
        draft={draft}
        target={target}
        baseMap={baseMapConfig(env())}
        facilities={await loadFacilityOptions(locale)}
        limits={{ maxPhotos: MAX_PHOTOS, maxPhotoBytes: MAX_PHOTO_BYTES }}
      />
      </ClientMessages>
    </div>
  );
}
