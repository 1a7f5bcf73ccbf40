import { ImportForm } from '@/components/export/import-form';
import { requirePageUser } from '@/lib/auth/session';

export default async function ImportPage() {
  await requirePageUser();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-xl font-semibold">Import a trigger bundle</h1>
      <p className="text-sm text-slate-600">A bundle downloaded from any Trigger Studio becomes a new trigger here, with the same template, condition, samples and settings (and so the same content hash). Its approval does not carry over: it starts as a draft for your reviewers.</p>
      <ImportForm />
    </div>
  );
}
