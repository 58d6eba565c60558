'use server';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cartId, cookieOptions, ensureCart } from '../../lib/cart-session';
import { localeOf, text } from '../../lib/form-fields';
import { COOKIES, gateway } from '../../lib/gateway';

export async function addToCart(form: FormData): Promise<void> {
  const back = text(form, 'back');
  const variantId = text(form, 'variantId');
  const quantity = Math.max(1, Math.min(100, Number(text(form, 'quantity')) || 1));
  const id = await ensureCart();
  if (!id) redirect(`${back}?error=unavailable`);
  const api = await gateway();
  const current = await api.GET('/api/carts/{cartId}', { params: { path: { cartId: id } } });
  const line = current.data?.vendors.flatMap((v) => v.lines).find((l) => l.variantId === variantId);
  const { response } = await api.PUT('/api/carts/{cartId}/lines/{variantId}', {
    params: { path: { cartId: id, variantId } },
    body: { quantity: Math.min(100, (line?.quantity ?? 0) + quantity) },
  });
  if (response.status === 409) redirect(`${back}?error=outOfStock`);
  if (!response.ok) redirect(`${back}?error=unavailable`);
  redirect(`${back}?added=1#added`);
}

export async function setQuantity(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const id = await cartId();
  const quantity = Math.max(0, Math.min(100, Number(text(form, 'quantity')) || 0));
  if (id)
    await (
      await gateway()
    ).PUT('/api/carts/{cartId}/lines/{variantId}', {
      params: { path: { cartId: id, variantId: text(form, 'variantId') } },
      body: { quantity },
    });
  redirect(`/${locale}/cart`);
}

export async function chooseDistrict(form: FormData): Promise<void> {
  (await cookies()).set(COOKIES.district, text(form, 'district') || 'Dhaka', cookieOptions);
  redirect(text(form, 'back') || `/${localeOf(form)}/cart`);
}

const METHODS = ['cod', 'bkash', 'nagad', 'sslcommerz'] as const;

export async function placeOrder(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const id = await cartId();
  if (!id) redirect(`/${locale}/cart`);
  const paymentMethod = METHODS.find((m) => m === text(form, 'paymentMethod')) ?? 'cod';
  const district = text(form, 'district');
  const address = {
    name: text(form, 'name'),
    phone: text(form, 'phone'),
    division: text(form, 'division'),
    district,
    area: text(form, 'area'),
    postcode: text(form, 'postcode'),
    street: text(form, 'street'),
  };
  const api = await gateway();
  // The items total the shopper saw on this page; if today's prices differ, back to the cart to see them.
  const quote = await api.POST('/api/carts/{cartId}/delivery-quote', {
    params: { path: { cartId: id } },
    body: { destinationDistrict: district || 'Dhaka', paymentMethod },
  });
  if (quote.data && String(quote.data.itemsTotalPoisha) !== text(form, 'shownItemsTotal'))
    redirect(`/${locale}/cart?error=priceChanged`);
  const { data, error, response } = await api.POST('/api/orders', {
    headers: { 'idempotency-key': text(form, 'attempt') || randomUUID() },
    body: {
      cartId: id,
      address,
      paymentMethod,
      ...(quote.data ? { expectedTotalPoisha: quote.data.totalPoisha } : {}),
    },
  });
  if (!data) {
    const fields =
      (error as { errors?: { field?: string }[] } | undefined)?.errors?.map((e) => e.field).join(',') ?? '';
    const kind =
      response.status === 409
        ? 'priceChanged'
        : response.status === 400 || response.status === 422
          ? 'invalidInput'
          : 'unavailable';
    redirect(`/${locale}/checkout?error=${kind}&fields=${encodeURIComponent(fields)}`);
  }
  (await cookies()).delete(COOKIES.cart);
  // "Save this address": after the order is in, so a full address book never stands between a shopper and it.
  const saved =
    text(form, 'saveAddress') !== 'yes' ||
    (
      await api.POST('/api/me/addresses', {
        body: { label: text(form, 'addressLabel') || 'Home', address },
      })
    ).response.ok;
  if (paymentMethod === 'cod')
    redirect(`/${locale}/order/${data.id}${saved ? '' : '?notice=addressNotSaved'}`);
  // An online payment: the payment service opens it as the saga reaches payment; send the shopper to its page.
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const checkout = await api.GET('/api/payments/checkout/{orderId}', {
      params: { path: { orderId: data.id } },
    });
    if (checkout.data?.redirectUrl) redirect(checkout.data.redirectUrl);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  redirect(`/${locale}/order/${data.id}`);
}
