import { describe, expect, it } from 'vitest';
import { parseFacilities, recordEvent, type RecordField } from './record-forms.js';

const form =
  (values: Partial<Record<RecordField, string>>) =>
  (name: RecordField): string =>
    values[name] ?? '';

describe('the record forms of the procedure desk', () => {
  it('builds the contractor check with its grade as a number', () => {
    expect(
      recordEvent('checkContractor', form({ contractorName: '安達裝飾', licenceNumber: 'L-1', grade: '2' })),
    ).toEqual({
      event: {
        type: 'checkContractor',
        contractor: { name: '安達裝飾', licenceNumber: 'L-1', qualificationGrade: 2 },
      },
    });
  });

  it('names the required fields left empty and sends nothing', () => {
    expect(recordEvent('checkContractor', form({ grade: '1' }))).toEqual({
      problems: { contractorName: 'required', licenceNumber: 'required' },
    });
    expect(recordEvent('inspectSite', form({ department: 'security' }))).toEqual({
      problems: { findings: 'required' },
    });
  });

  it('reads meter readings, full-width digits too, and leaves out a gas reading not given', () => {
    expect(recordEvent('recordMeterReadings', form({ electricity: '１５２０.５', water: '88' }))).toEqual({
      event: { type: 'recordMeterReadings', readings: { electricity: 1520.5, water: 88 } },
    });
    expect(recordEvent('recordMeterReadings', form({ electricity: '-1', water: 'abc', gas: '3' }))).toEqual({
      problems: { electricity: 'number', water: 'number' },
    });
  });

  it('asks for what the remedy needs: the alternative, or the second appointment’s date', () => {
    expect(recordEvent('documentsMissing', form({ document: 'identity', remedy: 'substitute' }))).toEqual({
      problems: { substitute: 'required' },
    });
    expect(recordEvent('documentsMissing', form({ document: 'identity', remedy: 'second-appointment' }))).toEqual({
      problems: { appointmentOn: 'required' },
    });
    expect(
      recordEvent(
        'documentsMissing',
        form({ document: 'business-licence', remedy: 'second-appointment', appointmentOn: '2026-12-02' }),
      ),
    ).toEqual({
      event: {
        type: 'documentsMissing',
        documents: ['business-licence'],
        remedy: 'second-appointment',
        appointmentOn: '2026-12-02',
      },
    });
  });

  it('reads the facilities list a line an item, a third part marking a defect', () => {
    expect(parseFacilities('分體式空調，2\n\n百葉窗, 3, 拉繩斷裂')).toEqual([
      { item: '分體式空調', count: 2, condition: 'good' },
      { item: '百葉窗', count: 3, condition: 'defective', note: '拉繩斷裂' },
    ]);
    expect(parseFacilities('空調')).toBeUndefined();
    expect(parseFacilities('空調，0')).toBeUndefined();
    expect(recordEvent('recordFacilities', form({ facilities: '空調，兩台' }))).toEqual({
      problems: { facilities: 'lines' },
    });
  });

  it('hands over a set of keys with a whole count', () => {
    expect(recordEvent('handOverKeys', form({ keyLabel: '大門鑰匙', keyCount: '3' }))).toEqual({
      event: { type: 'handOverKeys', keys: [{ label: '大門鑰匙', count: 3 }] },
    });
    expect(recordEvent('handOverKeys', form({ keyLabel: '大門鑰匙', keyCount: '1.5' }))).toEqual({
      problems: { keyCount: 'count' },
    });
  });
});
