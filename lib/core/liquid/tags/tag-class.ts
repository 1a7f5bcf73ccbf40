import type { Liquid } from 'liquidjs';

/** liquidjs' TagClass (not exported from the package root): whatever registerTag accepts. */
export type TagClass = Extract<Parameters<Liquid['registerTag']>[1], abstract new (...args: never[]) => unknown>;
