import Foundation

/// Finds the secrets written on a command line (`-Password`, `-KmipServerPassword`, the text given to
/// `ConvertTo-SecureString -AsPlainText`), so transcripts show them as `********` and replay can fill them in.
public struct CommandSecrets: Sendable {
    /// What a masked secret looks like in a transcript.
    public static let mask = "********"

    /// One secret argument on a command line.
    public struct Argument: Equatable, Sendable {
        /// The parameter as written, without `-` (`Password`, `KmipServerPassword`, `String`).
        public var parameter: String
        /// Byte range of the argument (quotes included) in the command text.
        public var range: Range<Int>
        /// The argument's value (quotes removed, escapes resolved).
        public var value: String

        public init(parameter: String, range: Range<Int>, value: String) {
            self.parameter = parameter
            self.range = range
            self.value = value
        }
    }

    /// The secret arguments of `text`, left to right. Variables and expressions (`$pw`, `(Get-Secret)`) are
    /// not secrets in the text and are left alone.
    public static func arguments(in text: String) -> [Argument] {
        let bytes = Array(text.utf8)
        var result: [Argument] = []
        var index = 0
        var convertToSecureString = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                let end = literalEnd(bytes, index)
                if convertToSecureString, isPlainTextConversion(bytes, from: index) {
                    result.append(Argument(parameter: "String", range: index..<end, value: literalValue(bytes[index..<end])))
                    convertToSecureString = false
                }
                index = end
                continue
            }
            if isDash(bytes, index), index == 0 || isSpace(bytes[index - 1]) {
                var nameEnd = index + 1
                while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: bytes[(index + 1)..<nameEnd], as: UTF8.self)
                if isSecretParameter(name) || (convertToSecureString && name.lowercased() == "string") {
                    var start = nameEnd
                    if start < bytes.count, bytes[start] == UInt8(ascii: ":") { start += 1 }
                    while start < bytes.count, isSpace(bytes[start]) { start += 1 }
                    if start < bytes.count, let end = argumentEnd(bytes, start) {
                        result.append(Argument(parameter: name, range: start..<end, value: literalValue(bytes[start..<end])))
                        if name.lowercased() == "string" { convertToSecureString = false }
                        index = end
                        continue
                    }
                }
                index = nameEnd
                continue
            }
            if isWordStart(bytes, index) {
                var end = index
                while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                if String(decoding: bytes[index..<end], as: UTF8.self).lowercased() == "convertto-securestring" {
                    convertToSecureString = true
                } else if end > index, bytes[index] != UInt8(ascii: "-") {
                    // A bare word after ConvertTo-SecureString is its positional plain text.
                    if convertToSecureString, isPlainTextConversion(bytes, from: index) {
                        result.append(Argument(parameter: "String", range: index..<end, value: String(decoding: bytes[index..<end], as: UTF8.self)))
                        convertToSecureString = false
                    }
                }
                index = max(end, index + 1)
                continue
            }
            if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ";") || byte == 0x0A { convertToSecureString = false }
            index += 1
        }
        return result
    }

    /// The command text with every secret argument replaced by `'********'`, and the secrets it held.
    public static func masked(_ text: String) -> (text: String, secrets: [String]) {
        let found = arguments(in: text)
        guard !found.isEmpty else { return (text, []) }
        return (replacing(found, in: text) { _ in "'\(mask)'" }, found.map(\.value).filter { $0 != mask })
    }

    /// Replaces each argument by `replacement(argument)`; ranges must come from `arguments(in: text)`.
    public static func replacing(_ found: [Argument], in text: String, with replacement: (Argument) -> String) -> String {
        var bytes = Array(text.utf8)
        for argument in found.reversed() where argument.range.upperBound <= bytes.count {
            bytes.replaceSubrange(argument.range, with: Array(replacement(argument).utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of another parameter on the same command line (`-User`, `-Server`), when written literally.
    public static func literalArgument(of parameter: String, in text: String) -> String? {
        let bytes = Array(text.utf8)
        let wanted = parameter.lowercased()
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "\"") {
                index = literalEnd(bytes, index)
                continue
            }
            if isDash(bytes, index), index == 0 || isSpace(bytes[index - 1]) {
                var nameEnd = index + 1
                while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                if String(decoding: bytes[(index + 1)..<nameEnd], as: UTF8.self).lowercased() == wanted {
                    var start = nameEnd
                    if start < bytes.count, bytes[start] == UInt8(ascii: ":") { start += 1 }
                    while start < bytes.count, isSpace(bytes[start]) { start += 1 }
                    if start < bytes.count, let end = argumentEnd(bytes, start) { return literalValue(bytes[start..<end]) }
                    return nil
                }
                index = nameEnd
                continue
            }
            index += 1
        }
        return nil
    }

    /// `-Password` (or an abbreviation such as `-Passw`) and any parameter whose name ends in `Password`
    /// (`-KmipServerPassword`): the rule names no module's cmdlets, so the transcript stays generic.
    static func isSecretParameter(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix("password") || (lower.count >= 5 && "password".hasPrefix(lower))
    }

    /// `-AsPlainText` appears in the same statement.
    static func isPlainTextConversion(_ bytes: [UInt8], from index: Int) -> Bool {
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "|"), bytes[end] != UInt8(ascii: ";"), bytes[end] != 0x0A { end += 1 }
        var start = index
        while start > 0, bytes[start - 1] != UInt8(ascii: "|"), bytes[start - 1] != UInt8(ascii: ";"), bytes[start - 1] != 0x0A { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased().contains("-asplaintext")
    }

    /// End of a literal argument, or `nil` for variables, expressions and script blocks.
    static func argumentEnd(_ bytes: [UInt8], _ start: Int) -> Int? {
        let first = bytes[start]
        if first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") { return literalEnd(bytes, start) }
        if [UInt8(ascii: "$"), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "@"), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ";")].contains(first) {
            return nil
        }
        var end = start
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: "|"), bytes[end] != UInt8(ascii: ")") {
            end += 1
        }
        return end
    }

    /// End of a quoted string starting at `start` (`''` and `""`/backtick escapes inside); the text end when unclosed.
    static func literalEnd(_ bytes: [UInt8], _ start: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "`") { index += 2; continue }
            if bytes[index] == quote {
                if index + 1 < bytes.count, bytes[index + 1] == quote { index += 2; continue }
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    static func literalValue(_ slice: ArraySlice<UInt8>) -> String {
        guard let first = slice.first, first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") else {
            return String(decoding: slice, as: UTF8.self)
        }
        var body = Array(slice.dropFirst())
        if body.last == first { body.removeLast() }
        var result: [UInt8] = []
        var index = 0
        while index < body.count {
            if body[index] == first, index + 1 < body.count, body[index + 1] == first {
                result.append(first); index += 2; continue
            }
            if first == UInt8(ascii: "\""), body[index] == UInt8(ascii: "`"), index + 1 < body.count {
                result.append(body[index + 1]); index += 2; continue
            }
            result.append(body[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A secret as a single-quoted PowerShell string.
    public static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    static func isDash(_ bytes: [UInt8], _ index: Int) -> Bool { bytes[index] == UInt8(ascii: "-") }
    static func isNameByte(_ byte: UInt8) -> Bool {
        ConsoleText.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte >= 0x80
    }
    static func isWordStart(_ bytes: [UInt8], _ index: Int) -> Bool {
        PromptLine.isLetter(bytes[index]) && (index == 0 || !isNameByte(bytes[index - 1]))
    }
}
