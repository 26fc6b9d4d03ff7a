/** Large, high-contrast inputs and buttons for a phone held in one hand outdoors (workers and merchants alike). */
export const inputClass =
  "mt-1 block min-h-12 w-full rounded-md border-2 border-stone-500 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-red-700";
export const primaryButton =
  "inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton =
  "inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-stone-600 bg-white px-5 font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-60";
