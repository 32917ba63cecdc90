/// How a table's columns share the console width, as PowerShell's ColumnWidthManager decides
/// (src/System.Management.Automation/FormatAndOutput/common/ColumnWidthManager.cs, the same in the 5.1
/// sources): columns without a width get one character, then the room left is dealt out to them one
/// character at a time; a table too wide has its last visible column shrunk by the excess, or hidden when
/// that would leave it under one character, and so on leftwards.
enum ColumnWidths {
    /// The fitted widths of the columns still shown (a prefix: hidden columns are always the last ones).
    /// `widths`: each column's width, 0 for one the view does not size.
    static func fit(_ widths: [Int], tableWidth: Int) -> [Int] {
        var columns = widths
        if !assign(&columns, tableWidth: tableWidth) { trim(&columns, tableWidth: tableWidth) }
        let shown = columns.firstIndex { $0 < 1 } ?? columns.count
        return Array(columns.prefix(shown))
    }

    /// Widths for the unsized columns; false when the table does not fit and must be trimmed.
    private static func assign(_ columns: inout [Int], tableWidth: Int) -> Bool {
        let unsized = columns.indices.filter { columns[$0] <= 0 }
        for index in unsized { columns[index] = 1 }
        var available = tableWidth - width(of: columns)
        if available < 0 { return false }
        guard !unsized.isEmpty else { return true }
        while available > 0 {
            for index in unsized {
                columns[index] += 1
                available -= 1
                if available == 0 { break }
            }
        }
        return true
    }

    private static func trim(_ columns: inout [Int], tableWidth: Int) {
        while true {
            let excess = width(of: columns) - tableWidth
            guard excess > 0, let last = columns.lastIndex(where: { $0 > 0 }) else { return }
            let shrunk = columns[last] - excess
            if shrunk < 1 {
                columns[last] = -1
            } else {
                columns[last] = shrunk
            }
        }
    }

    /// Visible columns with one separator between each two.
    private static func width(of columns: [Int]) -> Int {
        let visible = columns.filter { $0 > 0 }
        return visible.reduce(0, +) + max(0, visible.count - 1)
    }
}
