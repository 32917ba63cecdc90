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
}
