/** schema.org Product with one Offer per variant, priced in BDT (taka with two decimals), for search engines. */
export function productJsonLd(
  product: {
    brand?: string | undefined;
    imageUrl?: string | undefined;
    shop?: { name: string } | undefined;
    description: { en?: string | undefined };
    variants: { id: string; sku: string; price: { amountPoisha: number } }[];
  },
  title: string,
  url: string,
  available: Map<string, number>,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: title,
    url,
    ...(product.description.en ? { description: product.description.en } : {}),
    ...(product.imageUrl ? { image: product.imageUrl } : {}),
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    offers: product.variants.map((variant) => ({
      '@type': 'Offer',
      sku: variant.sku,
      url,
      priceCurrency: 'BDT',
      price: (variant.price.amountPoisha / 100).toFixed(2),
      availability:
        (available.get(variant.id) ?? 0) > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      ...(product.shop ? { seller: { '@type': 'Organization', name: product.shop.name } } : {}),
    })),
  };
}
