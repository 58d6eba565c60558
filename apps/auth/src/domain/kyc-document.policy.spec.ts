import { checkKycDocument, KYC_DOCUMENT_KEY, KYC_DOCUMENT_MAX_BYTES } from './kyc-document.policy';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('KYC document policy', () => {
  it('accepts a PDF, JPEG or PNG whose bytes match its declared type', () => {
    expect(checkKycDocument('application/pdf', pdf)).toEqual({ extension: 'pdf' });
    expect(checkKycDocument('image/png; charset=binary', png)).toEqual({ extension: 'png' });
    expect(checkKycDocument('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toEqual({
      extension: 'jpg',
    });
  });

  it('refuses another type, a renamed file, an empty one and one over 5 MB, naming why', () => {
    expect(() => checkKycDocument('application/zip', pdf)).toThrow(/PDF, JPEG or PNG/);
    expect(() => checkKycDocument('application/pdf', png)).toThrow(/not what its type says/);
    expect(() => checkKycDocument('image/png', Buffer.alloc(0))).toThrow(/empty/);
    const big = Buffer.concat([pdf, Buffer.alloc(KYC_DOCUMENT_MAX_BYTES)]);
    expect(() => checkKycDocument('application/pdf', big)).toThrow(/at most 5 MB/);
  });

  it('knows a stored key from anything else', () => {
    expect(KYC_DOCUMENT_KEY.test('0b6a7c1d-54a8-4d11-8d4f-0b6a7c1d9e22.pdf')).toBe(true);
    expect(KYC_DOCUMENT_KEY.test('../0b6a7c1d-54a8-4d11-8d4f-0b6a7c1d9e22.pdf')).toBe(false);
    expect(KYC_DOCUMENT_KEY.test('0b6a7c1d-54a8-4d11-8d4f-0b6a7c1d9e22.exe')).toBe(false);
  });
});
