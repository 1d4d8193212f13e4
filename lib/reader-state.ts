import type { Role } from "@/db/schema";

/** A registration as its member sees it (server/agenda/registrations.ts writes the same shape). */
type Registration = { status: "registered" } | { status: "waitlisted"; place: number };

/**
 * What differs per reader on a cached public page, answered by /api/reader
 * (server/reader.ts) and shown by the islands of components/reader/. Only the
 * reader's own state: who they are, their registration, their supports and own
 * ideas among those shown, why they may not report, their comments on an idea. `email` only for a member
 * who must confirm it (the notice names it).
 */
/**
 * The reader's own comments on an idea: until when each may be edited (null:
 * no longer) and its text meanwhile, and for a hidden one why (null: hidden by reports, awaiting an editor).
 */
export type ReaderComments = { mine: Record<number, { editableUntil: string | null; body?: string; hiddenReason?: string | null }> };

export type ReaderState = {
  // `unread`: their unread notifications, counted in the header's account link.
  user: { name: string; role: Role; verified: boolean; unread: number; email?: string } | null;
  registration?: Registration | null;
  ideas?: Record<number, { own: boolean; supported: boolean; following: boolean }>;
  report?: string | null;
  comments?: ReaderComments;
};
