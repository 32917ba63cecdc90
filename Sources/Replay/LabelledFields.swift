/// Integer ids that a mask can only recognise by where they stand, found by their labels: a table column
/// whose header ends in the label (`PrimaryKeyId`, `MasterKeyId` for `KeyId`), or a value right after such a
/// label (`PrimaryKeyId : 8` in a list view, `KeyId=8` in a message). A bare `8` is only an id by its label.
///
/// The labels are the domain's knowledge (PowerCLI registers `KeyId` for the `keyid` mask); this type only
/// knows tables and labels. Works on whole outputs (normalized lines): a table row only makes sense under its header.
public struct LabelledFields: Sendable {
    /// The label's ending, lower-cased ASCII.
    let suffix: [UInt8]
    /// The mask whose token replaces the ids (on only when that mask is).
    public let mask: OutputMask

    public init(labelSuffix: String, mask: OutputMask) {
        self.suffix = Array(labelSuffix.lowercased().utf8)
        self.mask = mask
    }

    /// Longest digit run taken for an id; longer numbers are something else (and could not overflow anything).
    static let maximumDigits = 20

    /// `lines` with every labelled id replaced by the mask's token.
    func mask(_ lines: [[UInt8]]) -> [[UInt8]] {
        var result = lines
        var columns: [Column] = []
        for index in result.indices {
            let line = result[index]
            if line.isEmpty {
                columns = []
                continue
            }
            if index > 0, Self.isHeaderRule(line), !result[index - 1].isEmpty {
                columns = labelledColumns(header: lines[index - 1], rule: line)
                continue
            }
            var masked = line
            if !columns.isEmpty { masked = maskColumns(columns, in: masked) }
            masked = maskLabelledValues(in: masked)
            result[index] = masked
        }
        return result
    }

    /// A labelled column: where its dashes start and end, and where the next column's start (nil for the last).
    struct Column {
        var start: Int
        var end: Int
        var nextStart: Int?
    }

    /// The dashes under a table's column labels: only `-` and spaces, at least one dash.
    static func isHeaderRule(_ line: [UInt8]) -> Bool {
        line.contains(UInt8(ascii: "-")) && line.allSatisfy { $0 == UInt8(ascii: "-") || $0 == 0x20 }
    }

    func labelledColumns(header: [UInt8], rule: [UInt8]) -> [Column] {
        var runs: [(start: Int, end: Int)] = []
        var index = 0
        while index < rule.count {
            guard rule[index] == UInt8(ascii: "-") else { index += 1; continue }
            let start = index
            while index < rule.count, rule[index] == UInt8(ascii: "-") { index += 1 }
            runs.append((start, index))
        }
        var columns: [Column] = []
        for (position, run) in runs.enumerated() where run.start < header.count {
            let label = header[run.start..<min(run.end, header.count)].filter { $0 != 0x20 }
            guard endsWithLabel(label[...]) else { continue }
            columns.append(Column(start: run.start, end: run.end, nextStart: position + 1 < runs.count ? runs[position + 1].start : nil))
        }
        return columns
    }

    /// Replaces a row's all-digit field that starts inside a labelled column, or ends where its dashes end
    /// (numbers are right-aligned), with the spaces around it.
    func maskColumns(_ columns: [Column], in line: [UInt8]) -> [UInt8] {
        var fields: [Range<Int>] = []
        var index = 0
        while index < line.count {
            guard line[index] != 0x20 else { index += 1; continue }
            let start = index
            while index < line.count, line[index] != 0x20 { index += 1 }
            fields.append(start..<index)
        }
        let ids = fields.filter { field in
            field.count <= Self.maximumDigits && line[field].allSatisfy(OutputMask.isDigit) && columns.contains { column in
                (field.lowerBound >= column.start && field.lowerBound < (column.nextStart ?? Int.max)) || field.upperBound == column.end
            }
        }
        // The padding around a field follows its width, so the token takes the spaces on both sides with it.
        var padded: [Range<Int>] = []
        for field in ids {
            var lower = field.lowerBound
            while lower > (padded.last?.upperBound ?? 0), line[lower - 1] == 0x20 { lower -= 1 }
            var upper = field.upperBound
            while upper < line.count, line[upper] == 0x20 { upper += 1 }
            padded.append(lower..<upper)
        }
        return replacing(padded, in: line)
    }

    /// Replaces the digits after a word ending in the label and a separator (spaces, one `:` or `=`).
    func maskLabelledValues(in line: [UInt8]) -> [UInt8] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < line.count {
            guard OutputMask.isWordByte(line[index]), index == 0 || !OutputMask.isWordByte(line[index - 1]) else { index += 1; continue }
            let wordStart = index
            while index < line.count, OutputMask.isWordByte(line[index]) { index += 1 }
            guard endsWithLabel(line[wordStart..<index]) else { continue }
            var cursor = index
            var separated = false
            var punctuated = false
            while cursor < line.count {
                let byte = line[cursor]
                if byte == 0x20 {
                    separated = true
                } else if !punctuated, byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=") {
                    separated = true
                    punctuated = true
                } else {
                    break
                }
                cursor += 1
            }
            guard separated else { continue }
            let digitsStart = cursor
            while cursor < line.count, OutputMask.isDigit(line[cursor]) { cursor += 1 }
            let length = cursor - digitsStart
            guard length > 0, length <= Self.maximumDigits, cursor == line.count || !OutputMask.isWordByte(line[cursor]) else { continue }
            ranges.append(digitsStart..<cursor)
            index = cursor
        }
        return replacing(ranges, in: line)
    }

    func endsWithLabel(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= suffix.count else { return false }
        return zip(word.suffix(suffix.count), suffix).allSatisfy { ($0 | 0x20) == $1 }
    }

    /// `line` with each (sorted, disjoint) range replaced by the mask's token.
    func replacing(_ ranges: [Range<Int>], in line: [UInt8]) -> [UInt8] {
        guard !ranges.isEmpty else { return line }
        var result: [UInt8] = []
        result.reserveCapacity(line.count)
        var cursor = 0
        for range in ranges where range.lowerBound >= cursor {
            result.append(contentsOf: line[cursor..<range.lowerBound])
            result.append(0x01)
            result.append(mask.code)
            cursor = range.upperBound
        }
        result.append(contentsOf: line[cursor...])
        return result
    }
}
