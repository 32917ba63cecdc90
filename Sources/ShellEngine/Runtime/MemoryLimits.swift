import PowerShellSyntax

/// The largest string and array a script may build, and what building big ones costs. PowerShell
/// fails with OutOfMemoryException when .NET cannot allocate; vtash fails the same way well before
/// the machine runs out, so that `$s += $s` in a loop, `'a' * 1e9` or `.PadLeft(1e9)` end with an
/// error instead of exhausting memory.
package enum MemoryLimits {
    package static let maxStringBytes = 100_000_000
    static let maxArrayCount = 10_000_000

    static func outOfMemory(_ shell: Shell, _ span: SourceSpan) -> RuntimeError {
        shell.error("Exception of type 'System.OutOfMemoryException' was thrown.", id: "OutOfMemoryException", span: span)
    }

    /// Throws when a string of `bytes` UTF-8 bytes would be too large.
    static func checkString(bytes: Int, _ shell: Shell, _ span: SourceSpan) throws {
        if bytes < 0 || bytes >= maxStringBytes { throw outOfMemory(shell, span) }
    }

    /// Throws when an array of `count` elements would be too large.
    static func checkArray(count: Int, _ shell: Shell, _ span: SourceSpan) throws {
        if count < 0 || count >= maxArrayCount { throw outOfMemory(shell, span) }
    }

    /// Polls for Ctrl+C once per 4 KiB of a string about to be built or read: one statement on
    /// 100 MB (`$s * 2`, `$s.ToUpper()`) takes a while, and a loop of them must still stop on Ctrl+C,
    /// as a loop of cheap statements does (the fuzzer's step budget counts these polls too).
    static func chargeString(bytes: Int, _ shell: Shell) throws {
        for _ in 0..<(bytes >> 12) where shell.host.takeInterrupt() { throw PipelineInterrupted() }
    }

    /// Polls for Ctrl+C once per 256 elements of an array about to be built (`1..999999`).
    static func chargeArray(count: Int, _ shell: Shell) throws {
        for _ in 0..<(count >> 8) where shell.host.takeInterrupt() { throw PipelineInterrupted() }
    }

    /// Throws when `value` is a string or an array past the limits.
    static func check(_ value: Value, _ shell: Shell, _ span: SourceSpan) throws {
        switch value {
        case .string(let text): try checkString(bytes: text.utf8.count, shell, span)
        case .array(let items): try checkArray(count: items.count, shell, span)
        default: break
        }
    }

    /// `text` repeated `count` times by doubling: `String(repeating:count:)` appends one copy at a
    /// time, seconds for a string near the limit.
    static func repeated(_ text: String, count: Int) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count * count)
        var chunk = text
        var remaining = count
        while remaining > 0 {
            if remaining & 1 == 1 { result += chunk }
            remaining >>= 1
            if remaining > 0 { chunk += chunk }
        }
        return result
    }

    /// `items` repeated `count` times, in one allocation.
    static func repeated(_ items: [Value], count: Int) -> [Value] {
        var result: [Value] = []
        result.reserveCapacity(items.count * count)
        for _ in 0..<count { result.append(contentsOf: items) }
        return result
    }
}
