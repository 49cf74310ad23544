import { describe as group, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../server/src/cite/number';
import { applyFixes, describe } from './helpers';

/** [written, family, normalised, problems as "code@covered→replacement"]. */
const NUMBERS: [string, string, string, string[]][] = [
  // Well-formed numbers of every family, from the seed and the references.
  ['30/KH-UBND', 'state', '30/KH-UBND', []],
  ['1411/QĐ-SCT', 'state', '1411/QĐ-SCT', []],
  ['33/CT-TTg', 'state', '33/CT-TTg', []],
  ['159/KH-SCT', 'state', '159/KH-SCT', []],
  ['04/2015/NĐ-CP', 'legal', '04/2015/NĐ-CP', []],
  ['159/2016/NĐ-CP', 'legal', '159/2016/NĐ-CP', []],
  ['56/2015/QĐ-UBND', 'legal', '56/2015/QĐ-UBND', []],
  ['10/2022/QH15', 'legal', '10/2022/QH15', []],
  ['01/2015/TTLT-BNV-BTC', 'legal', '01/2015/TTLT-BNV-BTC', []],
  ['120-KL/TW', 'party', '120-KL/TW', []],
  ['396-QĐ/TU', 'party', '396-QĐ/TU', []],
  ['1457-CV/TU', 'party', '1457-CV/TU', []],
  ['13-ĐA/TU', 'party', '13-ĐA/TU', []],
  ['31-CTr/BDVTU-BCSĐUBND', 'party', '31-CTr/BDVTU-BCSĐUBND', []],
  ['08-QĐi/TW', 'party', '08-QĐi/TW', []],
  ['4418/UBND-NC', 'official-letter', '4418/UBND-NC', []],
  ['116/UBND-KGVX', 'official-letter', '116/UBND-KGVX', []],
  // A serial with one letter after its digits: a document numbered between two others (30c/NQ-CP).
  ['30c/NQ-CP', 'state', '30c/NQ-CP', []],
  ['36a/NQ-CP', 'state', '36a/NQ-CP', []],
  ['30C/NQ-CP', 'state', '30C/NQ-CP', []],
  ['17/2023/QĐ-UBND', 'legal', '17/2023/QĐ-UBND', []],
  ['12b/2023/QĐ-UBND', 'legal', '12b/2023/QĐ-UBND', []],
  ['5a-NQ/TW', 'party', '5a-NQ/TW', []],
  // Ordinances, with and without their own "PL", and resolutions of the Standing Committee.
  ['34/2007/PL-UBTVQH11', 'legal', '34/2007/PL-UBTVQH11', []],
  ['04/2012/PL-UBTVQH13', 'legal', '04/2012/PL-UBTVQH13', []],
  ['02/2020/UBTVQH14', 'legal', '02/2020/UBTVQH14', []],
  ['1211/2016/UBTVQH13', 'legal', '1211/2016/UBTVQH13', []],
  ['1656/NQ-UBTVQH15', 'state', '1656/NQ-UBTVQH15', []],
  ['04/2012/pl-ubtvqh13', 'legal', '04/2012/PL-UBTVQH13', ['citation/issuer-case@pl→PL', 'citation/issuer-case@ubtvqh13→UBTVQH13']],
  // Party numbers of the Central Committee, a provincial committee and the Politburo's conclusions.
  ['35-NQ/TW', 'party', '35-NQ/TW', []],
  ['05-CT/TU', 'party', '05-CT/TU', []],
  ['120-KL/TW', 'party', '120-KL/TW', []],
  // The seed's defects.
  ['120 -KL/TW', 'party', '120-KL/TW', ['citation/number-spacing@ →']],
  ['114 -KL/TW', 'party', '114-KL/TW', ['citation/number-spacing@ →']],
  ['08 -CT/TU', 'party', '08-CT/TU', ['citation/number-spacing@ →']],
  ['160 –KH/TU', 'party', '160-KH/TU', ['citation/number-spacing@ →', 'citation/number-dash@–→-']],
  ['31–CTr/BDVTU-BCSĐUBND', 'party', '31-CTr/BDVTU-BCSĐUBND', ['citation/number-dash@–→-']],
  ['4418 /UBND-NC', 'official-letter', '4418/UBND-NC', ['citation/number-spacing@ →']],
  ['5451/UBND-\nCNXD', 'official-letter', '5451/UBND-CNXD', ['citation/number-spacing@\n→']],
  ['973-\nKL/TU', 'party', '973-KL/TU', ['citation/number-spacing@\n→']],
  // A blank splitting the issuer's code after the type (corpus 012), and one before the type, which may be a lost "-".
  ['01/2016/TT-BGD ĐT', 'legal', '01/2016/TT-BGDĐT', ['citation/number-spacing@ →']],
  ['30/KH UBND', 'unknown', '30/KH UBND', ['citation/malformed-number@ ']],
  // Other dashes and spaces.
  ['30/KH—UBND', 'state', '30/KH-UBND', ['citation/number-dash@—→-']],
  ['30/KH\u2212UBND', 'state', '30/KH-UBND', ['citation/number-dash@\u2212→-']],
  ['30 / KH - UBND', 'state', '30/KH-UBND', ['citation/number-spacing@ →', 'citation/number-spacing@ →', 'citation/number-spacing@ →', 'citation/number-spacing@ →']],
  // Case.
  ['12/QĐ-TTG', 'state', '12/QĐ-TTg', ['citation/issuer-case@TTG→TTg']],
  ['30/kh-Ubnd', 'state', '30/KH-UBND', ['citation/issuer-case@kh→KH', 'citation/issuer-case@Ubnd→UBND']],
  ['31-CTR/BDVTU', 'party', '31-CTr/BDVTU', ['citation/issuer-case@CTR→CTr']],
  ['05/TTR-SCT', 'state', '05/TTr-SCT', ['citation/issuer-case@TTR→TTr']],
  ['08-QĐI/TW', 'party', '08-QĐi/TW', ['citation/issuer-case@QĐI→QĐi']],
  // Drafting-unit codes spelt with a small letter after a capital on purpose, and "&" inside a code.
  ['432/BGDĐT-GDTrH', 'official-letter', '432/BGDĐT-GDTrH', []],
  ['1147/SGDĐT-TTr', 'official-letter', '1147/SGDĐT-TTr', []],
  ['5104/BTTTT-PTTH&TTĐT', 'official-letter', '5104/BTTTT-PTTH&TTĐT', []],
  ['12/QYĐ-UBND', 'state', '12/QyĐ-UBND', ['citation/issuer-case@QYĐ→QyĐ']],
  ['08-hd/BDVTU', 'party', '08-HD/BDVTU', ['citation/issuer-case@hd→HD']],
  // Form.
  ['120/KL-TW', 'state', '120/KL-TW', ['citation/number-form@120/KL-TW→120-KL/TW']],
  ['120-KL/2016/TW', 'party', '120-KL/2016/TW', ['citation/number-form@2016']],
  // Malformed.
  ['04/15/NĐ-CP', 'legal', '04/15/NĐ-CP', ['citation/malformed-number@15']],
  ['1/1800/NĐ-CP', 'legal', '1/1800/NĐ-CP', ['citation/malformed-number@1800']],
  ['30KH-UBND', 'unknown', '30KH-UBND', ['citation/malformed-number@30KH-UBND']],
  ['30/KH--UBND', 'unknown', '30/KH--UBND', ['citation/malformed-number@30/KH--UBND']],
  ['30/KH-', 'unknown', '30/KH-', ['citation/malformed-number@30/KH-']],
  ['30 KH', 'unknown', '30 KH', ['citation/malformed-number@ ']],
  ['30/KH.UBND', 'unknown', '30/KH.UBND', ['citation/malformed-number@.']],
  ['15/10/2023', 'unknown', '15/10/2023', ['citation/malformed-number@15/10/2023']],
  // A run of letters after the serial is no serial; the rest is still read, so the number keeps its family.
  ['30abc/NQ-CP', 'state', '30abc/NQ-CP', ['citation/malformed-number@abc']],
  ['30ab/2023/QĐ-UBND', 'legal', '30ab/2023/QĐ-UBND', ['citation/malformed-number@ab']],
  ['35xy-NQ/TW', 'party', '35xy-NQ/TW', ['citation/malformed-number@xy']],
  [`30${'c'.repeat(5000)}/NQ-CP`, 'state', `30${'c'.repeat(5000)}/NQ-CP`, [`citation/malformed-number@${'c'.repeat(5000)}`]],
  ['c30/NQ-CP', 'unknown', 'c30/NQ-CP', ['citation/malformed-number@c30/NQ-CP']],
  ['30c1/NQ-CP', 'unknown', '30c1/NQ-CP', ['citation/malformed-number@30c1/NQ-CP']],
  ['', 'unknown', '', ['citation/malformed-number@']],
];

group('parseDocumentNumber', () => {
  it.each(NUMBERS)('%j', (written, family, normalised, expected) => {
    const { number, problems } = parseDocumentNumber(written);
    expect(number.family).toBe(family);
    expect(number.normalised).toBe(normalised);
    expect(problems.map((p) => describe(written, p))).toEqual(expected);
  });

  const fixable = NUMBERS.filter(([written, family]) => family !== 'unknown' && !written.includes('KL-TW'));
  it.each(fixable)('fixing %j yields the normalised number', (written) => {
    const { number, problems } = parseDocumentNumber(written);
    expect(applyFixes(written, problems)).toBe(number.normalised);
  });

  it('rewrites a state-form Party number in the Party form', () => {
    const { problems } = parseDocumentNumber('120/kl-TW');
    expect(problems.map((p) => p.code)).toEqual(['citation/issuer-case', 'citation/number-form']);
    expect(problems[1]!.replacement).toBe('120-KL/TW');
  });

  it('reads the parts of each family', () => {
    expect(parseDocumentNumber('04/2015/NĐ-CP').number).toMatchObject({ serial: '04', year: 2015, typeAbbreviation: 'NĐ', issuers: ['CP'] });
    expect(parseDocumentNumber('10/2022/QH15').number).toMatchObject({ serial: '10', year: 2022, issuers: ['QH15'] });
    expect(parseDocumentNumber('10/2022/QH15').number.typeAbbreviation).toBeUndefined();
    expect(parseDocumentNumber('31-CTr/BDVTU-BCSĐUBND').number).toMatchObject({ serial: '31', typeAbbreviation: 'CTr', issuers: ['BDVTU', 'BCSĐUBND'] });
    expect(parseDocumentNumber('4418/UBND-NC').number).toMatchObject({ serial: '4418', issuers: ['UBND', 'NC'] });
    expect(parseDocumentNumber('120 -KL/TW').number).toMatchObject({ serialSpan: { start: 0, end: 3 }, typeSpan: { start: 5, end: 7 } });
  });

  it('accepts the blank serial of a draft only when asked', () => {
    expect(parseDocumentNumber('/KH-SCT', { allowBlankSerial: true })).toMatchObject({ number: { family: 'state', issuers: ['SCT'] }, problems: [] });
    expect(parseDocumentNumber('/KH-SCT', { allowBlankSerial: true }).number.serial).toBeUndefined();
    expect(parseDocumentNumber('/KH-SCT').problems.map((p) => p.code)).toEqual(['citation/malformed-number']);
  });

  it('ignores white space around the number and reports offsets in the text given', () => {
    const { number, problems } = parseDocumentNumber('  120 -KL/TW ');
    expect(number.span).toEqual({ start: 2, end: 12 });
    expect(problems[0]).toMatchObject({ start: 5, end: 6 });
  });

  it.each([' ', '\t', ' \t', '\u00a0'])('keeps a run of %j between two parts and reports it, in time linear in its length', (blank) => {
    // Found by the fuzz script: a header "số: /KH-S<38,000 blanks>CT" took the checker 30 s.
    const run = blank.repeat(200_000 / blank.length);
    const started = performance.now();
    const { number, problems } = parseDocumentNumber(`/KH-S${run}CT`, { allowBlankSerial: true });
    // A quadratic scan takes minutes here; a linear one takes milliseconds.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(number.normalised).toBe(`/KH-S${run}CT`);
    expect(problems).toMatchObject([{ code: 'citation/malformed-number', start: 5, end: 5 + run.length }]);
  });

  it('speaks both languages', () => {
    for (const [written] of NUMBERS) {
      for (const p of parseDocumentNumber(written).problems) {
        expect(p.message.vi).not.toBe('');
        expect(p.message.en).not.toBe('');
        if (p.replacement !== undefined) expect(p.fixTitle).toBeDefined();
      }
    }
  });
});
