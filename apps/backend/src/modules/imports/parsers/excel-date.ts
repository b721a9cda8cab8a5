const DAY_MS = 86_400_000;
/** Serial of 9999-12-31, the last date Excel shows. */
const MAX_SERIAL = 2_958_465;

/**
 * Converts an Excel date serial to an ISO date (yyyy-mm-dd); the time of day is dropped.
 * 1900 date system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never
 * existed (serial 60), so serials from 61 on are one day ahead of a plain day count; serial 60
 * itself returns null. 1904 date system (old Mac workbooks): serial 0 is 1904-01-01.
 * Returns null for anything that is not a date serial.
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  const days = Math.floor(serial);
  let ms: number;
  if (date1904) {
    ms = Date.UTC(1904, 0, 1) + days * DAY_MS;
  } else if (days === 0 || days === 60) {
    return null;
  } else {
    ms = days < 60 ? Date.UTC(1899, 11, 31) + days * DAY_MS : Date.UTC(1899, 11, 30) + days * DAY_MS;
  }
  return new Date(ms).toISOString().slice(0, 10);
}
