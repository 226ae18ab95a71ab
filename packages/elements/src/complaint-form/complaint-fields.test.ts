import { ComplaintAcceptanceHours, complaintReference, createComplaint } from '@clubkit/core/service';
import { complaintReceipt } from '@clubkit/core/api';
import { assert, describe, expect, it } from 'vitest';
import { complaintFormEn } from './locales/en.js';
import { complaintFormZhHans } from './locales/zh-hans.js';
import { complaintFormZhHant } from './messages.js';
import { checkComplaint, complaintInput } from './complaint-check.js';
import {
  complaintContentMax,
  emptyComplaintValues,
  fieldErrors,
  fieldOfPath,
  followUpHours,
  isComplaintValues,
  type ComplaintFormValues,
} from './complaint-fields.js';

const valid: ComplaintFormValues = {
  ...emptyComplaintValues(),
  name: '王小明',
  unit: 'A-1203',
  category: 'facility',
  content: '電梯經常停運',
  phone: '+86 138-0013-8000',
};

function errorsOf(values: Partial<ComplaintFormValues>, t = complaintFormEn) {
  const all = { ...valid, ...values };
  return fieldErrors(checkComplaint(all).issues, all, t);
}

describe('complaint form fields', () => {
  it('leaves empty optional fields out and files the complaint through the web with normal severity', () => {
    expect(complaintInput({ ...valid, company: '  ', plate: '' })).toEqual({
      name: '王小明',
      subject: { unit: 'A-1203' },
      content: '電梯經常停運',
      phone: '+86 138-0013-8000',
      channel: 'web',
      category: 'facility',
      severity: 'normal',
    });
    expect(checkComplaint(valid).complaint).toMatchObject({
      channel: 'web',
      severity: 'normal',
      subject: { unit: 'A-1203' },
    });
  });

  it('points issue paths at form fields, the subject group included', () => {
    expect(fieldOfPath(['subject'])).toBe('subject');
    expect(fieldOfPath(['subject', 'cardNumber'])).toBe('cardNumber');
    expect(fieldOfPath(['subject', 'elsewhere'])).toBe('subject');
    expect(fieldOfPath(['phone'])).toBe('phone');
    expect(fieldOfPath(['channel'])).toBeUndefined();
    expect(fieldOfPath([])).toBeUndefined();
  });

  it('asks for what is missing instead of quoting zod', () => {
    expect(errorsOf({ name: '', unit: '', phone: '', content: '', category: '' })).toEqual({
      name: 'Fill in this field.',
      subject: 'Give a unit, a vehicle plate or a member card number.',
      category: 'Choose a category.',
      content: 'Fill in this field.',
      phone: 'Fill in this field.',
    });
  });

  it('words each kind of problem by its code, with the bounds core sets', () => {
    expect(errorsOf({ name: 'x'.repeat(51), content: '   ', phone: '12345', cardNumber: '6222-0212' })).toEqual({
      name: 'Use at most 50 characters.',
      cardNumber: 'A card number may hold only digits and spaces.',
      content: 'Type more than spaces.',
      phone: 'Use at least 7 characters.',
    });
    expect(errorsOf({ phone: '138-0013-800x', company: 'c'.repeat(101) })).toEqual({
      company: 'Use at most 100 characters.',
      phone: 'A phone number may hold only digits, spaces, + and -.',
    });
    expect(errorsOf({ phone: '--1234567', cardNumber: '6222 0212 3456 001' })).toEqual({
      cardNumber: 'A card number has 16 digits.',
      phone: 'Start and end the number with a digit; only + may come first.',
    });
    expect(errorsOf({ category: 'weather' as ComplaintFormValues['category'] })).toEqual({
      category: 'Choose one of the options.',
    });
  });

  it('tells a phone typed as letters that it may hold only digits, not that it is too short', () => {
    expect(errorsOf({ phone: 'abc' })).toEqual({ phone: 'A phone number may hold only digits, spaces, + and -.' });
    expect(errorsOf({ phone: 'abc' }, complaintFormZhHant)).toEqual({ phone: '電話號碼只可包含數字、空格、+ 與 -。' });
    expect(errorsOf({ phone: 'abc' }, complaintFormZhHans)).toEqual({ phone: '电话号码只能包含数字、空格、+ 和 -。' });
  });

  it('words the same problems in Traditional and Simplified Chinese', () => {
    expect(errorsOf({ name: '', phone: '12345' }, complaintFormZhHant)).toEqual({
      name: '請填寫此欄位。',
      phone: '請至少輸入 7 個字元。',
    });
    expect(errorsOf({ name: '', phone: '12345' }, complaintFormZhHans)).toEqual({
      name: '请填写此字段。',
      phone: '请至少输入 7 个字符。',
    });
  });

  it('words server issues, which carry no bounds, and drops issues at paths the form does not show', () => {
    const issues = [
      { path: ['phone'], code: 'too_big', message: 'Must be at most 20 characters long' },
      { path: ['subject'], code: 'required', message: 'Give a unit, a plate or a member card number' },
      { path: ['channel'], code: 'invalid_value', message: 'Expected one of …' },
      { path: ['phone'], code: 'invalid_format', message: 'second issue of the same field' },
    ];
    expect(fieldErrors(issues, valid, complaintFormEn)).toEqual({
      phone: 'This is too long.',
      subject: 'Give a unit, a vehicle plate or a member card number.',
    });
  });

  it('states the same content limit as core', () => {
    expect(checkComplaint({ ...valid, content: 'y'.repeat(complaintContentMax) }).issues).toEqual([]);
    expect(checkComplaint({ ...valid, content: 'y'.repeat(complaintContentMax + 1) }).issues).toMatchObject([
      { path: ['content'], code: 'too_big', bound: complaintContentMax },
    ]);
  });

  it('recognises saved values and refuses anything else', () => {
    expect(isComplaintValues(valid)).toBe(true);
    expect(isComplaintValues({ ...valid, phone: 5 })).toBe(false);
    expect(isComplaintValues(null)).toBe(false);
  });

  it("reads the receipt's promise in hours from core's rule: 24 for a normal complaint, 4 for a serious one", () => {
    const { complaint: input } = checkComplaint(valid);
    assert(input, 'the sample form is valid');
    for (const severity of ['normal', 'serious'] as const) {
      const complaint = createComplaint(
        { ...input, severity },
        {
          id: 'cmp_01HX',
          reference: complaintReference('2026-12-01', 7),
          now: '2026-12-01T02:00:00.000Z',
          actor: 'web',
        },
      );
      expect(followUpHours(complaintReceipt(complaint))).toBe(ComplaintAcceptanceHours[severity]);
    }
  });

  it('promises at least an hour, and in whole hours, for a receipt due within the hour', () => {
    expect(followUpHours({ receivedAt: '2026-12-01T02:00:00.000Z', followUpBy: '2026-12-01T02:20:00.000Z' })).toBe(1);
    expect(followUpHours({ receivedAt: '2026-12-01T02:00:00.000Z', followUpBy: '2026-12-01T05:40:00.000Z' })).toBe(4);
  });
});
