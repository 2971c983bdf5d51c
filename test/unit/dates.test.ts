import * as assert from 'node:assert/strict';
import { parseDate } from '../../src/core/corpus/dates';

describe('reading dates', () => {
  const cases: [string, string | null][] = [
    ['15 novembre 2018', '2018-11-15'],
    ['1er décembre 2019', '2019-12-01'],
    ['jeudi 5 mars 2020', '2020-03-05'],
    ['12 March 2021', '2021-03-12'],
    ['Thursday, 12 March 2021', '2021-03-12'],
    ['March 12, 2021', '2021-03-12'],
    ['12 Nov. 2019', '2019-11-12'],
    ['2019-11-15', '2019-11-15'],
    ['21/11/2019', '2019-11-21'],
    ['04.06.2019', '2019-06-04'],
    ['11/21/2019', '2019-11-21'], // only the month-first reading exists
    ['3 fevrier 2020', '2020-02-03'],
    ['15 août 2021', '2021-08-15'],
    ['30 février 2020', null],
    ['31/04/2020', null],
    ['2019-13-01', null],
    ['le 6 janvier', null],
    ['hier', null],
  ];
  for (const [text, iso] of cases) {
    it(`"${text}" is ${iso ?? 'not a date'}`, () => assert.equal(parseDate(text), iso));
  }
});
