import { NewTriggerForm } from '@/components/designer/new-trigger-form';
import { requirePageUser } from '@/lib/auth/session';
import { DESTINATIONS } from '@/lib/core/destinations/catalog';
import { USE_CASES } from '@/lib/core/use-cases/use-cases';

export default async function NewTriggerPage() {
  await requirePageUser();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-4 text-2xl font-semibold">New trigger</h1>
      <NewTriggerForm
        useCases={USE_CASES.map((u) => ({ id: u.id, label: u.label, description: u.description, pairedUseCase: u.pairedUseCase ?? null, suggested: u.suggestedDestinations }))}
        destinations={DESTINATIONS.map((d) => ({ id: d.id, label: d.label }))}
      />
    </div>
  );
}
