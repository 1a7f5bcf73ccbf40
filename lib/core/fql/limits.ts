/** Hard limits that keep hostile conditions from hanging the editor or overflowing the stack. */
export const MAX_CONDITION_LENGTH = 20_000;
export const MAX_NESTING_DEPTH = 64;
