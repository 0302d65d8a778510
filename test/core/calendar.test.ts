import {
  addWorkingDays,
  calendarKnowsYear,
  isWorkingDay,
  officialHolidays,
  workingDaysAfter,
  workingDaysBetween,
} from '../../src/core/calendar';

const days = (year: number, type: '休' | '班') =>
  officialHolidays(year)
    .filter((day) => day.type === type)
    .map((day) => day.date.slice(5));

test('2024 official calendar follows 国办发明电〔2023〕7号 day by day', () => {
  expect(days(2024, '休')).toEqual([
    '01-01',
    '02-10', '02-11', '02-12', '02-13', '02-14', '02-15', '02-16', '02-17',
    '04-04', '04-05', '04-06',
    '05-01', '05-02', '05-03', '05-04', '05-05',
    '06-10',
    '09-15', '09-16', '09-17',
    '10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07',
  ]);
  expect(days(2024, '班')).toEqual(['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12']);
});

test('2025 official calendar follows 国办发明电〔2024〕12号', () => {
  expect(days(2025, '班')).toEqual(['01-26', '02-08', '04-27', '09-28', '10-11']);
  expect(days(2025, '休')).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
  expect(days(2025, '休')).toContain('01-28');
  expect(days(2025, '休')).toContain('10-08');
});

test('every 班 day of the official calendars falls on a weekend and every rule date is distinct', () => {
  for (const year of [2024, 2025, 2026]) {
    const all = officialHolidays(year);
    expect(new Set(all.map((day) => day.date)).size).toBe(all.length);
    for (const day of all.filter((d) => d.type === '班')) {
      expect([0, 6]).toContain(new Date(`${day.date}T00:00:00Z`).getUTCDay());
    }
  }
});

test('a year the calendar package does not know has no official days', () => {
  expect(officialHolidays(2031)).toEqual([]);
  expect(calendarKnowsYear(2031)).toBe(false);
  expect(calendarKnowsYear(2024)).toBe(true);
});

test('20 working days after 2024-09-27 skip National Day and count the make-up days 9-29 and 10-12', () => {
  // 9/29 (班) 1, 9/30 2, 10/1–7 rest, 10/8–11 3–6, 10/12 (班) 7, 10/14–18 8–12, 10/21–25 13–17, 10/28–30 18–20.
  expect(workingDaysAfter('2024-09-27', 20)).toEqual({ date: '2024-10-30' });
  expect(workingDaysBetween('2024-09-27', '2024-10-30')).toBe(20);
  expect(isWorkingDay('2024-09-29')).toBe(true);
  expect(isWorkingDay('2024-10-12')).toBe(true);
  expect(isWorkingDay('2024-10-07')).toBe(false);
});

test('2025: 20 working days after the Spring Festival eve skip 1-28…2-4 and count 1-26 and 2-8', () => {
  // Fri 2025-01-24: 1/26 (班) 1, 1/27 2, 1/28–2/4 rest, 2/5–7 3–5, 2/8 (班) 6, 2/10–14 7–11, 2/17–21 12–16, 2/24–27 17–20.
  expect(workingDaysAfter('2025-01-24', 20)).toEqual({ date: '2025-02-27' });
  // National Day and Mid-autumn 2025: 10/1–8 rest, 9/28 and 10/11 worked.
  expect(workingDaysAfter('2025-09-26', 5)).toEqual({ date: '2025-10-10' });
});

test('a 节假日 row overrides the official calendar in the deadline count', () => {
  const overrides = [{ date: '2024-10-29', type: '休' as const }, { date: '2024-10-12', type: '休' as const }];
  // Two working days fewer in the way: the 20th working day moves from 10-30 to 11-01.
  expect(workingDaysAfter('2024-09-27', 20, overrides)).toEqual({ date: '2024-11-01' });
});

test('a count in a year the calendar does not know names that year; a 节假日 row in the year makes it known', () => {
  expect(workingDaysAfter('2031-03-02', 20)).toEqual({ unknownYear: 2031 });
  // Runs from a known year into an unknown one.
  expect(workingDaysAfter('2026-12-20', 20)).toEqual({ unknownYear: 2027 });
  const county2031 = [{ date: '2031-03-10', type: '休' as const }];
  expect(workingDaysAfter('2031-03-02', 20, county2031)).toEqual({ date: '2031-03-31' });
});

test('weekdays work, weekends rest, 休 rests and 班 works', () => {
  expect(isWorkingDay('2024-06-07')).toBe(true); // Friday
  expect(isWorkingDay('2024-06-08')).toBe(false); // Saturday
  expect(isWorkingDay('2024-06-10')).toBe(false); // 端午 Monday
  expect(isWorkingDay('2024-02-09')).toBe(true); // 除夕 2024 was not an official day off
  expect(isWorkingDay('2024-02-04')).toBe(true); // Sunday worked
  expect(isWorkingDay('2024-05-11')).toBe(true); // Saturday worked
});

test('the 节假日 sheet adds days off and overrides official days', () => {
  const overrides = [
    { date: '2024-06-07', type: '休' as const },
    { date: '2024-05-11', type: '休' as const },
    { date: '2024-06-15', type: '班' as const },
  ];
  expect(isWorkingDay('2024-06-07', overrides)).toBe(false);
  expect(isWorkingDay('2024-05-11', overrides)).toBe(false);
  expect(isWorkingDay('2024-06-15', overrides)).toBe(true);
  expect(isWorkingDay('2024-06-07')).toBe(true);
});

test('公示 deadline: 20 working days skip weekends and 休 days and count 班 days', () => {
  // Inspected Fri 2024-09-13: 9/14 (班) counts, 9/15–17 中秋 rest, 9/29 (班) counts, 10/1–7 国庆 rest.
  // Working days: 9/14, 9/18–20, 9/23–27, 9/29, 9/30, 10/8–11, 10/12, 10/14–17 → the 20th is 10/17.
  expect(addWorkingDays('2024-09-13', 20)).toBe('2024-10-17');
  // Ordinary month: Mon 2024-07-01 + 20 working days = Mon 2024-07-29.
  expect(addWorkingDays('2024-07-01', 20)).toBe('2024-07-29');
  // Starting on a day off: the start day never counts.
  expect(addWorkingDays('2024-10-01', 1)).toBe('2024-10-08');
});

test('addWorkingDays honours overrides, zero and negative counts', () => {
  expect(addWorkingDays('2024-07-01', 20, [{ date: '2024-07-10', type: '休' }])).toBe('2024-07-30');
  expect(addWorkingDays('2024-07-06', 0)).toBe('2024-07-06');
  expect(addWorkingDays('2024-07-29', -20)).toBe('2024-07-01');
  expect(() => addWorkingDays('2024-07-01', 1.5)).toThrow();
});
