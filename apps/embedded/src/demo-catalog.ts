/** A little Bangladesh demo data: two vendors' products, in English and Bangla, prices in poisha. */
export const DEMO_VENDORS = {
  tangailTant: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
  dhakaGadgets: '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c',
};

interface DemoProduct {
  vendorId: string;
  title: { en: string; bn: string };
  brand: string;
  categoryPath: string[];
  price: { amountPoisha: number; compareAtPoisha?: number };
}

const taka = (amount: number) => amount * 100;

export const DEMO_PRODUCTS: DemoProduct[] = [
  [
    'Dhakai Jamdani Saree, Red',
    'ঢাকাই জামদানি শাড়ি, লাল',
    'Tangail Tant Ghar',
    ['fashion', 'women', 'sarees'],
    12_500,
    14_000,
  ],
  ['Tangail Cotton Saree', 'টাঙ্গাইল সুতি শাড়ি', 'Tangail Tant Ghar', ['fashion', 'women', 'sarees'], 2_450],
  [
    'Rajshahi Silk Panjabi',
    'রাজশাহী সিল্ক পাঞ্জাবি',
    'Tangail Tant Ghar',
    ['fashion', 'men', 'panjabi'],
    4_800,
    5_500,
  ],
  ['Cotton Lungi, Checked', 'সুতি লুঙ্গি, চেক', 'Tangail Tant Ghar', ['fashion', 'men', 'lungi'], 650],
  ['Nakshi Kantha Bedcover', 'নকশি কাঁথা বিছানার চাদর', 'Tangail Tant Ghar', ['home', 'bedding'], 6_200],
  ['Khadi Kurta for Women', 'মহিলাদের খাদি কুর্তা', 'Tangail Tant Ghar', ['fashion', 'women', 'kurta'], 1_850],
  ['Hilsa Fish Curry Spice Mix', 'ইলিশ মাছের মশলা', 'Tangail Tant Ghar', ['groceries', 'spices'], 180],
  ['Sundarbans Honey 500 g', 'সুন্দরবনের মধু ৫০০ গ্রাম', 'Tangail Tant Ghar', ['groceries', 'honey'], 950],
  ['Walton Smart TV 43 inch', 'ওয়ালটন স্মার্ট টিভি ৪৩ ইঞ্চি', 'Walton', ['electronics', 'tv'], 38_990, 42_500],
  ['Symphony Feature Phone', 'সিম্ফনি ফিচার ফোন', 'Symphony', ['electronics', 'mobile-phones'], 1_690],
  ['Xiaomi Redmi Note 14', 'শাওমি রেডমি নোট ১৪', 'Xiaomi', ['electronics', 'mobile-phones'], 24_999],
  ['Power Bank 20000 mAh', 'পাওয়ার ব্যাংক ২০০০০ এমএএইচ', 'Baseus', ['electronics', 'accessories'], 2_350],
  ['Rice Cooker 1.8 L', 'রাইস কুকার ১.৮ লিটার', 'Miyako', ['home', 'kitchen-appliances'], 2_890],
  ['Ceiling Fan 56 inch', 'সিলিং ফ্যান ৫৬ ইঞ্চি', 'Walton', ['home', 'fans'], 3_950],
  [
    'Bangla Keyboard, Wireless',
    'বাংলা কিবোর্ড, ওয়্যারলেস',
    'Logitech',
    ['electronics', 'computer-accessories'],
    1_450,
  ],
  ['Humayun Ahmed Omnibus', 'হুমায়ূন আহমেদ সমগ্র', 'Anyaprokash', ['books', 'fiction'], 1_200],
].map(([en, bn, brand, categoryPath, price, compareAt], index) => ({
  vendorId: index < 8 ? DEMO_VENDORS.tangailTant : DEMO_VENDORS.dhakaGadgets,
  title: { en: en as string, bn: bn as string },
  brand: brand as string,
  categoryPath: categoryPath as string[],
  price: {
    amountPoisha: taka(price as number),
    compareAtPoisha: compareAt ? taka(compareAt as number) : undefined,
  },
}));
