'use client';

/** Last line of defence: a readable message instead of a blank page or a stack trace. */
export default function ErrorPage({ reset }: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-red-200 bg-white p-8 text-center">
      <h1 className="mb-2 text-xl font-semibold">Something went wrong</h1>
      <p className="mb-4 text-sm text-slate-600">The page could not be shown. Nothing you saved was lost. Try again, or go back to your triggers.</p>
      <div className="flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-indigo-600 px-3 py-1 text-sm text-white">Try again</button>
        <a href="/triggers" className="rounded border border-slate-300 px-3 py-1 text-sm">Triggers</a>
      </div>
    </main>
  );
}
