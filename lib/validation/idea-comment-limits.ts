// The discussion's limits, apart from the schemas so that a client form can read them without zod.
export const COMMENT_MIN = 2;
export const COMMENT_MAX = 2000;
export const HIDE_REASON_MIN = 5;
export const HIDE_REASON_MAX = 500;
