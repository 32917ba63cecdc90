import ShellEngine
/// A named kind of volatile value that replay compares by shape, not by text.
///
/// Masks apply to expected and actual lines alike: each match becomes one opaque token per mask, so
/// `00CEF192BBF9D80C9F` and `4A1B...` compare equal under `serial` while the rest of the line still counts.
public enum OutputMask: String, CaseIterable, Sendable {
    /// Certificate serial numbers: upper-case hex of 10 or more digits with at least one letter or a leading `00`.
    case serial
    /// SHA-1 / SHA-256 thumbprints: 40 or 64 hex digits.
    case thumbprint
    /// Dates and times: `8/10/2015 4:16:12 PM`, `2024-01-01T12:00:00Z`, `20240101120000`, `16:04:05`.
    case date
    /// Key ids in UUID form (KMIP key servers usually hand these out) or 32 hex digits; integer key ids
    /// (PyKMIP's) where a `KeyId` label or column says so (see `LabelledFields`: the domain names the labels).
    case keyid
    /// GUIDs: `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, with or without braces.
    case guid

    /// On unless told otherwise: the values that differ on every run.
    public static let defaults: Set<OutputMask> = [.serial, .thumbprint, .date]

    /// Checked in this order; the first match wins.
    static let order: [OutputMask] = [.guid, .keyid, .date, .serial, .thumbprint]

    var code: UInt8 {
        switch self {
        case .serial: return 0x11
        case .thumbprint: return 0x12
        case .date: return 0x13
        case .keyid: return 0x14
        case .guid: return 0x15
        }
    }

    /// Where a match starting at `start` ends (exclusive), or `nil`.
    func match(_ bytes: [UInt8], at start: Int) -> Int? {
        switch self {
        case .serial: return Self.serial(bytes, start)
        case .thumbprint:
            let run = Self.hexRun(bytes, start)
            return run == 40 || run == 64 ? start + run : nil
        case .date: return Self.date(bytes, start)
        case .keyid:
            if let end = Self.uuid(bytes, start, braces: false) { return end }
            return Self.hexRun(bytes, start) == 32 ? start + 32 : nil
        case .guid: return Self.uuid(bytes, start, braces: true)
        }
    }
}

extension OutputMask {
    /// Replaces every match of `masks` in `bytes` by a two-byte token (0x01, code). Matches must stand
    /// alone: no letter or digit right before or after them.
    static func apply(_ masks: [OutputMask], to bytes: [UInt8]) -> [UInt8] {
        guard !masks.isEmpty else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index == 0 || !isWordByte(bytes[index - 1]) {
                var matched = false
                for mask in masks {
                    if let end = mask.match(bytes, at: index), end > index, end == bytes.count || !isWordByte(bytes[end]) {
                        result.append(0x01)
                        result.append(mask.code)
                        index = end
                        matched = true
                        break
                    }
                }
                if matched { continue }
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || PromptLine.isLetter(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66) }
    static func isUpperHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 0x41 && byte <= 0x46) }

    static func hexRun(_ bytes: [UInt8], _ start: Int) -> Int {
        var end = start
        while end < bytes.count, isHex(bytes[end]) { end += 1 }
        return end - start
    }

    static func digits(_ bytes: [UInt8], _ start: Int, min: Int, max: Int) -> Int? {
        var end = start
        while end < bytes.count, end - start < max, isDigit(bytes[end]) { end += 1 }
        return end - start >= min ? end : nil
    }

    static func byte(_ bytes: [UInt8], _ index: Int, _ ascii: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: ascii)
    }

    static func serial(_ bytes: [UInt8], _ start: Int) -> Int? {
        var end = start
        var hasLetter = false
        while end < bytes.count, isUpperHex(bytes[end]) {
            if !isDigit(bytes[end]) { hasLetter = true }
            end += 1
        }
        let length = end - start
        guard length >= 10 else { return nil }
        let leadingZeros = bytes[start] == 0x30 && bytes[start + 1] == 0x30
        return hasLetter || leadingZeros ? end : nil
    }

    static func uuid(_ bytes: [UInt8], _ start: Int, braces: Bool) -> Int? {
        var cursor = start
        let braced = braces && byte(bytes, cursor, "{")
        if braced { cursor += 1 }
        for (group, length) in [8, 4, 4, 4, 12].enumerated() {
            if group > 0 {
                guard byte(bytes, cursor, "-") else { return nil }
                cursor += 1
            }
            guard hexRun(bytes, cursor) >= length else { return nil }
            cursor += length
        }
        if braced {
            guard byte(bytes, cursor, "}") else { return nil }
            cursor += 1
        }
        return cursor
    }

    /// `M/d/yyyy[ h:mm[:ss][ AM|PM]]`, ISO 8601, 14-digit `yyyyMMddHHmmss`, or a bare `h:mm:ss[ AM|PM]`.
    static func date(_ bytes: [UInt8], _ start: Int) -> Int? {
        if let month = digits(bytes, start, min: 1, max: 2), byte(bytes, month, "/"),
           let day = digits(bytes, month + 1, min: 1, max: 2), byte(bytes, day, "/"),
           let year = digits(bytes, day + 1, min: 4, max: 4) {
            if byte(bytes, year, " "), let time = time(bytes, year + 1) { return time }
            return year
        }
        if let year = digits(bytes, start, min: 4, max: 4), year - start == 4, byte(bytes, year, "-"),
           let month = digits(bytes, year + 1, min: 2, max: 2), byte(bytes, month, "-"),
           let day = digits(bytes, month + 1, min: 2, max: 2) {
            var end = day
            if byte(bytes, end, "T") || byte(bytes, end, " "), let time = time(bytes, end + 1, meridiem: false) {
                end = time
                if byte(bytes, end, "."), let fraction = digits(bytes, end + 1, min: 1, max: 9) { end = fraction }
                if byte(bytes, end, "Z") {
                    end += 1
                } else if byte(bytes, end, "+") || byte(bytes, end, "-"), let hours = digits(bytes, end + 1, min: 2, max: 2) {
                    end = hours
                    if byte(bytes, end, ":"), let minutes = digits(bytes, end + 1, min: 2, max: 2) { end = minutes }
                }
            }
            return end
        }
        if let end = digits(bytes, start, min: 14, max: 14), end - start == 14,
           end == bytes.count || !isDigit(bytes[end]), bytes[start] == 0x31 || bytes[start] == 0x32 {
            return end
        }
        return time(bytes, start)
    }

    static func time(_ bytes: [UInt8], _ start: Int, meridiem: Bool = true) -> Int? {
        guard let hours = digits(bytes, start, min: 1, max: 2), byte(bytes, hours, ":"),
              let minutes = digits(bytes, hours + 1, min: 2, max: 2) else { return nil }
        var end = minutes
        var hasSeconds = false
        if byte(bytes, end, ":"), let seconds = digits(bytes, end + 1, min: 2, max: 2) {
            end = seconds
            hasSeconds = true
        }
        if meridiem, byte(bytes, end, " "), byte(bytes, end + 1, "A") || byte(bytes, end + 1, "P"), byte(bytes, end + 2, "M") {
            return end + 3
        }
        // A bare `h:mm` is too common (ratios, ports) to be a time unless seconds, AM/PM or a date come with it.
        return hasSeconds || !meridiem ? end : nil
    }
}
