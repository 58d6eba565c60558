import { productTitleText } from './product-title-text';

describe('productTitleText (issue 15: Bangla-only products)', () => {
  it('shows a Bangla-only product its Bangla title in both locales, marked as Bangla', () => {
    expect(productTitleText({ bn: 'জামদানি শাড়ি' }, 'en')).toEqual({ text: 'জামদানি শাড়ি', bangla: true });
    expect(productTitleText({ bn: 'জামদানি শাড়ি' }, 'bn')).toEqual({ text: 'জামদানি শাড়ি', bangla: true });
  });

  it('keeps English for English readers and Bangla for Bangla readers when both exist', () => {
    const title = { en: 'Jamdani Saree', bn: 'জামদানি শাড়ি' };
    expect(productTitleText(title, 'en')).toEqual({ text: 'Jamdani Saree', bangla: false });
    expect(productTitleText(title, 'bn')).toEqual({ text: 'জামদানি শাড়ি', bangla: true });
    expect(productTitleText({ en: 'Walton Primo R10' }, 'bn')).toEqual({
      text: 'Walton Primo R10',
      bangla: false,
    });
  });
});
