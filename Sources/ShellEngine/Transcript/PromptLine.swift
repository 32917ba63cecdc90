/// Recognises the prompt at the start of a transcript line and splits it from the command.
///
/// Accepted: `PS C:\path> cmd`, `PS /home/me> cmd`, nested `PS C:\>> cmd`, `PS>cmd` (Start-Transcript's
/// default), and the `C:\PS> cmd` shape of PowerCLI examples. The path must look like one (drive or
/// provider `X:`, `/`, `\`, `~`) so that output such as `PS version 5 > 4` is not taken for a prompt.
public struct PromptLine: Equatable, Sendable {
    public var prompt: String
    public var command: String

    public init?(_ line: String) {
        let bytes = Array(line.utf8)
        guard let end = PromptLine.promptEnd(bytes) else { return nil }
        prompt = String(decoding: bytes[..<end], as: UTF8.self)
        command = String(decoding: bytes[end...], as: UTF8.self)
    }

    /// The index just after the prompt (and the one space that follows it), or `nil` when there is none.
    static func promptEnd(_ bytes: [UInt8]) -> Int? {
        let greater = UInt8(ascii: ">"), space = UInt8(ascii: " ")
        var index: Int
        if bytes.count >= 6, isLetter(bytes[0]), bytes[1] == UInt8(ascii: ":"), bytes[2] == UInt8(ascii: "\\"),
           bytes[3] == UInt8(ascii: "P"), bytes[4] == UInt8(ascii: "S"), bytes[5] == greater {
            index = 6
        } else {
            guard bytes.count >= 3, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "S") else { return nil }
            if bytes[2] == greater {
                index = 2
            } else {
                guard bytes[2] == space, bytes.count > 3, looksLikePathStart(bytes, at: 3) else { return nil }
                guard let close = bytes[3...].firstIndex(of: greater) else { return nil }
                index = close
            }
            while index < bytes.count, bytes[index] == greater { index += 1 }
        }
        if index < bytes.count, bytes[index] == space { index += 1 }
        return index
    }

    static func looksLikePathStart(_ bytes: [UInt8], at index: Int) -> Bool {
        let first = bytes[index]
        if first == UInt8(ascii: "/") || first == UInt8(ascii: "\\") || first == UInt8(ascii: "~") { return true }
        guard isLetter(first) else { return false }
        var cursor = index + 1
        while cursor < bytes.count, isLetter(bytes[cursor]) || isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
        }
        return cursor < bytes.count && bytes[cursor] == UInt8(ascii: ":")
    }

    package static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
