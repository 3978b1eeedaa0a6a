import type { InputHTMLAttributes, ReactNode } from "react";

/** A labelled input with its error announced to screen readers and shown next to it. */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: {
  label: ReactNode;
  name: string;
  error?: string | string[];
  hint?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `felt-${name}`;
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy =
    [hint ? `${id}-hint` : null, message ? `${id}-fejl` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={message ? "field field--invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input id={id} name={name} aria-invalid={message ? true : undefined} aria-describedby={describedBy} {...input} />
      {message ? (
        <p className="field__error" id={`${id}-fejl`} role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** The e-mail address a member signs in with: the sign-in page and «Glemt adgangskode» ask for it the same way. */
export function EmailField({ label, defaultValue, error }: { label: string; defaultValue: string; error?: string[] }) {
  return (
    <Field
      label={label}
      name="email"
      type="email"
      autoComplete="username"
      required
      defaultValue={defaultValue}
      error={error}
      autoFocus
    />
  );
}
