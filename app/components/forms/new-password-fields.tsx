import { passwordCopy } from "../../copy/passwords";
import { Field } from "./field";

/** A new password and its repetition (`password`, `passwordConfirm`), on the invitation and reset pages. */
export function NewPasswordFields({
  label,
  errors,
}: {
  label: string;
  errors: Record<string, string[] | undefined> | undefined;
}) {
  return (
    <>
      <Field
        label={label}
        name="password"
        type="password"
        hint={passwordCopy.newPasswordHint}
        required
        autoComplete="new-password"
        error={errors?.password}
      />
      <Field
        label={passwordCopy.repeatLabel}
        name="passwordConfirm"
        type="password"
        required
        autoComplete="new-password"
        error={errors?.passwordConfirm}
      />
    </>
  );
}
