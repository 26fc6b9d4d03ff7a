"use client";

/** How much of the submission has gone up: a bar with the percentage, read out by screen readers as a progress bar. */
export function UploadProgress({ percent, label }: { percent: number; label: string }) {
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm font-semibold text-stone-900">
        <span id="upload-progress-label">{label}</span>
        <span aria-hidden="true" className="tabular-nums">
          {value}%
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="upload-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value}%`}
        data-testid="upload-progress"
        className="h-3 w-full overflow-hidden rounded-full bg-stone-300"
      >
        <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
