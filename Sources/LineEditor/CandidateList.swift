/// Lays out completion candidates in columns, filled top to bottom like `ls` and bash.
struct CandidateList: Equatable, Sendable {
    var candidates: [String]
    var width: Int

    /// The rows to print, without trailing spaces.
    var rows: [String] {
        guard !candidates.isEmpty else { return [] }
        let widest = candidates.map { $0.count }.max() ?? 0
        let columnWidth = widest + 2
        let columns = max(1, min(candidates.count, (max(width, 1) + 2) / columnWidth))
        let rowCount = (candidates.count + columns - 1) / columns
        var rows: [String] = []
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columns {
                let index = column * rowCount + row
                guard index < candidates.count else { break }
                let candidate = candidates[index]
                let isLast = column == columns - 1 || index + rowCount >= candidates.count
                line += isLast ? candidate : candidate + String(repeating: " ", count: columnWidth - candidate.count)
            }
            rows.append(line)
        }
        return rows
    }
}
