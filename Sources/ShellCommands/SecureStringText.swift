import ShellEngine
import ShellFormatting
import Foundation

/// The hex form ConvertFrom-SecureString writes and ConvertTo-SecureString reads.
enum SecureStringText {
    static func encode(_ text: String) -> String {
        text.utf16.map { String(format: "%02x%02x", $0 & 0xFF, $0 >> 8) }.joined()
    }

    static func decode(_ text: String) -> String? {
        let digits = Array(text.utf8)
        guard digits.count % 4 == 0, !digits.isEmpty else { return nil }
        var units: [UInt16] = []
        var index = 0
        while index + 4 <= digits.count {
            guard let low = UInt16(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16),
                  let high = UInt16(String(decoding: digits[(index + 2)..<(index + 4)], as: UTF8.self), radix: 16) else { return nil }
            units.append(low | high << 8)
            index += 4
        }
        return String(decoding: units, as: UTF16.self)
    }
}
