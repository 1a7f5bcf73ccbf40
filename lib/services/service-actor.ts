import type { Role } from '../core/workflow/roles.ts';

/** Who is calling a use case. Actions build it from the session; tests build it directly. */
export type ServiceActor = { id: string; email: string; role: Role; workspaceId: string };
