/// A line diff for the report: common lines with two spaces, expected-only with `-`, printed-only with `+`.
enum LineDiff {
    static func lines(expected: [String], actual: [String]) -> [String] {
        // Cases print a few lines: a plain longest-common-subsequence table is small.
        let rows = expected.count, columns = actual.count
        var table = Array(repeating: Array(repeating: 0, count: columns + 1), count: rows + 1)
        for row in stride(from: rows - 1, through: 0, by: -1) {
            for column in stride(from: columns - 1, through: 0, by: -1) {
                table[row][column] = expected[row] == actual[column]
                    ? table[row + 1][column + 1] + 1
                    : max(table[row + 1][column], table[row][column + 1])
            }
        }
        var result: [String] = []
        var row = 0, column = 0
        while row < rows || column < columns {
            if row < rows, column < columns, expected[row] == actual[column] {
                result.append("  " + expected[row]); row += 1; column += 1
            } else if row < rows, column == columns || table[row + 1][column] >= table[row][column + 1] {
                result.append("- " + expected[row]); row += 1
            } else {
                result.append("+ " + actual[column]); column += 1
            }
        }
        if result.isEmpty { result.append("(no output either way)") }
        return result
    }
}
