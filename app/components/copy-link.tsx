import { useState } from "react";
import { formCopy } from "../copy/forms";

/** Shows a link in a read-only field; with JavaScript a button copies it. */
export function CopyLink({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label htmlFor="copy-link">{label}</label>
      <input
        id="copy-link"
        className="copy-box"
        readOnly
        value={value}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button
        type="button"
        className="button"
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? formCopy.copied : formCopy.copyLink}
      </button>
    </div>
  );
}
