import type { InputHTMLAttributes, ReactNode } from 'react';
import type { Locale } from '../i18n/routing';

/** The storefront's form controls, one look everywhere (big enough to tap on a phone). */
export const FIELD = 'mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2';
export const PRIMARY_BUTTON = 'mt-3 rounded bg-brand px-4 py-2 font-semibold text-white';
export const SECONDARY_BUTTON = 'rounded border border-brand px-3 py-1 text-brand-dark';
export const CARD = 'rounded-lg bg-white p-4 shadow-sm';

/** A labelled text input; `hint` is shown under it and read with it. */
export function TextField({
  label,
  hint,
  ...input
}: { label: string; hint?: { id: string; text: string } } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="mt-2 block">
      {label}
      <input {...input} aria-describedby={hint?.id} className={FIELD} />
      {hint ? (
        <span id={hint.id} className="text-sm text-gray-700">
          {hint.text}
        </span>
      ) : null}
    </label>
  );
}

/** One button posting to a server action, with the page's locale and `fields` as hidden inputs. */
export function ActionButton({
  action,
  locale,
  fields = {},
  children,
}: {
  action: (form: FormData) => Promise<void>;
  locale: Locale;
  fields?: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={SECONDARY_BUTTON}>
        {children}
      </button>
    </form>
  );
}
