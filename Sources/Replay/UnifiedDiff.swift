import ShellEngine
/// A small unified diff between a command's expected output and what it printed.
///
/// Old line numbers are the transcript file's, so a reader can find the line; new ones count the actual
/// output from 1. Lines absorbed by a `<...>` placeholder show as context.
struct UnifiedDiff {
    enum Operation: Equatable {
        case same(expected: Int, actual: Int)
        case removed(expected: Int)
        case added(actual: Int)
        case absorbed(actual: Int)

        var isChange: Bool {
            switch self {
            case .removed, .added: return true
            default: return false
            }
        }
    }

    /// Alignments larger than this many cells fall back to "all removed, all added" for the differing middle.
    static let cellLimit = 4_000_000
    static let context = 2

    /// The edit script aligning `expected` with `actual` (prepared keys).
    static func operations(_ expected: ExpectedOutput, _ prepared: [PreparedLine]) -> [Operation] {
        let actual = prepared.map(\.key)
        let errors = prepared.map(\.isError)
        let items = expected.items
        var head = 0
        while head < items.count, head < actual.count, case .line = items[head], expected.itemMatches(head, actual[head]) { head += 1 }
        var tail = 0
        while tail < items.count - head, tail < actual.count - head,
              case .line = items[items.count - 1 - tail], expected.itemMatches(items.count - 1 - tail, actual[actual.count - 1 - tail]) {
            tail += 1
        }
        var result = (0..<head).map { Operation.same(expected: $0, actual: $0) }
        let expectedEnd = items.count - tail, actualEnd = actual.count - tail
        result += middle(expected, actual, errors, expectedRange: head..<expectedEnd, actualRange: head..<actualEnd)
        result += (0..<tail).map { Operation.same(expected: expectedEnd + $0, actual: actualEnd + $0) }
        return result
    }

    private static func middle(_ expected: ExpectedOutput, _ actual: [[UInt8]], _ errors: [Bool], expectedRange: Range<Int>, actualRange: Range<Int>) -> [Operation] {
        let rows = expectedRange.count, columns = actualRange.count
        let (cells, overflow) = (rows + 1).multipliedReportingOverflow(by: columns + 1)
        guard !overflow, cells <= cellLimit else {
            return expectedRange.compactMap { index in
                if case .anyLines = expected.items[index] { return nil }
                return .removed(expected: index)
            } + actualRange.map { .added(actual: $0) }
        }
        let width = columns + 1
        // cost[i][j]: fewest edits aligning expected[i...] with actual[j...], both relative to the ranges.
        var cost = [Int32](repeating: 0, count: cells)
        var i = rows
        while i >= 0 {
            var j = columns
            while j >= 0 {
                let here = i * width + j
                if i == rows {
                    cost[here] = Int32(columns - j)
                } else {
                    let item = expectedRange.lowerBound + i
                    if case .anyLines = expected.items[item] {
                        let skip = cost[(i + 1) * width + j]
                        let absorbable = j < columns && !errors[actualRange.lowerBound + j]
                        cost[here] = absorbable ? min(skip, cost[i * width + j + 1]) : skip
                    } else {
                        var best = cost[(i + 1) * width + j] + 1
                        if j < columns {
                            best = min(best, cost[i * width + j + 1] + 1)
                            if expected.itemMatches(item, actual[actualRange.lowerBound + j]) {
                                best = min(best, cost[(i + 1) * width + j + 1])
                            }
                        }
                        cost[here] = best
                    }
                }
                j -= 1
            }
            i -= 1
        }
        var result: [Operation] = []
        i = 0
        var j = 0
        while i < rows || j < columns {
            let item = expectedRange.lowerBound + i
            let line = actualRange.lowerBound + j
            let here = cost[i * width + j]
            if i == rows {
                result.append(.added(actual: line)); j += 1
            } else if case .anyLines = expected.items[item] {
                if j < columns, !errors[line], cost[i * width + j + 1] == here {
                    result.append(.absorbed(actual: line)); j += 1
                } else {
                    i += 1
                }
            } else if j < columns, expected.itemMatches(item, actual[line]), cost[(i + 1) * width + j + 1] == here {
                result.append(.same(expected: item, actual: line)); i += 1; j += 1
            } else if cost[(i + 1) * width + j] + 1 == here {
                result.append(.removed(expected: item)); i += 1
            } else {
                result.append(.added(actual: line)); j += 1
            }
        }
        return result
    }

    /// The diff text: `--- expected`, `+++ actual`, then hunks with two lines of context.
    static func render(_ operations: [Operation], expected: ExpectedOutput, actual: [String], name: String) -> [String] {
        let changes = operations.indices.filter { operations[$0].isChange }
        guard !changes.isEmpty else { return [] }
        var hunks: [ClosedRange<Int>] = []
        for index in changes {
            let range = max(0, index - context)...min(operations.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        var lines = ["--- expected (\(name))", "+++ actual"]
        for hunk in hunks {
            var oldStart: Int?, newStart: Int?
            var oldCount = 0, newCount = 0
            var body: [String] = []
            for operation in operations[hunk] {
                switch operation {
                case .same(let e, let a):
                    oldStart = oldStart ?? expected.items[e].source.number
                    newStart = newStart ?? a + 1
                    oldCount += 1; newCount += 1
                    body.append(" " + actual[a])
                case .removed(let e):
                    oldStart = oldStart ?? expected.items[e].source.number
                    oldCount += 1
                    body.append("-" + String(decoding: LinePattern.normalize(expected.items[e].source.text), as: UTF8.self))
                case .added(let a):
                    newStart = newStart ?? a + 1
                    newCount += 1
                    body.append("+" + actual[a])
                case .absorbed(let a):
                    newStart = newStart ?? a + 1
                    newCount += 1
                    body.append(" " + actual[a])
                }
            }
            lines.append("@@ -\(oldStart ?? 0),\(oldCount) +\(newStart ?? 0),\(newCount) @@")
            lines += body
        }
        return lines
    }
}
