import { AuditEventRecord } from '@app/audit';
import { csvCell, exportHeader, exportLine } from './export-format';

const event: AuditEventRecord = {
  id: '42',
  occurredAt: new Date('2026-12-05T10:00:00.000Z'),
  actorUserId: '7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11',
  actorAgencyId: null,
  actorState: 'MD',
  action: 'case-share.read',
  outcome: 'SUCCESS',
  targetType: 'case-share',
  targetId: 'abc',
  targetState: 'DE',
  requestId: 'req-1',
  purpose: '=HYPERLINK("http://evil.example","click"), said "he"',
  recipients: ['u1', 'u2'],
  details: { reason: 'line one\nline two' },
};

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded', '" padded"'],
    ['=1+2', "'=1+2"],
    ['+49 30 1234', "'+49 30 1234"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['=A1,"x"', `"'=A1,""x"""`],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes null as an empty cell', () => {
    expect(csvCell(null)).toBe('');
  });
});

describe('export lines', () => {
  it('CSV: a header naming the columns, then one line per event, formulas neutralised and quotes doubled', () => {
    expect(exportHeader('csv')).toBe(
      'id,occurredAt,actorUserId,actorAgencyId,actorState,action,outcome,targetType,targetId,targetState,requestId,purpose,recipients,details\r\n',
    );
    expect(exportLine('csv', event)).toBe(
      '42,2026-12-05T10:00:00.000Z,7d1c9c56-3f0e-4a43-9d0c-5a4f7f1f2c11,,MD,case-share.read,SUCCESS,case-share,abc,DE,req-1,' +
        `"'=HYPERLINK(""http://evil.example"",""click""), said ""he""",u1 u2,"{""reason"":""line one\\nline two""}"\r\n`,
    );
  });

  it('JSON Lines: one JSON object per line, without a header', () => {
    expect(exportHeader('jsonl')).toBe('');
    const line = exportLine('jsonl', event);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ ...event, occurredAt: '2026-12-05T10:00:00.000Z' });
  });
});
