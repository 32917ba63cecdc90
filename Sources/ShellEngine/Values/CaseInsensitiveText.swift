import Foundation

/// Case-insensitive equality and order of strings, as Foundation's `caseInsensitiveCompare` gives them
/// (`-eq`, `-lt`, Sort-Object, enum names): ASCII text is compared byte by byte here, because bridging
/// to Foundation for every comparison dominated scripts; anything else still goes to Foundation.
enum CaseInsensitiveText {
    static func equal(_ left: String, _ right: String) -> Bool {
        if let ascii = asciiOrder(left, right) { return ascii == .orderedSame }
        return left.caseInsensitiveCompare(right) == .orderedSame
    }

    static func compare(_ left: String, _ right: String) -> ComparisonResult {
        if let ascii = asciiOrder(left, right) { return ascii }
        return left.compare(right, options: [.caseInsensitive])
    }

    /// The order of two ASCII strings by their lower-cased bytes; `nil` when either is not ASCII.
    private static func asciiOrder(_ left: String, _ right: String) -> ComparisonResult? {
        var leftBytes = left.utf8.makeIterator()
        var rightBytes = right.utf8.makeIterator()
        var order = ComparisonResult.orderedSame
        while true {
            let a = leftBytes.next()
            let b = rightBytes.next()
            if let a, a >= 0x80 { return nil }
            if let b, b >= 0x80 { return nil }
            switch (a, b) {
            case (nil, nil):
                return order
            case (nil, _?):
                // The rest of the longer string must still be ASCII for this answer to hold.
                guard isASCII(&rightBytes) else { return nil }
                return order == .orderedSame ? .orderedAscending : order
            case (_?, nil):
                guard isASCII(&leftBytes) else { return nil }
                return order == .orderedSame ? .orderedDescending : order
            case let (a?, b?):
                if order != .orderedSame || a == b { continue }
                let lowerA = a &- 0x41 < 26 ? a | 0x20 : a
                let lowerB = b &- 0x41 < 26 ? b | 0x20 : b
                if lowerA != lowerB { order = lowerA < lowerB ? .orderedAscending : .orderedDescending }
            }
        }
    }

    private static func isASCII(_ bytes: inout String.UTF8View.Iterator) -> Bool {
        while let byte = bytes.next() {
            if byte >= 0x80 { return false }
        }
        return true
    }
}
