import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center">
      <h1 className="mb-2 text-xl font-semibold">Not found</h1>
      <p className="mb-4 text-sm text-slate-600">This page, trigger or version does not exist, or it belongs to another workspace.</p>
      <Link href="/triggers" className="text-indigo-700 underline">Back to triggers</Link>
    </main>
  );
}
