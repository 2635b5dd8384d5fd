import { describe, expect, it } from 'vitest';
import { normalizeDate } from './date.js';

describe('normalizeDate', () => {
  it.each([
    ['1987-02-26T15:01:01', '1987-02-26'],
    ['2022-06-24T23:23:00Z', '2022-06-24'],
    ['2016-02-01T17:22:00+01:00', '2016-02-01'], // the date as written, not moved to UTC
    ['2022-02-23', '2022-02-23'],
    ['20220125T090000Z', '2022-01-25'],
    ['2021/6/3', '2021-06-03'],
    ['Wed, 31 Jan 2018 20:15:15 GMT', '2018-01-31'],
    ['Tue, 02 Nov 2021 07:30:00 +0000', '2021-11-02'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24'], // Portuguese RSS date
    ['Wednesday, 23 February 2022', '2022-02-23'],
    ['23 Feb. 2022', '2022-02-23'],
    ['Feb 26, 1987', '1987-02-26'],
    ['February 26 1987', '1987-02-26'],
    ['Wednesday, February 23, 2022', '2022-02-23'],
    ['26.02.2022', '2022-02-26'],
    ['06/23/2021', '2021-06-23'], // US order when the second number cannot be a month
    ['23/06/2021', '2021-06-23'],
    ['1. März 2022', '2022-03-01'],
    ['the 5th of March, 2021', '2021-03-05'], // chrono-node
  ])('%s -> %s', (input, want) => {
    expect(normalizeDate(input)).toBe(want);
  });

  it('reads epoch seconds and milliseconds as UTC', () => {
    expect(normalizeDate(1645600000)).toBe('2022-02-23');
    expect(normalizeDate(1645600000000)).toBe('2022-02-23');
    expect(normalizeDate('1645600000')).toBe('2022-02-23');
  });

  it.each([[''], ['   '], ['yesterday'], ['March 2022'], ['2022-02-30'], ['2022-13-01'], ['not a date'], [null], [undefined], [{}]])(
    'gives null for %s',
    (input) => {
      expect(normalizeDate(input)).toBeNull();
    },
  );
});
