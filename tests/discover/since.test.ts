import { describe, expect, test } from "vitest";
import { modifiedSince, parseSince } from "../../src/discover/since.js";

const NOW = new Date("2024-10-25T12:00:00Z");

describe("parseSince", () => {
  test.each([
    ["2024-10-01", "2024-10-01T00:00:00.000Z"],
    ["2024-10-01T08:30Z", "2024-10-01T08:30:00.000Z"],
    ["2024-10-01T08:30:15+02:00", "2024-10-01T06:30:15.000Z"],
    ["2024-10-01T08:30:15-0400", "2024-10-01T12:30:15.000Z"],
    ["2024-10-01 08:30", "2024-10-01T08:30:00.000Z"],
    ["24h", "2024-10-24T12:00:00.000Z"],
    ["7d", "2024-10-18T12:00:00.000Z"],
    ["2W", "2024-10-11T12:00:00.000Z"],
  ])("%s", (value, iso) => {
    expect((parseSince(value, NOW) as Date).toISOString()).toBe(iso);
  });

  test.each(["", "yesterday", "2024-02-30", "2024-13-01", "2024-10-01T25:00Z", "10/01/2024", "3m", "1y", "-7d"])("%j is refused in one line", (value) => {
    expect(parseSince(value, NOW)).toBe(`"${value}" is not a date or an age (use 2024-10-25, 2024-10-25T08:00Z, or 24h, 7d, 2w)`);
  });
});

describe("modifiedSince", () => {
  const since = new Date("2024-10-01T00:00:00Z");
  test("at or after the moment is kept, before is not", () => {
    expect(modifiedSince("2024-10-01T00:00:00.000Z", since)).toBe(true);
    expect(modifiedSince("2024-09-30T23:59:59.000Z", since)).toBe(false);
  });
  test("no date, an unreadable date, or no --since: kept", () => {
    expect(modifiedSince(undefined, since)).toBe(true);
    expect(modifiedSince("last Tuesday", since)).toBe(true);
    expect(modifiedSince("2020-01-01", undefined)).toBe(true);
  });
});
