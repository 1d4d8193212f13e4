import { TextField } from "./text-field";

type Props = {
  labels: { newPassword: string; newPasswordHint: string; confirmPassword: string };
  errors?: { newPassword?: string; confirmPassword?: string };
};

/** A new password typed twice; the browser hints at the limits that lib/validation/auth.ts enforces. */
export function NewPasswordFields({ labels, errors }: Props) {
  return (
    <>
      <TextField
        name="newPassword"
        type="password"
        label={labels.newPassword}
        hint={labels.newPasswordHint}
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        error={errors?.newPassword}
      />
      <TextField name="confirmPassword" type="password" label={labels.confirmPassword} autoComplete="new-password" required error={errors?.confirmPassword} />
    </>
  );
}
