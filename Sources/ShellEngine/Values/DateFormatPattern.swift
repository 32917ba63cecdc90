import Foundation

/// .NET date and time format strings, as `DateTime.ToString(format)`, `-f` and `Get-Date -Format` apply them in an
/// en-US session: the one-letter standard formats and the custom specifiers.
/// Sources: https://learn.microsoft.com/dotnet/standard/base-types/standard-date-and-time-format-strings and
/// https://learn.microsoft.com/dotnet/standard/base-types/custom-date-and-time-format-strings
enum DateFormatPattern {
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"]

    /// The custom pattern a one-letter standard format stands for in en-US, `nil` for any other text.
    static func standard(_ letter: Character) -> String? {
        switch letter {
        case "d": return "M/d/yyyy"
        case "D": return "dddd, MMMM d, yyyy"
        case "f": return "dddd, MMMM d, yyyy h:mm tt"
        case "F": return "dddd, MMMM d, yyyy h:mm:ss tt"
        case "g": return "M/d/yyyy h:mm tt"
        case "G": return "M/d/yyyy h:mm:ss tt"
        case "m", "M": return "MMMM d"
        case "o", "O": return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"
        case "r", "R": return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"
        case "s": return "yyyy'-'MM'-'dd'T'HH':'mm':'ss"
        case "t": return "h:mm tt"
        case "T": return "h:mm:ss tt"
        case "u": return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"
        case "y", "Y": return "MMMM yyyy"
        default: return nil
        }
    }

    static func format(_ date: Date, _ format: String, zone: TimeZone = DateFormatting.localZone) -> String {
        var pattern = format
        var zone = zone
        if format.count == 1, let letter = format.first, let custom = standard(letter) {
            pattern = custom
            // R and u show universal time (RFC1123 and the sortable universal form).
            if letter == "r" || letter == "R" { zone = TimeZone(identifier: "UTC") ?? zone }
        }
        if pattern.isEmpty { pattern = standard("G") ?? "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond, .weekday], from: date)
        let year = c.year ?? 1, month = c.month ?? 1, day = c.day ?? 1
        let hour = c.hour ?? 0, minute = c.minute ?? 0, second = c.second ?? 0
        // To the nearest microsecond: a Date (a Double of seconds since 2001) holds today's times only to about
        // 120 ns, so the last tick digit is noise (`.0004` would show as `.0003999`).
        let ticks = min(9_999_990, Int((Double(c.nanosecond ?? 0) / 1000).rounded()) * 10)
        let weekday = ((c.weekday ?? 1) - 1 + 7) % 7
        let offset = zone.secondsFromGMT(for: date)
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        var result = ""
        var characters = Array(pattern)[...]
        while let character = characters.first {
            var count = 0
            while characters.first == character { characters.removeFirst(); count += 1 }
            switch character {
            case "d":
                switch count {
                case 1: result += String(day)
                case 2: result += padded(day, 2)
                case 3: result += String(dayNames[weekday].prefix(3))
                default: result += dayNames[weekday]
                }
            case "M":
                switch count {
                case 1: result += String(month)
                case 2: result += padded(month, 2)
                case 3: result += String(monthNames[(month - 1 + 12) % 12].prefix(3))
                default: result += monthNames[(month - 1 + 12) % 12]
                }
            case "y":
                switch count {
                case 1: result += String(year % 100)
                case 2: result += padded(year % 100, 2)
                default: result += padded(year, count)
                }
            case "h": result += count == 1 ? String(hour % 12 == 0 ? 12 : hour % 12) : padded(hour % 12 == 0 ? 12 : hour % 12, 2)
            case "H": result += count == 1 ? String(hour) : padded(hour, 2)
            case "m": result += count == 1 ? String(minute) : padded(minute, 2)
            case "s": result += count == 1 ? String(second) : padded(second, 2)
            case "f", "F":
                let digits = min(count, 7)
                var text = String(padded(ticks, 7).prefix(digits))
                if character == "F" {
                    while text.hasSuffix("0") { text.removeLast() }
                    // Nothing shown: the period before it goes too (DateTimeFormat.FormatCustomized).
                    if text.isEmpty, result.hasSuffix(".") { result.removeLast() }
                }
                result += text
            case "t":
                let designator = hour < 12 ? "AM" : "PM"
                result += count == 1 ? String(designator.prefix(1)) : designator
            case "g": result += "A.D."
            case "z":
                let sign = offset < 0 ? "-" : "+"
                let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
                switch count {
                case 1: result += sign + String(hours)
                case 2: result += sign + padded(hours, 2)
                default: result += sign + padded(hours, 2) + ":" + padded(minutes, 2)
                }
            case "K":
                let sign = offset < 0 ? "-" : "+"
                result += sign + padded(abs(offset) / 3600, 2) + ":" + padded(abs(offset) % 3600 / 60, 2)
            case "'", "\"":
                // A quoted run: everything up to the closing quote, as written.
                var quoted = ""
                var pending = count
                while pending >= 2 { pending -= 2 }  // '' is an empty quoted run
                if pending == 1 {
                    while let next = characters.popFirst(), next != character {
                        if next == "\\", let escaped = characters.popFirst() { quoted.append(escaped) } else { quoted.append(next) }
                    }
                }
                result += quoted
            case "\\":
                // `\\` runs: each pair is one escaped backslash; an odd one escapes the next character.
                result += String(repeating: "\\", count: count / 2)
                if count % 2 == 1, let escaped = characters.popFirst() { result.append(escaped) }
            case "%":
                // `%d`: the next specifier alone, as a custom one.
                break
            default:
                result += String(repeating: character, count: count)
            }
        }
        return result
    }
}
