import type { Db } from './db.ts';

/** Reviewers' line comments on the trigger's versions, shown on those lines in the editor. */
export async function loadLineNotes(db: Db, triggerId: string) {
  const comments = await db.reviewComment.findMany({
    where: { version: { triggerId }, line: { not: null } },
    orderBy: { createdAt: 'asc' },
    include: { version: { select: { version: true } } },
  });
  const authors = await db.user.findMany({ where: { id: { in: [...new Set(comments.map((c) => c.authorId))] } }, select: { id: true, email: true } });
  const email = new Map(authors.map((a) => [a.id, a.email]));
  const notes = { template: [] as Array<{ line: number; text: string }>, condition: [] as Array<{ line: number; text: string }> };
  for (const c of comments) {
    if (c.target !== 'template' && c.target !== 'condition') continue;
    notes[c.target].push({ line: c.line!, text: `${email.get(c.authorId) ?? 'reviewer'} on v${c.version.version}: ${c.body}` });
  }
  return notes;
}
