import { Field } from '@getit/ui/react';

export interface UploadedDocument {
  kind: string;
  url: string;
}

/** A KYC document: the https address where the file is kept. */
export function DocumentInput({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error?: string | undefined;
  value: string;
  onChange(url: string): void;
}) {
  return (
    <Field label={label} error={error}>
      <input type="url" value={value} placeholder="https://" onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
