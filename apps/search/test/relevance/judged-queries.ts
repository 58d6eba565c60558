/**
 * The judged query set over the demo catalogue (apps/embedded/src/demo-products-*.data.ts): what shoppers type in
 * English, Bangla and Banglish, misspelled, or by attribute, each with the products a merchandiser judged relevant
 * (by English title). A product list is given either as exact titles or as a title pattern over the catalogue.
 */
export interface JudgedQuery {
  q: string;
  kind: 'english' | 'bangla' | 'banglish' | 'typo' | 'attribute';
  relevant: string[] | RegExp;
}

export const JUDGED_QUERIES: JudgedQuery[] = [
  // English
  { q: 'jamdani saree', kind: 'english', relevant: /Jamdani Saree/ },
  { q: 'muslin jamdani', kind: 'english', relevant: /^Muslin Jamdani/ },
  { q: 'tangail tant saree', kind: 'english', relevant: /^Tangail Tant Saree/ },
  { q: 'rajshahi silk', kind: 'english', relevant: /^Rajshahi Silk Saree/ },
  { q: 'katan benarasi', kind: 'english', relevant: /^Katan Benarasi/ },
  { q: 'salwar kameez', kind: 'english', relevant: /Salwar Kameez/ },
  { q: 'kurti', kind: 'english', relevant: /Kurti/ },
  { q: 'silk panjabi', kind: 'english', relevant: /Silk Panjabi/ },
  { q: 'wedding panjabi', kind: 'english', relevant: /^Wedding .* Panjabi/ },
  { q: 'lungi', kind: 'english', relevant: /Lungi/ },
  { q: 'nakshi kantha', kind: 'english', relevant: /^Nakshi Kantha/ },
  { q: 'honey', kind: 'english', relevant: /Honey/ },
  { q: 'green tea', kind: 'english', relevant: ['Srimangal Green Tea'] },
  { q: 'mustard oil', kind: 'english', relevant: ['Ghani Mustard Oil'] },
  { q: 'samsung galaxy', kind: 'english', relevant: ['Samsung Galaxy A16', 'Samsung Galaxy A56'] },
  { q: 'redmi note 14', kind: 'english', relevant: ['Xiaomi Redmi Note 14'] },
  { q: 'smart tv 55', kind: 'english', relevant: /55" 4K UHD Smart TV/ },
  { q: 'power bank 20000', kind: 'english', relevant: ['Anker Power Bank 20000 mAh', 'Walton Power Bank 20000 mAh'] },
  { q: 'laptop', kind: 'english', relevant: /Laptop$/ },
  { q: 'ceiling fan', kind: 'english', relevant: /Ceiling Fan/ },
  { q: 'rice cooker', kind: 'english', relevant: ['Miyako Rice Cooker 1.8 L'] },
  { q: 'bluetooth headphones', kind: 'english', relevant: ['QCY T13', 'Realme Buds T110', 'Xiaomi Buds 5', 'JBL Tune 520BT', 'Sony WH-CH520', 'Haylou X1', 'Edifier W820NB', 'boAt Rockerz 255'] },
  { q: 'cricket bat', kind: 'english', relevant: ['Kashmir Willow Cricket Bat', 'Tennis Ball Cricket Bat'] },
  { q: 'feature phone', kind: 'english', relevant: /Feature Phone/ },
  { q: 'bangla keyboard', kind: 'english', relevant: ['Bangla Keyboard', 'Bangla Keyboard, Wireless'] },
  // Bangla
  { q: 'জামদানি শাড়ি', kind: 'bangla', relevant: /Jamdani Saree/ },
  { q: 'তাঁত শাড়ি', kind: 'bangla', relevant: /^Tangail Tant Saree/ },
  { q: 'পাঞ্জাবি', kind: 'bangla', relevant: /Panjabi/ },
  { q: 'লুঙ্গি', kind: 'bangla', relevant: /Lungi/ },
  { q: 'মধু', kind: 'bangla', relevant: /Honey/ },
  { q: 'চাল', kind: 'bangla', relevant: /Rice$/ },
  { q: 'সরিষার তেল', kind: 'bangla', relevant: ['Ghani Mustard Oil'] },
  { q: 'স্মার্ট টিভি', kind: 'bangla', relevant: /Smart TV/ },
  { q: 'ল্যাপটপ', kind: 'bangla', relevant: /Laptop$/ },
  { q: 'হেডফোন', kind: 'bangla', relevant: ['QCY T13', 'Realme Buds T110', 'Xiaomi Buds 5', 'JBL Tune 520BT', 'Sony WH-CH520', 'Haylou X1', 'Edifier W820NB', 'boAt Rockerz 255'] },
  { q: 'সিলিং ফ্যান', kind: 'bangla', relevant: /Ceiling Fan/ },
  { q: 'গীতাঞ্জলি', kind: 'bangla', relevant: ['Gitanjali'] },
  { q: 'মোবাইল', kind: 'bangla', relevant: /^(Walton Primo|Walton Orbit|Symphony Innova|Symphony Z70|Xiaomi Redmi|Samsung Galaxy|Realme C75|Realme Note|Tecno|Infinix|Oppo|Vivo|.*Feature Phone)/ },
  { q: 'পেন ড্রাইভ ৬৪', kind: 'bangla', relevant: ['Pen Drive 64 GB'] },
  { q: 'সিল্ক শাড়ি', kind: 'bangla', relevant: /(Silk|Katan).*Saree/ },
  // Banglish
  { q: 'shari', kind: 'banglish', relevant: /Saree/ },
  { q: 'jamdani shari', kind: 'banglish', relevant: /Jamdani Saree/ },
  { q: 'punjabi', kind: 'banglish', relevant: /Panjabi/ },
  { q: 'suti punjabi', kind: 'banglish', relevant: /Cotton Panjabi/ },
  { q: 'modhu', kind: 'banglish', relevant: /Honey/ },
  { q: 'ilish', kind: 'banglish', relevant: ['Hilsa Curry Spice Mix'] },
  { q: 'aam', kind: 'banglish', relevant: ['Himsagar Mango'] },
  { q: 'chal', kind: 'banglish', relevant: /Rice$/ },
  { q: 'sobuj cha', kind: 'banglish', relevant: ['Srimangal Green Tea'] },
  { q: 'boi', kind: 'banglish', relevant: ['Humayun Ahmed Omnibus', 'Gitanjali', 'Agnibina', 'Padma Nadir Majhi', 'Lalsalu', 'Amar Dekha Noya Chin', 'Thakurmar Jhuli', 'HSC Physics First Paper', 'University Admission Guide', 'Rahe Belayat'] },
  { q: 'pakha', kind: 'banglish', relevant: /Fan \d+ inch/ },
  { q: 'lal jamdani', kind: 'banglish', relevant: /Jamdani Saree/ },
  // Typos
  { q: 'jamdni', kind: 'typo', relevant: /Jamdani Saree/ },
  { q: 'samsng galaxy', kind: 'typo', relevant: ['Samsung Galaxy A16', 'Samsung Galaxy A56'] },
  { q: 'panjbi', kind: 'typo', relevant: /Panjabi/ },
  { q: 'benarosi', kind: 'typo', relevant: /^Katan Benarasi/ },
  { q: 'shoapping bag', kind: 'typo', relevant: ['Jute Shopping Bag'] },
  { q: 'laptp', kind: 'typo', relevant: /Laptop$/ },
  { q: 'xiomi redmi', kind: 'typo', relevant: ['Xiaomi Redmi Note 14', 'Xiaomi Redmi 14C'] },
  { q: 'headphnes', kind: 'typo', relevant: ['QCY T13', 'Realme Buds T110', 'Xiaomi Buds 5', 'JBL Tune 520BT', 'Sony WH-CH520', 'Haylou X1', 'Edifier W820NB', 'boAt Rockerz 255'] },
  { q: 'kurty', kind: 'typo', relevant: /Kurti/ },
  // Attribute queries
  { q: 'maroon panjabi', kind: 'attribute', relevant: /^Wedding .* Panjabi/ },
  { q: 'cotton lungi', kind: 'attribute', relevant: /Lungi/ },
  { q: '128GB phone', kind: 'attribute', relevant: /^(Walton Primo|Walton Orbit|Symphony Innova|Symphony Z70|Xiaomi Redmi|Samsung Galaxy|Realme C75|Realme Note|Tecno|Infinix|Oppo|Vivo)/ },
  { q: '5G phone', kind: 'attribute', relevant: ['Xiaomi Redmi Note 14', 'Samsung Galaxy A16', 'Samsung Galaxy A56', 'Tecno Pova 7', 'Infinix Note 50', 'Oppo Reno 13', 'Vivo V50'] },
  { q: 'linen kurti', kind: 'attribute', relevant: ['Linen Kurti, Hand Embroidered'] },
  { q: 'khadi panjabi', kind: 'attribute', relevant: /Khadi Panjabi/ },
  { q: 'jute', kind: 'attribute', relevant: ['Jute Shopping Bag', 'Jute Table Runner'] },
  { q: 'usb-c charger', kind: 'attribute', relevant: ['USB-C 25W Fast Charger'] },
  { q: 'sylhet tea', kind: 'attribute', relevant: ['Sylhet Black Tea'] },
];
