/**
 * Whether an event takes registrations now: "none" when it has no capacity
 * (free entry), "closed" from the editor's closing time or, at the latest,
 * from the start (a past event takes none), "open" otherwise.
 */
export type RegistrationWindow = "none" | "open" | "closed";

export function registrationWindow(
  event: { capacity: number | null; startsAt: Date; registrationClosesAt: Date | null },
  now = new Date(),
): RegistrationWindow {
  if (event.capacity === null) return "none";
  const closesAt = event.registrationClosesAt && event.registrationClosesAt < event.startsAt ? event.registrationClosesAt : event.startsAt;
  return now < closesAt ? "open" : "closed";
}
