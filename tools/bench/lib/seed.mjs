// Demo catalogue for the benchmark: Bangladeshi products, about a third with Bangla titles, created through the
// catalog's own POST /products so that every row is exactly what the service would have written.

const PRODUCTS = [
  { en: 'Dhakai Jamdani Saree', bn: 'ঢাকাই জামদানি শাড়ি', path: ['fashion', 'sarees'], price: 1_250_000 },
  { en: 'Tangail Cotton Saree', bn: 'টাঙ্গাইল তাঁতের শাড়ি', path: ['fashion', 'sarees'], price: 320_000 },
  { en: 'Rajshahi Silk Saree', bn: 'রাজশাহী সিল্ক শাড়ি', path: ['fashion', 'sarees'], price: 780_000 },
  { en: 'Katan Benarasi Saree', path: ['fashion', 'sarees'], price: 1_540_000 },
  { en: 'Cotton Panjabi', bn: 'সুতি পাঞ্জাবি', path: ['fashion', 'panjabi'], price: 185_000 },
  { en: 'Eid Embroidered Panjabi', path: ['fashion', 'panjabi'], price: 349_000 },
  { en: 'Checked Lungi', bn: 'চেক লুঙ্গি', path: ['fashion', 'lungi'], price: 65_000 },
  { en: 'Three-Piece Salwar Kameez', path: ['fashion', 'salwar-kameez'], price: 240_000 },
  { en: 'Nakshi Kantha Quilt', bn: 'নকশী কাঁথা', path: ['home', 'textiles'], price: 450_000 },
  { en: 'Shital Pati Floor Mat', bn: 'শীতল পাটি', path: ['home', 'mats'], price: 120_000 },
  { en: 'Jute Shopping Bag', bn: 'পাটের ব্যাগ', path: ['home', 'jute'], price: 35_000 },
  { en: 'Terracotta Wall Plate', path: ['home', 'decor'], price: 89_000 },
  { en: 'Sundarbans Honey 500 g', bn: 'সুন্দরবনের মধু', path: ['grocery', 'honey'], price: 75_000 },
  { en: 'Sylhet Black Tea 400 g', bn: 'সিলেটের চা', path: ['grocery', 'tea'], price: 28_000 },
  { en: 'Himsagar Mango 5 kg', bn: 'হিমসাগর আম', path: ['grocery', 'fruit'], price: 90_000 },
  { en: 'Chinigura Aromatic Rice 5 kg', bn: 'চিনিগুঁড়া চাল', path: ['grocery', 'rice'], price: 82_000 },
  { en: 'Mustard Oil 1 L', bn: 'সরিষার তেল', path: ['grocery', 'oil'], price: 31_000 },
  { en: 'Bogura Mishti Doi', bn: 'বগুড়ার মিষ্টি দই', path: ['grocery', 'sweets'], price: 25_000 },
  { en: 'Padma Hilsa 1 kg', bn: 'পদ্মার ইলিশ', path: ['grocery', 'fish'], price: 160_000 },
  { en: 'Walton Refrigerator 252 L', path: ['electronics', 'appliances'], price: 4_290_000 },
  { en: 'Rice Cooker 1.8 L', path: ['electronics', 'kitchen'], price: 260_000 },
  { en: 'Bluetooth Earbuds', path: ['electronics', 'audio'], price: 150_000 },
  { en: 'Cricket Bat Kashmir Willow', bn: 'ক্রিকেট ব্যাট', path: ['sports', 'cricket'], price: 210_000 },
  {
    en: 'Humayun Ahmed Novel Collection',
    bn: 'হুমায়ূন আহমেদ উপন্যাস সমগ্র',
    path: ['books', 'fiction'],
    price: 120_000,
  },
];

const VENDORS = [
  '3f2b9c1e-6a4d-4c5e-9b7a-1d2e3f4a5b6c',
  '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
];

const SHADES = ['Red', 'Green', 'Blue', 'Maroon', 'Golden', 'Off-White', 'Black', 'Sky'];

/** The `i`-th demo product as a POST /products body. */
export function demoProduct(i) {
  const base = PRODUCTS[i % PRODUCTS.length];
  const round = Math.floor(i / PRODUCTS.length);
  const shade = SHADES[round % SHADES.length];
  const title = { en: round === 0 ? base.en : `${base.en} (${shade}, lot ${round})` };
  if (base.bn) title.bn = base.bn;
  return {
    vendorId: VENDORS[i % VENDORS.length],
    title,
    categoryPath: base.path,
    price: { amountPoisha: base.price + round * 500 },
    imageUrl: `https://cdn.example.com/bench/${i}.jpg`,
  };
}

/** Creates `count` products through POST <baseUrl>/products, `concurrency` at a time; returns their ids. */
export async function seedProducts(baseUrl, count, concurrency = 8) {
  const ids = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const res = await fetch(`${baseUrl}/products`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(demoProduct(i)),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await res.text();
      if (res.status !== 201) {
        const hint = [400, 401, 403, 404].includes(res.status)
          ? '\n  The catalog no longer takes the request the bench sends: update demoProduct() in' +
            ' tools/bench/lib/seed.mjs to the create-product contract in libs/contracts/src/api/catalog.api.ts.'
          : '';
        throw new Error(
          `seeding product ${i}: POST /products answered ${res.status}: ${text.slice(0, 500)}${hint}`,
        );
      }
      ids[i] = JSON.parse(text).id;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ids;
}
