import ShellEngine
/// JUnit XML for CI: one test suite per transcript, one test case per replayed command.
public struct JUnitReport: Sendable {
    public var results: [ReplayResult]

    public init(results: [ReplayResult]) {
        self.results = results
    }

    public func xml() -> String {
        let tests = results.reduce(0) { $0 + $1.outcomes.count }
        let failures = results.reduce(0) { $0 + $1.failedCount }
        let seconds = results.reduce(0.0) { $0 + $1.seconds }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="vtash replay" tests="\#(tests)" failures="\#(failures)" time="\#(Self.time(seconds))">"#,
        ]
        for result in results {
            let suite = Self.escape(result.document.name)
            lines.append(#"  <testsuite name="\#(suite)" tests="\#(result.outcomes.count)" failures="\#(result.failedCount)" errors="0" skipped="0" time="\#(Self.time(result.seconds))">"#)
            for outcome in result.outcomes {
                let name = Self.escape("line \(outcome.command.lineNumber): \(outcome.command.title)")
                let open = #"    <testcase classname="\#(suite)" name="\#(name)" time="\#(Self.time(outcome.seconds))""#
                if outcome.passed {
                    lines.append(open + "/>")
                } else {
                    lines.append(open + ">")
                    let body = outcome.comparison.diff.map(Self.escape).joined(separator: "\n")
                    lines.append(#"      <failure message="\#(Self.escape(outcome.comparison.reason))" type="\#(outcome.status.rawValue)">\#(body)</failure>"#)
                    lines.append("    </testcase>")
                }
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func time(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let fraction = milliseconds % 1000
        return "\(milliseconds / 1000)." + (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + "\(fraction)"
    }

    /// Escapes markup and drops characters XML 1.0 cannot hold.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0xFFFE...0xFFFF).contains(value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
