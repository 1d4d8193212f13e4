import { Secret, TOTP } from "otpauth";
import { secondFactorState, startEnrolment, confirmEnrolment } from "@/server/second-factor/enrolment";
import type { CurrentUser } from "@/server/users";

/** The code an authenticator app shows for the secret at a time (otpauth, as a phone would). */
export function codeAt(secret: string, at: Date | number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: typeof at === "number" ? at : at.getTime() });
}

/** Enrols the user as the account page does: start, read the secret shown, confirm with a code. */
export async function enrol(user: CurrentUser, now = new Date()): Promise<{ secret: string; recoveryCodes: string[] }> {
  await startEnrolment(user);
  const state = await secondFactorState(user);
  if (state.state !== "pending") throw new Error(`enrolment not pending: ${state.state}`);
  const confirmed = await confirmEnrolment(user, codeAt(state.secret, now), now);
  if (!confirmed.ok) throw new Error(`enrolment refused: ${confirmed.reason}`);
  return { secret: state.secret, recoveryCodes: confirmed.recoveryCodes };
}

export const STEP_MS = 30_000;
