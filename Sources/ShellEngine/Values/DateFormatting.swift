import Foundation

/// Date text in the two forms PowerShell shows: the invariant culture (casts, `"$date"`) and
/// en-US's general form (console output, `X509Certificate2.ToString()`).
public enum DateFormatting {
    /// The zone local dates are shown in (`TZ` or the system's).
    public static var localZone: TimeZone { TimeZone.current }

    static func components(_ date: Date, in zone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
    }

    /// `MM/dd/yyyy HH:mm:ss`, e.g. `01/03/2018 03:45:20`.
    public static func invariant(_ date: Date, zone: TimeZone = localZone) -> String {
        let c = components(date, in: zone)
        return String(format: "%02d/%02d/%04d %02d:%02d:%02d", c.month ?? 1, c.day ?? 1, c.year ?? 1, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// en-US "G": `M/d/yyyy h:mm:ss AM`, e.g. `8/10/2015 4:16:12 PM`.
    public static func general(_ date: Date, zone: TimeZone = localZone) -> String {
        let c = components(date, in: zone)
        let hour24 = c.hour ?? 0
        let hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12
        let marker = hour24 < 12 ? "AM" : "PM"
        return String(format: "%d/%d/%04d %d:%02d:%02d %@", c.month ?? 1, c.day ?? 1, c.year ?? 1, hour12, c.minute ?? 0, c.second ?? 0, marker)
    }

    /// en-US long form used by `Get-Date`'s default output: `Sunday, November 29, 2026 3:37:14 AM`.
    public static func long(_ date: Date, zone: TimeZone = localZone) -> String {
        let c = components(date, in: zone)
        let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let hour24 = c.hour ?? 0
        let hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12
        let day = days[((c.weekday ?? 1) - 1 + 7) % 7]
        let month = months[((c.month ?? 1) - 1 + 12) % 12]
        return String(format: "%@, %@ %d, %04d %d:%02d:%02d %@", day, month, c.day ?? 1, c.year ?? 1, hour12, c.minute ?? 0, c.second ?? 0, hour24 < 12 ? "AM" : "PM")
    }

    /// Parses the invariant and en-US forms and ISO 8601.
    public static func parse(_ text: String, zone: TimeZone = localZone) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = isoWithFraction(trimmed, zone: zone) { return date }
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: trimmed) { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        // The invariant culture's forms DateTime.Parse accepts most often: US dates, ISO dates with or without
        // seconds, and day-month-name forms (`1 Jan 1970`, `January 1, 1970`).
        for format in ["M/d/yyyy h:mm:ss a", "MM/dd/yyyy HH:mm:ss", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy h:mm a", "M/d/yyyy",
                       "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd", "yyyy/MM/dd",
                       "d MMM yyyy", "d MMMM yyyy", "d MMM yyyy HH:mm:ss", "MMM d, yyyy", "MMMM d, yyyy", "MMMM d yyyy", "dddd, MMMM d, yyyy",
                       "EEEE, MMMM d, yyyy", "d-MMM-yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }

    /// `yyyy-MM-dd[Thh:mm[:ss[.fffffff]]][Z]` as DateTime.Parse reads it: any year from 0001, one to seven digits of
    /// fraction, local time unless `Z`.
    static func isoWithFraction(_ text: String, zone: TimeZone) -> Date? {
        let pattern = #"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|z)?$"#
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        func group(_ index: Int) -> String? {
            guard let range = Range(match.range(at: index), in: text) else { return nil }
            return String(text[range])
        }
        var components = DateComponents()
        components.year = group(1).flatMap { Int($0) }
        components.month = group(2).flatMap { Int($0) }
        components.day = group(3).flatMap { Int($0) }
        components.hour = group(4).flatMap { Int($0) } ?? 0
        components.minute = group(5).flatMap { Int($0) } ?? 0
        components.second = group(6).flatMap { Int($0) } ?? 0
        if let fraction = group(7) {
            let ticks = Int(fraction.padding(toLength: 7, withPad: "0", startingAt: 0)) ?? 0
            components.nanosecond = ticks * 100
        }
        guard let year = components.year, year >= 1, let month = components.month, (1...12).contains(month),
              let day = components.day, (1...31).contains(day), let hour = components.hour, hour < 24,
              let minute = components.minute, minute < 60, let second = components.second, second < 60 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = group(8) == nil ? zone : TimeZone(identifier: "UTC") ?? zone
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else { return nil }
        return date
    }
}
