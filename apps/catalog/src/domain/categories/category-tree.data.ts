import {
  CategoryNode,
  enumAttribute as choice,
  numberAttribute as number,
  textAttribute as text,
} from './attribute-definition';

/**
 * The marketplace's category tree, English and Bangla, with attribute definitions that children inherit. Synced into
 * the `categories` table at start-up and by `main.js migrate` (added or renamed categories appear; none is deleted,
 * because products point at them). Slugs are unique across the whole tree.
 */
const YES_NO = ['Yes', 'No'];
const CLOTHING_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL', 'Free Size'];
const colour = text('colour', ['Colour', 'রং'], { variant: true });
const packSize = text('pack_size', ['Pack size', 'প্যাকের আকার'], { variant: true });
const screenSize = (required: boolean) =>
  number('screen_size', ['Screen size', 'স্ক্রিনের মাপ'], 'inch', { required });
const storage = choice(
  'storage',
  ['Storage', 'স্টোরেজ'],
  ['16 GB', '32 GB', '64 GB', '128 GB', '256 GB', '512 GB', '1 TB', '2 TB'],
  { variant: true, required: true },
);
const ram = choice(
  'ram',
  ['RAM', 'র‍্যাম'],
  ['2 GB', '3 GB', '4 GB', '6 GB', '8 GB', '12 GB', '16 GB', '32 GB'],
  {
    variant: true,
  },
);
const size = (required = true) =>
  choice('size', ['Size', 'সাইজ'], CLOTHING_SIZES, { variant: true, required });

export const CATEGORY_TREE: readonly CategoryNode[] = [
  {
    slug: 'electronics',
    name: { en: 'Electronics', bn: 'ইলেকট্রনিক্স' },
    attributes: [number('warranty_months', ['Warranty', 'ওয়ারেন্টি'], 'months')],
    children: [
      {
        slug: 'mobile-phones',
        name: { en: 'Mobile Phones', bn: 'মোবাইল ফোন' },
        attributes: [colour, choice('network', ['Network', 'নেটওয়ার্ক'], ['2G', '3G', '4G', '5G'])],
        children: [
          {
            slug: 'smartphones',
            name: { en: 'Smartphones', bn: 'স্মার্টফোন' },
            attributes: [storage, ram, screenSize(false)],
          },
          {
            slug: 'feature-phones',
            name: { en: 'Feature Phones', bn: 'ফিচার ফোন' },
            attributes: [choice('dual_sim', ['Dual SIM', 'ডুয়াল সিম'], YES_NO)],
          },
        ],
      },
      {
        slug: 'tvs',
        name: { en: 'Televisions', bn: 'টেলিভিশন' },
        attributes: [
          screenSize(true),
          choice('resolution', ['Resolution', 'রেজোলিউশন'], ['HD', 'Full HD', '4K UHD'], { required: true }),
          choice('smart_tv', ['Smart TV', 'স্মার্ট টিভি'], YES_NO),
        ],
      },
      {
        slug: 'mobile-accessories',
        name: { en: 'Mobile Accessories', bn: 'মোবাইল এক্সেসরিজ' },
        attributes: [colour],
        children: [
          {
            slug: 'power-banks',
            name: { en: 'Power Banks', bn: 'পাওয়ার ব্যাংক' },
            attributes: [number('capacity_mah', ['Capacity', 'ক্যাপাসিটি'], 'mAh', { required: true })],
          },
          {
            slug: 'chargers-cables',
            name: { en: 'Chargers & Cables', bn: 'চার্জার ও ক্যাবল' },
            attributes: [choice('connector', ['Connector', 'কানেক্টর'], ['USB-C', 'Lightning', 'Micro-USB'])],
          },
          {
            slug: 'headphones',
            name: { en: 'Headphones & Earbuds', bn: 'হেডফোন ও ইয়ারবাড' },
            attributes: [choice('connectivity', ['Connectivity', 'সংযোগ'], ['Wired', 'Bluetooth'])],
          },
        ],
      },
      {
        slug: 'computers',
        name: { en: 'Computers', bn: 'কম্পিউটার' },
        children: [
          {
            slug: 'laptops',
            name: { en: 'Laptops', bn: 'ল্যাপটপ' },
            attributes: [
              text('processor', ['Processor', 'প্রসেসর'], { required: true }),
              ram,
              storage,
              screenSize(false),
            ],
          },
          {
            slug: 'computer-accessories',
            name: { en: 'Computer Accessories', bn: 'কম্পিউটার এক্সেসরিজ' },
            attributes: [
              choice('connectivity', ['Connectivity', 'সংযোগ'], ['Wired', 'Wireless', 'Bluetooth']),
            ],
          },
        ],
      },
    ],
  },
  {
    slug: 'fashion',
    name: { en: 'Fashion', bn: 'ফ্যাশন' },
    attributes: [
      choice(
        'fabric',
        ['Fabric', 'কাপড়'],
        [
          'Cotton',
          'Silk',
          'Half Silk',
          'Muslin',
          'Linen',
          'Khadi',
          'Georgette',
          'Chiffon',
          'Viscose',
          'Polyester',
          'Denim',
          'Wool',
        ],
      ),
      colour,
    ],
    children: [
      {
        slug: 'women',
        name: { en: "Women's Fashion", bn: 'নারীদের ফ্যাশন' },
        children: [
          {
            slug: 'sarees',
            name: { en: 'Sarees', bn: 'শাড়ি' },
            attributes: [
              choice(
                'saree_type',
                ['Saree type', 'শাড়ির ধরন'],
                [
                  'Jamdani',
                  'Tant',
                  'Tangail',
                  'Katan',
                  'Benarasi',
                  'Muslin',
                  'Rajshahi Silk',
                  'Monipuri',
                  'Cotton',
                  'Georgette',
                ],
                { required: true },
              ),
              choice('blouse_piece', ['Blouse piece', 'ব্লাউজ পিস'], YES_NO),
            ],
          },
          {
            slug: 'salwar-kameez',
            name: { en: 'Salwar Kameez', bn: 'সালোয়ার কামিজ' },
            attributes: [size(), choice('pieces', ['Pieces', 'পিস'], ['2-piece', '3-piece'])],
          },
          { slug: 'kurtis', name: { en: 'Kurtis & Tops', bn: 'কুর্তি ও টপস' }, attributes: [size()] },
          {
            slug: 'hijab-abaya',
            name: { en: 'Hijab & Abaya', bn: 'হিজাব ও আবায়া' },
            attributes: [size(false)],
          },
        ],
      },
      {
        slug: 'men',
        name: { en: "Men's Fashion", bn: 'পুরুষদের ফ্যাশন' },
        children: [
          { slug: 'panjabi', name: { en: 'Panjabi', bn: 'পাঞ্জাবি' }, attributes: [size()] },
          {
            slug: 'lungi',
            name: { en: 'Lungi', bn: 'লুঙ্গি' },
            attributes: [text('pattern', ['Pattern', 'নকশা'])],
          },
          {
            slug: 'shirts',
            name: { en: 'Shirts', bn: 'শার্ট' },
            attributes: [size(), choice('sleeve', ['Sleeve', 'হাতা'], ['Full', 'Half'])],
          },
          {
            slug: 'trousers',
            name: { en: 'Trousers', bn: 'প্যান্ট' },
            attributes: [number('waist', ['Waist', 'কোমর'], 'inch', { variant: true, required: true })],
          },
        ],
      },
      {
        slug: 'kids-fashion',
        name: { en: "Kids' Fashion", bn: 'শিশুদের ফ্যাশন' },
        attributes: [
          choice(
            'age_group',
            ['Age group', 'বয়স'],
            ['0-1 years', '1-3 years', '3-5 years', '5-8 years', '8-12 years'],
            {
              variant: true,
              required: true,
            },
          ),
        ],
      },
    ],
  },
  {
    slug: 'groceries',
    name: { en: 'Groceries', bn: 'মুদি বাজার' },
    attributes: [
      packSize,
      text('origin', ['Origin', 'উৎপত্তি']),
      choice('organic', ['Organic', 'অর্গানিক'], YES_NO),
    ],
    children: [
      {
        slug: 'rice',
        name: { en: 'Rice', bn: 'চাল' },
        attributes: [
          choice(
            'rice_type',
            ['Rice type', 'চালের ধরন'],
            ['Miniket', 'Nazirshail', 'Chinigura', 'Kalijira', 'Basmati', 'Atap', 'Boiled'],
          ),
        ],
      },
      {
        slug: 'cooking-oil',
        name: { en: 'Cooking Oil', bn: 'ভোজ্য তেল' },
        attributes: [
          choice(
            'oil_type',
            ['Oil type', 'তেলের ধরন'],
            ['Soybean', 'Mustard', 'Rice Bran', 'Sunflower', 'Palm', 'Olive'],
            {
              required: true,
            },
          ),
        ],
      },
      { slug: 'spices', name: { en: 'Spices', bn: 'মশলা' } },
      { slug: 'tea-coffee', name: { en: 'Tea & Coffee', bn: 'চা ও কফি' } },
      { slug: 'honey', name: { en: 'Honey', bn: 'মধু' } },
      { slug: 'fruits-vegetables', name: { en: 'Fruits & Vegetables', bn: 'ফল ও সবজি' } },
      { slug: 'fish-meat', name: { en: 'Fish & Meat', bn: 'মাছ ও মাংস' } },
      { slug: 'sweets-snacks', name: { en: 'Sweets & Snacks', bn: 'মিষ্টি ও নাস্তা' } },
    ],
  },
  {
    slug: 'home-kitchen',
    name: { en: 'Home & Kitchen', bn: 'ঘর ও রান্নাঘর' },
    attributes: [text('material', ['Material', 'উপাদান']), colour],
    children: [
      {
        slug: 'kitchen-appliances',
        name: { en: 'Kitchen Appliances', bn: 'রান্নাঘরের যন্ত্রপাতি' },
        attributes: [
          number('capacity_litres', ['Capacity', 'ধারণক্ষমতা'], 'L'),
          number('power_watts', ['Power', 'বিদ্যুৎ খরচ'], 'W'),
          number('warranty_months', ['Warranty', 'ওয়ারেন্টি'], 'months'),
        ],
      },
      { slug: 'cookware', name: { en: 'Cookware', bn: 'রান্নার সামগ্রী' } },
      {
        slug: 'fans',
        name: { en: 'Fans', bn: 'ফ্যান' },
        attributes: [
          choice(
            'fan_type',
            ['Fan type', 'ফ্যানের ধরন'],
            ['Ceiling', 'Table', 'Stand', 'Wall', 'Rechargeable'],
            {
              required: true,
            },
          ),
          number('sweep_size', ['Sweep size', 'পাখার মাপ'], 'inch'),
        ],
      },
      {
        slug: 'bedding',
        name: { en: 'Bedding & Kantha', bn: 'বিছানাপত্র ও কাঁথা' },
        attributes: [
          choice('bed_size', ['Bed size', 'খাটের মাপ'], ['Single', 'Double', 'King'], { variant: true }),
        ],
      },
      { slug: 'home-decor', name: { en: 'Home Decor & Crafts', bn: 'ঘর সাজানো ও হস্তশিল্প' } },
    ],
  },
  {
    slug: 'beauty',
    name: { en: 'Beauty & Personal Care', bn: 'সৌন্দর্য ও ব্যক্তিগত যত্ন' },
    attributes: [text('volume', ['Volume', 'পরিমাণ'], { variant: true })],
    children: [
      {
        slug: 'skin-care',
        name: { en: 'Skin Care', bn: 'ত্বকের যত্ন' },
        attributes: [
          choice('skin_type', ['Skin type', 'ত্বকের ধরন'], ['All', 'Oily', 'Dry', 'Combination', 'Sensitive']),
        ],
      },
      { slug: 'hair-care', name: { en: 'Hair Care', bn: 'চুলের যত্ন' } },
      {
        slug: 'makeup',
        name: { en: 'Makeup', bn: 'মেকআপ' },
        attributes: [text('shade', ['Shade', 'শেড'], { variant: true })],
      },
      {
        slug: 'fragrance',
        name: { en: 'Fragrance & Attar', bn: 'সুগন্ধি ও আতর' },
        attributes: [choice('fragrance_type', ['Type', 'ধরন'], ['Attar', 'Perfume', 'Body Spray'])],
      },
    ],
  },
  {
    slug: 'books',
    name: { en: 'Books', bn: 'বই' },
    attributes: [
      text('author', ['Author', 'লেখক'], { required: true }),
      choice('language', ['Language', 'ভাষা'], ['Bangla', 'English', 'Arabic'], { required: true }),
      text('publisher', ['Publisher', 'প্রকাশক']),
      text('isbn', ['ISBN', 'আইএসবিএন']),
      number('pages', ['Pages', 'পৃষ্ঠা'], 'pages'),
      choice('format', ['Format', 'বাঁধাই'], ['Hardcover', 'Paperback'], { variant: true }),
    ],
    children: [
      { slug: 'fiction', name: { en: 'Fiction', bn: 'কথাসাহিত্য' } },
      { slug: 'non-fiction', name: { en: 'Non-fiction', bn: 'প্রবন্ধ ও নন-ফিকশন' } },
      { slug: 'childrens-books', name: { en: "Children's Books", bn: 'শিশুতোষ বই' } },
      { slug: 'academic', name: { en: 'Academic & Admission', bn: 'একাডেমিক ও ভর্তি প্রস্তুতি' } },
      { slug: 'islamic-books', name: { en: 'Islamic Books', bn: 'ইসলামি বই' } },
    ],
  },
  {
    slug: 'sports',
    name: { en: 'Sports & Outdoors', bn: 'খেলাধুলা' },
    children: [
      {
        slug: 'cricket',
        name: { en: 'Cricket', bn: 'ক্রিকেট' },
        attributes: [
          choice('bat_size', ['Bat size', 'ব্যাটের সাইজ'], ['4', '5', '6', 'Harrow', 'Full'], {
            variant: true,
          }),
        ],
      },
      {
        slug: 'football',
        name: { en: 'Football', bn: 'ফুটবল' },
        attributes: [choice('ball_size', ['Ball size', 'বলের সাইজ'], ['3', '4', '5'], { variant: true })],
      },
      { slug: 'fitness', name: { en: 'Fitness', bn: 'ফিটনেস' } },
    ],
  },
  {
    slug: 'mother-baby',
    name: { en: 'Mother & Baby', bn: 'মা ও শিশু' },
    children: [
      {
        slug: 'diapers',
        name: { en: 'Diapers', bn: 'ডায়াপার' },
        attributes: [
          choice('diaper_size', ['Size', 'সাইজ'], ['NB', 'S', 'M', 'L', 'XL', 'XXL'], {
            variant: true,
            required: true,
          }),
        ],
      },
      {
        slug: 'toys',
        name: { en: 'Toys', bn: 'খেলনা' },
        attributes: [text('age_range', ['Age range', 'বয়সসীমা'])],
      },
    ],
  },
];
