import { readFile } from 'node:fs/promises';
// @pdf-lib/fontkit shapes Indic scripts (Bengali conjuncts) with regenerator-compiled code that expects this global.
import 'regenerator-runtime/runtime';
import fontkit from '@pdf-lib/fontkit';
import bwipjs from 'bwip-js';
import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from 'pdf-lib';

/** Everything printed on one parcel label. */
export interface LabelContent {
  courier: string;
  consignmentId: string;
  orderNumber: string;
  packageId: string;
  recipientName: string;
  recipientPhone: string;
  recipientAddress: string;
  vendor: string;
  /** "Tk 1,250.00" / "৳১,২৫০.০০", or the prepaid wording. */
  codEn: string;
  codBn: string;
  weightGrams: number;
}

/** A6 in points (105 × 148 mm), and A4 holding four of them. */
export const A6 = { width: 297.64, height: 419.53 };
export const A4 = { width: 595.28, height: 841.89 };

const BENGALI = /[^ -~]/;

/**
 * Parcel labels as PDF with pdf-lib: a Code 128 barcode and a QR code of the consignment (bwip-js), and the text in
 * English and Bangla. Latin text uses Helvetica; anything non-ASCII uses the embedded Bengali font (subset), shaped
 * by fontkit's Indic engine.
 */
export class LabelPdfRenderer {
  private font?: Promise<Uint8Array>;

  constructor(private readonly bengaliFontPath: string) {}

  /** One A6 page per label. */
  async a6(labels: LabelContent[]): Promise<Uint8Array> {
    const { doc, fonts } = await this.document(labels);
    for (const label of labels) await this.draw(doc, doc.addPage([A6.width, A6.height]), fonts, label, 0, 0);
    return doc.save();
  }

  /** Four labels per A4 sheet, for bulk printing (cut along the quarters). */
  async a4(labels: LabelContent[]): Promise<Uint8Array> {
    const { doc, fonts } = await this.document(labels);
    let page: PDFPage | undefined;
    for (const [index, label] of labels.entries()) {
      const slot = index % 4;
      if (slot === 0) page = doc.addPage([A4.width, A4.height]);
      const x = (slot % 2) * A6.width;
      const y = slot < 2 ? A6.height + 2.8 : 0;
      await this.draw(doc, page!, fonts, label, x, y);
    }
    return doc.save();
  }

  private async document(labels: LabelContent[]) {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    this.font ??= readFile(this.bengaliFontPath);
    const fonts = {
      latin: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      bengali: await doc.embedFont(await this.font, { subset: true }),
    };
    doc.setTitle(`Parcel labels: ${labels.map((label) => label.consignmentId).join(', ')}`);
    doc.setSubject(labels.map((label) => label.orderNumber).join(', '));
    doc.setKeywords(labels.map((label) => label.consignmentId));
    doc.setProducer('GetIt Marketplace shipping');
    return { doc, fonts };
  }

  private async draw(
    doc: PDFDocument,
    page: PDFPage,
    fonts: { latin: PDFFont; bold: PDFFont; bengali: PDFFont },
    label: LabelContent,
    x0: number,
    y0: number,
  ): Promise<void> {
    const margin = 14;
    const width = A6.width - margin * 2;
    let y = y0 + A6.height - margin;
    const line = (text: string, size: number, bold = false) => {
      const font = BENGALI.test(text) ? fonts.bengali : bold ? fonts.bold : fonts.latin;
      for (const part of wrap(text, font, size, width)) {
        y -= size + 3;
        page.drawText(part, { x: x0 + margin, y, size, font, color: rgb(0, 0, 0) });
      }
    };
    page.drawRectangle({
      x: x0 + 4,
      y: y0 + 4,
      width: A6.width - 8,
      height: A6.height - 8,
      borderColor: rgb(0, 0, 0),
      borderWidth: 1,
    });
    line(`GetIt Marketplace - ${label.courier.toUpperCase()}`, 12, true);
    const barcode = await doc.embedPng(
      await bwipjs.toBuffer({
        bcid: 'code128',
        text: label.consignmentId,
        scale: 2,
        height: 12,
        includetext: true,
      }),
    );
    const barcodeWidth = Math.min(width - 80, barcode.width / 2);
    y -= 6 + (barcode.height / barcode.width) * barcodeWidth;
    page.drawImage(barcode, {
      x: x0 + margin,
      y,
      width: barcodeWidth,
      height: (barcode.height / barcode.width) * barcodeWidth,
    });
    const qr = await doc.embedPng(
      await bwipjs.toBuffer({
        bcid: 'qrcode',
        text: `GETIT|${label.courier}|${label.consignmentId}|${label.packageId}`,
        scale: 2,
      }),
    );
    page.drawImage(qr, { x: x0 + A6.width - margin - 70, y, width: 70, height: 70 });
    y -= 4;
    line(`Consignment: ${label.consignmentId}`, 10, true);
    line(`Order: ${label.orderNumber}`, 10);
    line('অর্ডার নম্বর ও কনসাইনমেন্ট উপরে', 8);
    y -= 4;
    line('To / প্রাপক', 9, true);
    line(label.recipientName, 11, true);
    line(label.recipientPhone, 10);
    line(label.recipientAddress, 9);
    y -= 4;
    line(`Cash on delivery: ${label.codEn}`, 11, true);
    line(`ক্যাশ অন ডেলিভারি: ${label.codBn}`, 11);
    y -= 4;
    line(`From / বিক্রেতা: ${label.vendor}`, 9);
    line(`Weight: ${(label.weightGrams / 1000).toFixed(2)} kg`, 9);
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, size) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines.slice(0, 4);
}
