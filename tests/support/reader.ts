import { readerStateFor } from "@/server/reader";
import type { CurrentUser } from "@/server/users";

// One thing of what /api/reader answers a member (server/reader.ts), asked alone: the tests of each part read it
// where the portal reads it.

export async function unreadOf(member: CurrentUser): Promise<number | undefined> {
  return (await readerStateFor(member, {})).user?.unread;
}

export async function registrationFor(member: CurrentUser, eventId: string) {
  return (await readerStateFor(member, { event: eventId })).registration;
}

export async function ownCommentsOn(member: CurrentUser, ideaId: number) {
  return (await readerStateFor(member, { comments: ideaId })).comments!;
}

/** Why the member may not report the idea; undefined when they may. */
export async function reportRefusalFor(member: CurrentUser, ideaId: number) {
  return (await readerStateFor(member, { report: ideaId })).report ?? undefined;
}
