import Foundation

extension String {
    /// Equal ignoring case, as Foundation's `caseInsensitiveCompare` decides, but without Foundation when both
    /// are ASCII: addresses are, and the lab compares them on every cmdlet (a few percent of a long script).
    func equalsIgnoringCase(_ other: String) -> Bool {
        // Addresses are nearly always written the same way: equal text needs no byte-by-byte scan.
        if self == other { return true }
        let isASCII = utf8.allSatisfy { $0 < 0x80 } && other.utf8.allSatisfy { $0 < 0x80 }
        guard isASCII else { return caseInsensitiveCompare(other) == .orderedSame }
        guard utf8.count == other.utf8.count else { return false }
        return zip(utf8, other.utf8).allSatisfy { left, right in
            left == right || (left | 0x20 == right | 0x20 && (left | 0x20) >= 0x61 && (left | 0x20) <= 0x7A)
        }
    }
}
