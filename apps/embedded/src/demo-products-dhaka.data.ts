import { DemoProduct, each } from './demo-product';

const PHONES: [string, string, string, number][] = [
  ['Walton', 'ওয়ালটন', 'Primo R10', 14_999],
  ['Walton', 'ওয়ালটন', 'Orbit Y21', 11_499],
  ['Symphony', 'সিম্ফনি', 'Innova 40', 12_990],
  ['Symphony', 'সিম্ফনি', 'Z70', 9_990],
  ['Xiaomi', 'শাওমি', 'Redmi Note 14', 24_999],
  ['Xiaomi', 'শাওমি', 'Redmi 14C', 15_999],
  ['Samsung', 'স্যামসাং', 'Galaxy A16', 21_999],
  ['Samsung', 'স্যামসাং', 'Galaxy A56', 46_999],
  ['Realme', 'রিয়েলমি', 'C75', 19_999],
  ['Realme', 'রিয়েলমি', 'Note 60', 13_499],
  ['Tecno', 'টেকনো', 'Spark 30', 16_999],
  ['Tecno', 'টেকনো', 'Pova 7', 22_999],
  ['Infinix', 'ইনফিনিক্স', 'Hot 50', 17_499],
  ['Infinix', 'ইনফিনিক্স', 'Note 50', 25_999],
  ['Oppo', 'অপো', 'A3x', 15_490],
  ['Oppo', 'অপো', 'Reno 13', 54_990],
  ['Vivo', 'ভিভো', 'Y19s', 14_999],
  ['Vivo', 'ভিভো', 'V50', 57_999],
];

/** The Dhaka gadget shop: phones, TVs, accessories, computers, appliances, books and sports. */
export const DHAKA_GADGETS: DemoProduct[] = [
  ...each(PHONES, ([brand, brandBn, model, taka]) => ({
    en: `${brand} ${model}`,
    bn: `${brandBn} ${model}`,
    brand,
    category: 'smartphones',
    attributes: { network: taka > 20_000 ? '5G' : '4G', warranty_months: 12 },
    variants: [
      { options: { storage: '128 GB', ram: '6 GB' }, taka, grams: 190 },
      { options: { storage: '256 GB', ram: '8 GB' }, taka: taka + 4_000, grams: 190 },
    ],
  })),
  ...each(
    ['Walton Olvio L27', 'Symphony B70', 'Nokia 105', 'Nokia 110 4G', 'itel it5330', 'Maximus M5'],
    (name, i) => ({
      en: `${name} Feature Phone`,
      bn: `${name} ফিচার ফোন`,
      brand: name.split(' ')[0]!,
      category: 'feature-phones',
      attributes: { dual_sim: 'Yes', network: i === 3 ? '4G' : '2G' },
      variants: [
        { options: { colour: 'Black' }, taka: 1_290 + i * 250, grams: 90 },
        { options: { colour: 'Blue' }, taka: 1_290 + i * 250, grams: 90 },
      ],
    }),
  ),
  ...each(
    [
      ['Walton', 'ওয়ালটন'],
      ['Sony', 'সনি'],
      ['Samsung', 'স্যামসাং'],
      ['Minister', 'মিনিস্টার'],
      ['Singer', 'সিঙ্গার'],
    ],
    ([brand, brandBn], i) =>
      (
        [
          [32, 'HD'],
          [43, 'Full HD'],
          [55, '4K UHD'],
        ] as const
      ).map(([inch, resolution], j) => ({
        en: `${brand} ${inch}" ${resolution} Smart TV`,
        bn: `${brandBn} ${inch} ইঞ্চি স্মার্ট টিভি`,
        brand: brand!,
        category: 'tvs',
        attributes: { screen_size: inch, resolution, smart_tv: 'Yes', warranty_months: 24 },
        variants: [
          {
            taka: [18_990, 32_990, 62_990][j]! + i * 3_500,
            compareAt: [21_500, 36_500, 69_990][j]! + i * 3_500,
            grams: [5_500, 8_500, 15_000][j]!,
          },
        ],
      })),
  ),
  ...each([10_000, 20_000, 30_000, 20_000, 10_000], (mah, i) => ({
    en: `${['Baseus', 'Anker', 'Xiaomi', 'Walton', 'Remax'][i]} Power Bank ${mah} mAh`,
    bn: `পাওয়ার ব্যাংক ${mah} এমএএইচ`,
    brand: ['Baseus', 'Anker', 'Xiaomi', 'Walton', 'Remax'][i]!,
    category: 'power-banks',
    attributes: { capacity_mah: mah },
    variants: [
      { options: { colour: 'Black' }, taka: 1_450 + mah / 20, grams: 250 + mah / 100 },
      { options: { colour: 'White' }, taka: 1_450 + mah / 20, grams: 250 + mah / 100 },
    ],
  })),
  ...each(['USB-C', 'Lightning', 'Micro-USB'], (connector, i) =>
    [
      ['25W Fast Charger', 'ফাস্ট চার্জার', 1_150],
      ['Braided Cable 1 m', 'ব্রেইডেড ক্যাবল', 390],
    ].map(([en, bn, taka]) => ({
      en: `${connector} ${en}`,
      bn: `${connector} ${bn}`,
      brand: 'Baseus',
      category: 'chargers-cables',
      attributes: { connector },
      variants: [{ taka: (taka as number) + i * 60, grams: 80 }],
    })),
  ),
  ...each(
    [
      'QCY T13',
      'Realme Buds T110',
      'Xiaomi Buds 5',
      'JBL Tune 520BT',
      'Sony WH-CH520',
      'Haylou X1',
      'Edifier W820NB',
      'boAt Rockerz 255',
    ],
    (name, i) => ({
      en: name,
      bn: `${name} হেডফোন`,
      brand: name.split(' ')[0]!,
      category: 'headphones',
      attributes: { connectivity: 'Bluetooth' },
      variants: [{ options: { colour: 'Black' }, taka: 1_990 + i * 850, grams: 120 }],
    }),
  ),
  ...each(
    [
      'Walton Tamarind',
      'HP 15s',
      'Lenovo IdeaPad Slim 3',
      'ASUS Vivobook 15',
      'Acer Aspire 5',
      'Dell Inspiron 3520',
    ],
    (name, i) => ({
      en: `${name} Laptop`,
      bn: `${name} ল্যাপটপ`,
      brand: name.split(' ')[0]!,
      category: 'laptops',
      attributes: {
        processor: i % 2 ? 'Intel Core i5' : 'AMD Ryzen 5',
        screen_size: 15.6,
        warranty_months: 24,
      },
      variants: [
        { options: { ram: '8 GB', storage: '512 GB' }, taka: 54_000 + i * 4_500, grams: 1_700 },
        { options: { ram: '16 GB', storage: '512 GB' }, taka: 61_000 + i * 4_500, grams: 1_700 },
      ],
    }),
  ),
  ...each(
    [
      ['Bangla Keyboard', 'বাংলা কিবোর্ড'],
      ['Wireless Mouse', 'ওয়্যারলেস মাউস'],
      ['Webcam 1080p', 'ওয়েবক্যাম'],
      ['USB Hub 4-port', 'ইউএসবি হাব'],
      ['Laptop Stand', 'ল্যাপটপ স্ট্যান্ড'],
      ['Mouse Pad XL', 'মাউস প্যাড'],
      ['Bangla Keyboard, Wireless', 'বাংলা কিবোর্ড, ওয়্যারলেস'],
      ['Pen Drive 64 GB', 'পেন ড্রাইভ ৬৪ জিবি'],
    ],
    ([en, bn], i) => ({
      en: en!,
      bn: bn!,
      brand: ['A4Tech', 'Logitech', 'Havit', 'UGREEN'][i % 4]!,
      category: 'computer-accessories',
      attributes: { connectivity: en!.includes('Wireless') ? 'Wireless' : 'Wired' },
      variants: [{ taka: 450 + i * 180, grams: 300 }],
    }),
  ),
  ...each(
    [
      ['Rice Cooker 1.8 L', 'রাইস কুকার ১.৮ লিটার', 1.8, 700],
      ['Electric Kettle 1.7 L', 'ইলেকট্রিক কেটলি', 1.7, 1_800],
      ['Blender 3-in-1', 'ব্লেন্ডার ৩-ইন-১', 1.5, 850],
      ['Induction Cooker', 'ইন্ডাকশন কুকার', 0, 2_000],
      ['Microwave Oven 20 L', 'মাইক্রোওয়েভ ওভেন', 20, 1_200],
      ['Air Fryer 4 L', 'এয়ার ফ্রায়ার', 4, 1_500],
      ['Electric Curry Cooker', 'কারি কুকার', 3, 1_000],
      ['Sandwich Maker', 'স্যান্ডউইচ মেকার', 0, 750],
    ] as [string, string, number, number][],
    ([en, bn, litres, watts], i) => ({
      en: `${['Miyako', 'Walton', 'Vision', 'Jamuna'][i % 4]} ${en}`,
      bn,
      brand: ['Miyako', 'Walton', 'Vision', 'Jamuna'][i % 4]!,
      category: 'kitchen-appliances',
      attributes: { ...(litres ? { capacity_litres: litres } : {}), power_watts: watts, warranty_months: 12 },
      variants: [{ taka: 2_290 + i * 900, grams: 2_500 }],
    }),
  ),
  ...each(
    [
      ['Ceiling', 56],
      ['Ceiling', 48],
      ['Table', 16],
      ['Stand', 18],
      ['Wall', 16],
      ['Rechargeable', 14],
    ] as [string, number][],
    ([type, inch], i) => ({
      en: `${['Walton', 'Jamuna', 'Vision'][i % 3]} ${type} Fan ${inch} inch`,
      bn: `${['সিলিং', 'সিলিং', 'টেবিল', 'স্ট্যান্ড', 'দেয়াল', 'রিচার্জেবল'][i]} ফ্যান ${inch} ইঞ্চি`,
      brand: ['Walton', 'Jamuna', 'Vision'][i % 3]!,
      category: 'fans',
      attributes: { fan_type: type, sweep_size: inch },
      variants: [
        { options: { colour: 'White' }, taka: 2_950 + i * 400, grams: 4_000 },
        { options: { colour: 'Brown' }, taka: 3_050 + i * 400, grams: 4_000 },
      ],
    }),
  ),
  ...each(
    [
      ['Humayun Ahmed Omnibus', 'হুমায়ূন আহমেদ সমগ্র', 'Humayun Ahmed', 'fiction'],
      ['Gitanjali', 'গীতাঞ্জলি', 'Rabindranath Tagore', 'fiction'],
      ['Agnibina', 'অগ্নিবীণা', 'Kazi Nazrul Islam', 'fiction'],
      ['Padma Nadir Majhi', 'পদ্মা নদীর মাঝি', 'Manik Bandopadhyay', 'fiction'],
      ['Lalsalu', 'লালসালু', 'Syed Waliullah', 'fiction'],
      ['Amar Dekha Noya Chin', 'আমার দেখা নয়াচীন', 'Sheikh Mujibur Rahman', 'non-fiction'],
      ['Thakurmar Jhuli', 'ঠাকুরমার ঝুলি', 'Dakshinaranjan Mitra Majumder', 'childrens-books'],
      ['HSC Physics First Paper', 'এইচএসসি পদার্থবিজ্ঞান প্রথম পত্র', 'Shahjahan Tapan', 'academic'],
      ['University Admission Guide', 'বিশ্ববিদ্যালয় ভর্তি গাইড', 'Udvash Editorial', 'academic'],
      ['Rahe Belayat', 'রাহে বেলায়াত', 'Abdullah Jahangir', 'islamic-books'],
    ],
    ([en, bn, author, category], i) => ({
      en: en!,
      bn: bn!,
      brand: ['Anyaprokash', 'Prothoma', 'Mowla Brothers'][i % 3]!,
      category: category!,
      attributes: { author: author!, language: 'Bangla', pages: 180 + i * 40 },
      variants: [
        { options: { format: 'Hardcover' }, taka: 450 + i * 60, grams: 500 },
        { options: { format: 'Paperback' }, taka: 300 + i * 60, grams: 350 },
      ],
    }),
  ),
  {
    en: 'Kashmir Willow Cricket Bat',
    bn: 'কাশ্মীর উইলো ক্রিকেট ব্যাট',
    brand: 'SG',
    category: 'cricket',
    variants: [
      { options: { bat_size: 'Harrow' }, taka: 2_400, grams: 1_100 },
      { options: { bat_size: 'Full' }, taka: 2_800, grams: 1_200 },
    ],
  },
  {
    en: 'Tennis Ball Cricket Bat',
    bn: 'টেপ টেনিস ক্রিকেট ব্যাট',
    brand: 'Local',
    category: 'cricket',
    variants: [{ options: { bat_size: 'Full' }, taka: 850, grams: 1_000 }],
  },
  {
    en: 'Football Size 5',
    bn: 'ফুটবল ৫ নম্বর',
    brand: 'Nivia',
    category: 'football',
    variants: [
      { options: { ball_size: '5' }, taka: 1_350, grams: 430 },
      { options: { ball_size: '4' }, taka: 1_150, grams: 380 },
    ],
  },
  {
    en: 'Yoga Mat 6 mm',
    bn: 'ইয়োগা ম্যাট',
    brand: 'Boldfit',
    category: 'fitness',
    variants: [{ taka: 990, grams: 900 }],
  },
];
