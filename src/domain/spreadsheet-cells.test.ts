import { describe, expect, it } from 'vitest';
import { isEmptyRow, numberCellText, parseSpreadsheetDate } from './spreadsheet-cells.ts';
import { parseEuro } from './budget/format.ts';

describe('spreadsheet cells', () => {
  it('turns a number cell into text with a decimal comma that parseEuro reads to the cent', () => {
    expect(numberCellText(12345.67)).toBe('12345,67');
    expect(parseEuro(numberCellText(12345.67))).toBe(1234567);
    expect(numberCellText(0.1 + 0.2)).toBe('0,3'); // formula noise rounded off
    expect(numberCellText(250000)).toBe('250000');
    expect(numberCellText(-0)).toBe('0');
    // Three decimals can never be read as thousands: refused, not 1000× too much.
    expect(() => parseEuro(numberCellText(12.345))).toThrow(/meer dan twee cijfers achter de komma/);
  });

  it.each([
    ['2015-03-01', '2015-03-01'],
    ['2015-3-1', '2015-03-01'],
    ['1-3-2015', '2015-03-01'],
    ['01-03-2015', '2015-03-01'],
    ['1/3/2015', '2015-03-01'],
    ['1.3.2015', '2015-03-01'],
    ['41913', '2014-10-01'], // Excel serial
    ['61', '1900-03-01'],
    ['73415', '2100-12-31'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseSpreadsheetDate(text)).toBe(iso);
  });

  it.each(['', '31-9-2014', '2015-02-29', '1-3-15', '3/1/2015x', '1-3/2015', '60', '73416', '20150301', '1899-12-31', 'maart 2015'])('refuses %j', (text) => {
    expect(parseSpreadsheetDate(text)).toBeNull();
  });

  it('keeps to a narrower range when asked', () => {
    expect(parseSpreadsheetDate('1999-12-31', { from: '2000-01-01' })).toBeNull();
    expect(parseSpreadsheetDate('1-1-2000', { from: '2000-01-01' })).toBe('2000-01-01');
  });

  it('knows an empty row', () => {
    expect(isEmptyRow(['', ' ', undefined])).toBe(true);
    expect(isEmptyRow(['', 'x'])).toBe(false);
  });
});
