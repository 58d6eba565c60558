import { Attrs, DemoProduct, each, packs, sizes } from './demo-product';

const SAREES: [string, string, string, string, number][] = [
  ['Dhakai Jamdani', 'ঢাকাই জামদানি', 'Jamdani', 'Cotton', 12_500],
  ['Half Silk Jamdani', 'হাফ সিল্ক জামদানি', 'Jamdani', 'Half Silk', 8_900],
  ['Muslin Jamdani', 'মসলিন জামদানি', 'Jamdani', 'Muslin', 18_500],
  ['Tangail Tant', 'টাঙ্গাইল তাঁত', 'Tant', 'Cotton', 2_450],
  ['Rajshahi Silk', 'রাজশাহী সিল্ক', 'Rajshahi Silk', 'Silk', 7_800],
  ['Katan Benarasi', 'কাতান বেনারসি', 'Katan', 'Silk', 15_400],
  ['Monipuri', 'মণিপুরি', 'Monipuri', 'Cotton', 3_200],
];
const MOTIFS: [string, string][] = [
  ['Paisley', 'কলকা'],
  ['Butidar', 'বুটিদার'],
  ['Temple Border', 'মন্দির পাড়'],
  ['Floral Jaal', 'ফুলেল জাল'],
];

/** The Tangail weaver's fashion: the newest products in the demo, so the storefront opens on sarees. */
export const TANGAIL_FASHION: DemoProduct[] = [
  ...each(SAREES, ([en, bn, type, fabric, taka]) =>
    MOTIFS.map(([motifEn, motifBn], m) => ({
      en: `${en} Saree, ${motifEn}`,
      bn: `${bn} শাড়ি, ${motifBn}`,
      brand: 'Tangail Tant Ghar',
      category: 'sarees',
      attributes: { saree_type: type, fabric, blouse_piece: m % 2 ? 'No' : 'Yes' },
      variants: ['Red', 'Off-White'].map((colour, c) => ({
        options: { colour },
        taka: taka + m * 250 + c * 100,
        compareAt: taka + 1_500,
        grams: 650,
      })),
    })),
  ),
  ...each(['Embroidered', 'Block Print', 'Batik'], (style, i) =>
    [
      ['Georgette', 'জর্জেট'],
      ['Cotton', 'সুতি'],
      ['Linen', 'লিনেন'],
    ].map(([fabric, fabricBn]) => ({
      en: `${style} ${fabric} Salwar Kameez`,
      bn: `${['এমব্রয়ডারি', 'ব্লক প্রিন্ট', 'বাটিক'][i]} ${fabricBn} সালোয়ার কামিজ`,
      brand: 'Tangail Tant Ghar',
      category: 'salwar-kameez',
      attributes: { fabric: fabric!, pieces: '3-piece' },
      variants: sizes(['S', 'M', 'L', 'XL'], 2_400 + i * 300, 500, 2_900 + i * 300),
    })),
  ),
  ...each(['Khadi', 'Cotton', 'Linen', 'Viscose', 'Georgette', 'Chiffon'], (fabric, i) => ({
    en: `${fabric} Kurti, Hand Embroidered`,
    bn: `হাতের কাজের ${['খাদি', 'সুতি', 'লিনেন', 'ভিসকস', 'জর্জেট', 'শিফন'][i]} কুর্তি`,
    brand: 'Tangail Tant Ghar',
    category: 'kurtis',
    attributes: { fabric },
    variants: sizes(['S', 'M', 'L'], 1_450 + i * 100, 300),
  })),
  ...each(['Cotton', 'Silk', 'Khadi', 'Linen'], (fabric, i) =>
    [
      ['Eid', 'ঈদের'],
      ['Wedding', 'বিয়ের'],
      ['Everyday', 'প্রতিদিনের'],
    ].map(([occasion, occasionBn], j) => ({
      en: `${occasion} ${fabric} Panjabi`,
      bn: `${occasionBn} ${['সুতি', 'সিল্ক', 'খাদি', 'লিনেন'][i]} পাঞ্জাবি`,
      brand: 'Tangail Tant Ghar',
      category: 'panjabi',
      attributes: { fabric, colour: ['Off-White', 'Maroon', 'Sky Blue'][j]! },
      variants: sizes(['M', 'L', 'XL', 'XXL'], 1_850 + i * 900 + j * 400, 400),
    })),
  ),
  ...each(['Checked', 'Batik', 'Striped', 'Solid', 'Jacquard', 'Sylhet Handloom'], (pattern, i) => ({
    en: `${pattern} Cotton Lungi`,
    bn: `${['চেক', 'বাটিক', 'ডোরাকাটা', 'একরঙা', 'জ্যাকার্ড', 'সিলেটি তাঁতের'][i]} সুতি লুঙ্গি`,
    brand: 'Tangail Tant Ghar',
    category: 'lungi',
    attributes: { fabric: 'Cotton', pattern },
    variants: [{ taka: 550 + i * 75, grams: 300 }],
  })),
];

/** The Tangail weaver's home, groceries and beauty lines. */
export const TANGAIL_HOME: DemoProduct[] = [
  ...each(
    ['Lotus', 'Peacock', 'Village Life', 'Fish and Boat', 'Tree of Life', 'Rickshaw Art'],
    (motif, i) => ({
      en: `Nakshi Kantha Bedcover, ${motif}`,
      bn: `নকশি কাঁথা বিছানার চাদর, ${['পদ্ম', 'ময়ূর', 'গ্রামীণ জীবন', 'মাছ ও নৌকা', 'জীবনবৃক্ষ', 'রিকশা আর্ট'][i]}`,
      brand: 'Tangail Tant Ghar',
      category: 'bedding',
      attributes: { material: 'Cotton' },
      variants: [
        { options: { bed_size: 'Single' }, taka: 4_200 + i * 200, grams: 1_200 },
        { options: { bed_size: 'Double' }, taka: 6_200 + i * 200, grams: 1_800 },
      ],
    }),
  ),
  ...(
    [
      ['Shital Pati Floor Mat', 'শীতল পাটি', 'Murta cane', 1_200],
      ['Jute Shopping Bag', 'পাটের শপিং ব্যাগ', 'Jute', 350],
      ['Terracotta Wall Plate', 'পোড়ামাটির দেয়াল প্লেট', 'Terracotta', 890],
      ['Bamboo Lamp Shade', 'বাঁশের ল্যাম্প শেড', 'Bamboo', 1_100],
      ['Jute Table Runner', 'পাটের টেবিল রানার', 'Jute', 650],
      ['Brass Kalash', 'পিতলের কলস', 'Brass', 2_800],
      ['Rickshaw Art Tray', 'রিকশা আর্ট ট্রে', 'Tin', 750],
      ['Clay Tea Set', 'মাটির চায়ের সেট', 'Clay', 980],
    ] as const
  ).map(([en, bn, material, taka]) => ({
    en,
    bn,
    brand: 'Karupanya',
    category: 'home-decor',
    attributes: { material },
    variants: [{ taka, grams: 800 }],
  })),
  ...(
    [
      [
        'Sundarbans Honey',
        'সুন্দরবনের মধু',
        'honey',
        'Sundarbans',
        [
          ['250 g', 480, 300],
          ['500 g', 950, 600],
          ['1 kg', 1_800, 1_150],
        ],
      ],
      [
        'Mustard Flower Honey',
        'সরিষা ফুলের মধু',
        'honey',
        'Sirajganj',
        [
          ['500 g', 650, 600],
          ['1 kg', 1_250, 1_150],
        ],
      ],
      ['Litchi Flower Honey', 'লিচু ফুলের মধু', 'honey', 'Dinajpur', [['500 g', 720, 600]]],
      [
        'Sylhet Black Tea',
        'সিলেটের কালো চা',
        'tea-coffee',
        'Sylhet',
        [
          ['200 g', 180, 220],
          ['400 g', 340, 430],
        ],
      ],
      ['Srimangal Green Tea', 'শ্রীমঙ্গলের সবুজ চা', 'tea-coffee', 'Moulvibazar', [['100 g', 260, 120]]],
      ['Panchagarh Organic Tea', 'পঞ্চগড়ের অর্গানিক চা', 'tea-coffee', 'Panchagarh', [['250 g', 390, 270]]],
      ['Hilsa Curry Spice Mix', 'ইলিশ মাছের মশলা', 'spices', 'Bangladesh', [['100 g', 180, 120]]],
      ['Beef Kala Bhuna Masala', 'কালা ভুনা মশলা', 'spices', 'Chattogram', [['100 g', 210, 120]]],
      [
        'Turmeric Powder',
        'হলুদের গুঁড়া',
        'spices',
        'Bogura',
        [
          ['200 g', 160, 220],
          ['500 g', 380, 520],
        ],
      ],
      ['Red Chilli Powder', 'মরিচের গুঁড়া', 'spices', 'Bogura', [['200 g', 190, 220]]],
      ['Panch Phoron', 'পাঁচফোড়ন', 'spices', 'Bangladesh', [['100 g', 120, 110]]],
      ['Cumin Powder', 'জিরার গুঁড়া', 'spices', 'Bangladesh', [['100 g', 220, 110]]],
      [
        'Chinigura Aromatic Rice',
        'চিনিগুঁড়া চাল',
        'rice',
        'Dinajpur',
        [
          ['1 kg', 160, 1_000],
          ['5 kg', 780, 5_000],
        ],
        { rice_type: 'Chinigura' },
      ],
      [
        'Nazirshail Rice',
        'নাজিরশাইল চাল',
        'rice',
        'Naogaon',
        [
          ['5 kg', 420, 5_000],
          ['25 kg', 2_050, 25_000],
        ],
        { rice_type: 'Nazirshail' },
      ],
      ['Miniket Rice', 'মিনিকেট চাল', 'rice', 'Kushtia', [['5 kg', 380, 5_000]], { rice_type: 'Miniket' }],
      [
        'Kalijira Rice',
        'কালিজিরা চাল',
        'rice',
        'Mymensingh',
        [['1 kg', 150, 1_000]],
        { rice_type: 'Kalijira' },
      ],
      ['Basmati Rice', 'বাসমতি চাল', 'rice', 'Bangladesh', [['1 kg', 260, 1_000]], { rice_type: 'Basmati' }],
      [
        'Ghani Mustard Oil',
        'ঘানি ভাঙা সরিষার তেল',
        'cooking-oil',
        'Sirajganj',
        [
          ['1 L', 320, 950],
          ['5 L', 1_550, 4_700],
        ],
        { oil_type: 'Mustard' },
      ],
      [
        'Rice Bran Oil',
        'রাইস ব্র্যান অয়েল',
        'cooking-oil',
        'Bangladesh',
        [['1 L', 240, 950]],
        { oil_type: 'Rice Bran' },
      ],
      [
        'Soybean Oil',
        'সয়াবিন তেল',
        'cooking-oil',
        'Bangladesh',
        [
          ['1 L', 185, 950],
          ['5 L', 900, 4_700],
        ],
        { oil_type: 'Soybean' },
      ],
      ['Bogura Mishti Doi', 'বগুড়ার মিষ্টি দই', 'sweets-snacks', 'Bogura', [['500 g', 220, 650]]],
      ['Natore Kacha Golla', 'নাটোরের কাঁচাগোল্লা', 'sweets-snacks', 'Natore', [['500 g', 380, 550]]],
      ['Porabari Chomchom', 'পোড়াবাড়ির চমচম', 'sweets-snacks', 'Tangail', [['1 kg', 520, 1_100]]],
      ['Muktagachar Monda', 'মুক্তাগাছার মন্ডা', 'sweets-snacks', 'Mymensingh', [['500 g', 450, 550]]],
      ['Himsagar Mango', 'হিমসাগর আম', 'fruits-vegetables', 'Rajshahi', [['5 kg', 900, 5_200]]],
    ] as [string, string, string, string, [string, number, number][], Attrs?][]
  ).map(([en, bn, category, origin, list, extra]) => ({
    en,
    bn,
    brand: 'Tangail Tant Ghar',
    category,
    attributes: { origin, ...extra },
    variants: packs(list),
  })),
  ...(
    [
      ['Oudh Attar', 'উদ আতর', 'fragrance', { fragrance_type: 'Attar' }, 1_200],
      ['Rose Attar', 'গোলাপ আতর', 'fragrance', { fragrance_type: 'Attar' }, 650],
      ['Neem Face Wash', 'নিম ফেস ওয়াশ', 'skin-care', { skin_type: 'Oily' }, 280],
      ['Coconut Hair Oil', 'নারকেল তেল', 'hair-care', {}, 220],
      ['Multani Mati Face Pack', 'মুলতানি মাটি ফেস প্যাক', 'skin-care', { skin_type: 'All' }, 190],
    ] as [string, string, string, Attrs, number][]
  ).map(([en, bn, category, attributes, taka]) => ({
    en,
    bn,
    brand: 'Prakriti',
    category,
    attributes,
    variants: [{ taka, grams: 200 }],
  })),
];
