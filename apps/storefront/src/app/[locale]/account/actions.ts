'use server';
import { redirect } from 'next/navigation';
import { endSession, startSession } from '../../../lib/auth-session';
import { localeOf, text } from '../../../lib/form-fields';
import { gateway, publicGateway } from '../../../lib/gateway';

/** The account page's error for a failed sign-in answer: a wrong secret, too many tries, or the service. */
function signInError(status: number, wrong: 'wrongCode' | 'wrongPassword'): string {
  if (status === 401 || status === 403) return wrong;
  if (status === 429) return 'tooMany';
  if (status === 400 || status === 422) return 'invalidInput';
  return 'unavailable';
}

export async function requestCode(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const phone = text(form, 'phone');
  const { response } = await publicGateway().POST('/api/auth/otp/request', { body: { phone } });
  if (!response.ok) redirect(`/${locale}/account?error=${signInError(response.status, 'wrongCode')}`);
  const register = text(form, 'purpose') === 'register' ? '&register=1' : '';
  redirect(`/${locale}/account?phone=${encodeURIComponent(phone)}${register}`);
}

/**
 * A new account with a password: the SMS code proves the number. A weak password or a wrong code keeps the
 * shopper on this step (auth checks the password before it uses the code); a number with an account already goes
 * back to signing in.
 */
export async function registerWithPassword(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const phone = text(form, 'phone');
  const displayName = text(form, 'displayName');
  const { data, error, response } = await publicGateway().POST('/api/auth/register', {
    body: {
      phone,
      code: text(form, 'code'),
      password: String(form.get('password') ?? ''),
      ...(displayName ? { displayName } : {}),
      locale,
    },
  });
  if (!data) {
    const fields =
      (error as { errors?: { field?: string }[] } | undefined)?.errors?.map((e) => e.field) ?? [];
    const step = `/${locale}/account?phone=${encodeURIComponent(phone)}&register=1`;
    if (response.status === 409) redirect(`/${locale}/account?error=accountExists`);
    if (fields.includes('password')) redirect(`${step}&error=weakPassword`);
    redirect(`${step}&error=${signInError(response.status, 'wrongCode')}`);
  }
  await startSession(data);
  redirect(`/${locale}/account`);
}

export async function verifyCode(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const phone = text(form, 'phone');
  const { data, response } = await publicGateway().POST('/api/auth/otp/verify', {
    body: { phone, code: text(form, 'code'), locale },
  });
  if (!data)
    redirect(
      `/${locale}/account?phone=${encodeURIComponent(phone)}&error=${signInError(response.status, 'wrongCode')}`,
    );
  await startSession(data);
  redirect(`/${locale}/account`);
}

export async function signInWithPassword(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const { data, response } = await publicGateway().POST('/api/auth/login', {
    body: { identifier: text(form, 'phone'), password: String(form.get('password') ?? '') },
  });
  if (!data) redirect(`/${locale}/account?error=${signInError(response.status, 'wrongPassword')}`);
  await startSession(data);
  redirect(`/${locale}/account`);
}

/** Ends this session at auth (its refresh token stops working), then forgets it here. */
export async function signOut(form: FormData): Promise<void> {
  await (await gateway()).POST('/api/auth/logout').catch(() => undefined);
  await endSession();
  redirect(`/${localeOf(form)}/account`);
}

/** Ends one of the shopper's sessions (another phone, a shared computer); ending this one signs out here too. */
export async function revokeSession(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const { response } = await (
    await gateway()
  ).DELETE('/api/auth/sessions/{sessionId}', { params: { path: { sessionId: text(form, 'sessionId') } } });
  if (text(form, 'current') === 'true') {
    await endSession();
    redirect(`/${locale}/account`);
  }
  redirect(`/${locale}/account${response.ok ? '?revoked=1' : '?error=unavailable'}#sessions`);
}

export async function deleteAddress(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const { response } = await (
    await gateway()
  ).DELETE('/api/me/addresses/{addressId}', { params: { path: { addressId: text(form, 'addressId') } } });
  redirect(`/${locale}/account${response.ok ? '' : '?error=unavailable'}#addresses`);
}

/** Makes a saved address the one checkout starts from (the API replaces an address whole, so it is sent back). */
export async function makeDefaultAddress(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const addressId = text(form, 'addressId');
  const api = await gateway();
  const saved = (await api.GET('/api/me/addresses')).data?.items.find((a) => a.id === addressId);
  const { response } = saved
    ? await api.PUT('/api/me/addresses/{addressId}', {
        params: { path: { addressId } },
        body: { label: saved.label, isDefault: true, address: saved.address },
      })
    : { response: undefined };
  redirect(`/${locale}/account${response?.ok ? '' : '?error=unavailable'}#addresses`);
}
