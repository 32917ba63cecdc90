import Foundation

/// A .NET `System.TimeSpan` as the shell's object: Measure-Command's result and the difference of two dates.
package enum TimeSpanObject {
    /// A .NET TimeSpan as PowerShell shows it: whole parts and totals; ticks are 100 ns.
    package static func make(seconds: TimeInterval) -> PSObject {
        let ticks = Int((seconds * 10_000_000).rounded())
        let milliseconds = ticks / 10_000
        let object = PSObject(typeNames: ["System.TimeSpan", "System.ValueType", "System.Object"], properties: [
            PSProperty(name: "Days", value: .int(milliseconds / 86_400_000)),
            PSProperty(name: "Hours", value: .int(milliseconds / 3_600_000 % 24)),
            PSProperty(name: "Minutes", value: .int(milliseconds / 60_000 % 60)),
            PSProperty(name: "Seconds", value: .int(milliseconds / 1000 % 60)),
            PSProperty(name: "Milliseconds", value: .int(milliseconds % 1000)),
            PSProperty(name: "Ticks", value: .int(ticks)),
            PSProperty(name: "TotalDays", value: .double(Double(ticks) / 864_000_000_000)),
            PSProperty(name: "TotalHours", value: .double(Double(ticks) / 36_000_000_000)),
            PSProperty(name: "TotalMinutes", value: .double(Double(ticks) / 600_000_000)),
            PSProperty(name: "TotalSeconds", value: .double(Double(ticks) / 10_000_000)),
            PSProperty(name: "TotalMilliseconds", value: .double(Double(ticks) / 10_000)),
        ])
        // .NET's "c" format: [-][d.]hh:mm:ss[.fffffff].
        let magnitude = ticks.magnitude
        let whole = Int(magnitude / 10_000_000)
        let fraction = Int(magnitude % 10_000_000)
        let days = whole / 86_400
        object.stringValue = {
            (ticks < 0 ? "-" : "") + (days == 0 ? "" : "\(days).")
                + String(format: "%02d:%02d:%02d", whole / 3600 % 24, whole / 60 % 60, whole % 60) + (fraction == 0 ? "" : String(format: ".%07d", fraction))
        }
        return object
    }

    /// The seconds a TimeSpan object stands for; nil for any other value.
    static func seconds(of value: Value) -> TimeInterval? {
        guard case .object(let object) = value, object.typeName == "System.TimeSpan", case .int(let ticks) = object["Ticks"] else { return nil }
        return TimeInterval(ticks) / 10_000_000
    }

    /// .NET's `TimeSpan.Parse` in the invariant culture: `[-]d` (days) or `[-][d.]hh:mm[:ss[.fffffff]]`;
    /// nil when the text is not one (https://learn.microsoft.com/dotnet/api/system.timespan.parse).
    static func parse(_ text: String) -> TimeInterval? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        func number(_ part: Substring) -> Int? {
            guard !part.isEmpty, part.count <= 10, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber) else { return nil }
            return Int(part)
        }
        let sign: TimeInterval = negative ? -1 : 1
        let pieces = rest.split(separator: ":", omittingEmptySubsequences: false)
        if pieces.count == 1 {
            guard let days = number(pieces[0]), days <= 10_675_199 else { return nil }
            return sign * TimeInterval(days) * 86_400
        }
        guard pieces.count <= 3 else { return nil }
        var days = 0
        var hoursText = pieces[0]
        if let dot = hoursText.firstIndex(of: ".") {
            guard let parsed = number(hoursText[..<dot]) else { return nil }
            days = parsed
            hoursText = hoursText[hoursText.index(after: dot)...]
        }
        guard let hours = number(hoursText), hours < 24, let minutes = number(pieces[1]), minutes < 60 else { return nil }
        var seconds: TimeInterval = 0
        if pieces.count == 3 {
            let secondParts = pieces[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let whole = number(secondParts[0]), whole < 60 else { return nil }
            seconds = TimeInterval(whole)
            if secondParts.count == 2 {
                let fraction = secondParts[1]
                guard fraction.count <= 7, number(fraction) != nil, let value = Double("0." + fraction) else { return nil }
                seconds += value
            }
        }
        return sign * (TimeInterval(days) * 86_400 + TimeInterval(hours) * 3600 + TimeInterval(minutes) * 60 + seconds)
    }

    /// The ticks of a TimeSpan object; nil for any other value.
    static func ticks(of value: Value) -> Int? {
        guard case .object(let object) = value, object.typeName == "System.TimeSpan", case .int(let ticks) = object["Ticks"] else { return nil }
        return ticks
    }
}
