import { PDFDocument } from 'pdf-lib';
import { A4, A6, LabelPdfRenderer } from './label.pdf-renderer';

const label = {
  courier: 'pathao',
  consignmentId: 'DL071226ABCDEF',
  orderNumber: 'GI-20261207-4F7K2Q',
  packageId: '1a2b3c4d-5e6f-4a70-8b9c-0d1e2f3a4b5c',
  recipientName: 'করিম আহমেদ',
  recipientPhone: '01712345678',
  recipientAddress: 'House 7, Road 12, Gulshan 1, Dhaka 1212',
  vendor: 'B7B0A2F4',
  codEn: 'Tk 1,250',
  codBn: '৳১,২৫০',
  weightGrams: 800,
};

// shaping Bangla and drawing five labels takes ~4 s on a busy 2-core runner: the 5 s default timed out
jest.setTimeout(30_000);

describe('LabelPdfRenderer', () => {
  const renderer = new LabelPdfRenderer('/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf');

  it('puts one label on an A6 page and four on an A4 sheet', async () => {
    const a6 = await PDFDocument.load(await renderer.a6([label]));
    expect(a6.getPages().map((page) => page.getSize())).toEqual([A6]);
    expect(a6.getKeywords()).toBe(label.consignmentId);
    const a4 = await PDFDocument.load(await renderer.a4([label, label, label, label, label]));
    expect(a4.getPages().map((page) => page.getSize())).toEqual([A4, A4]);
  });
});
