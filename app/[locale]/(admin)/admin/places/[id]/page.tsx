import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Link } from "@/lib/i18n/link";
import { savePlaceAction } from "@/lib/places/admin/actions";
import { loadDirectoryPlace, loadFacilityLabels, loadPlaceActivity } from "@/lib/places/admin/loaders";
import { ChangeHistory } from "@/lib/places/admin/components/change-history";
import { CheckinBars } from "@/lib/places/reports/components/checkin-bars";
import { OutcomeBanner } from "@/lib/places/admin/components/outcome-banner";
import { PhotosPanel } from "@/lib/places/admin/components/photos-panel";
import { PlaceForm } from "@/lib/places/admin/components/place-form";
import { placeFormValues } from "@/lib/places/admin/components/place-form-values";
import { ReportList } from "@/lib/places/reports/components/report-list";
import { StatusPanel } from "@/lib/places/admin/components/status-panel";
import { HoursTable } from "@/lib/places/directory/components/hours-table";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPlacePage({ params, searchParams }: Props) {
  const { id } = await params;
  const loaded = await loadDirectoryPlace(id);
  if (!loaded) notFound();
  const { place, canManage } = loaded;
  const locale = await getLocale();
  const [activity, facilities, t, tp] = await Promise.all([loadPlaceActivity(id), loadFacilityLabels(locale), getTranslations("directory"), getTranslations("places")]);
  const name = (locale === "en" && place.nameEn) || place.nameZh;
  const link = "font-semibold text-brand-700 underline";
  return (
    <>
      <PageHeading title={name}>{tp(`kinds.${place.kind}`)}</PageHeading>
      <OutcomeBanner params={await searchParams} />
      <p className="mb-4 flex flex-wrap gap-4">
        <Link href="/admin/places" className={link}>{t("place.back")}</Link>
        <Link href={`/places/${place.id}`} className={link}>{t("place.publicPage")}</Link>
        <Link href={`/places/${place.id}/poster`} locale="zh-CN" className={link}>{t("place.poster")}</Link>
      </p>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-4">
          {canManage ? (
            <PlaceForm
              action={savePlaceAction}
              placeId={place.id}
              initial={placeFormValues(place)}
              facilities={facilities}
              locationNote={t("form.storedAs", { lat: place.lat, lng: place.lng, datum: t(`datums.${place.sourceDatum}`) })}
            />
          ) : (
            <section className="space-y-2 rounded-md border border-stone-300 bg-white p-4">
              <p>{place.addressZh}</p>
              <p className="tabular-nums">{t("form.storedAs", { lat: place.lat, lng: place.lng, datum: t(`datums.${place.sourceDatum}`) })}</p>
              <HoursTable hours={place.hours} is24h={place.is24h} today={0} />
            </section>
          )}
          <ChangeHistory entries={activity.history} />
        </div>
        <div className="space-y-4">
          <StatusPanel
            id={place.id}
            status={place.status}
            closedReason={place.closedReason}
            closedUntil={place.closedUntil?.toISOString().slice(0, 10) ?? null}
            lastVerifiedAt={place.lastVerifiedAt?.toISOString() ?? null}
            canManage={canManage}
          />
          <section aria-labelledby="reports-heading" className="space-y-2 rounded-md border border-stone-300 bg-white p-4">
            <h2 id="reports-heading" className="text-lg font-bold">{t("reports.openHeading", { count: activity.reports.length })}</h2>
            <ReportList reports={activity.reports} facilityNames={new Map(facilities.map((f) => [f.code, f.name]))} canManage={canManage} returnTo={`/admin/places/${place.id}`} showPlace={false} />
          </section>
          <CheckinBars days={activity.checkins} />
          <PhotosPanel placeId={place.id} name={name} photos={place.photos} canManage={canManage} />
        </div>
      </div>
    </>
  );
}
