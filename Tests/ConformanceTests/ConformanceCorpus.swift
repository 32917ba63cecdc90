import Foundation

/// Reads the case files under `Tests/Conformance/cases` (format: Tests/Conformance/README.md).
struct ConformanceCorpus {
    let cases: [ConformanceCase]
    /// Format mistakes, each with its file and line: a non-empty list fails the suite.
    let problems: [String]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Conformance")
    static let casesDirectory = root.appendingPathComponent("cases")
    static let floorFile = root.appendingPathComponent("floor.txt")

    static let fqidPrefix = "    + FullyQualifiedErrorId : "

    static func load() -> ConformanceCorpus {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        var cases: [ConformanceCase] = []
        var problems: [String] = names.isEmpty ? ["no case files in \(casesDirectory.path)"] : []
        for name in names {
            let url = casesDirectory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                problems.append("\(name): not readable as UTF-8")
                continue
            }
            let parsed = parse(text, file: name)
            cases += parsed.cases
            problems += parsed.problems
        }
        var seen: Set<String> = []
        for item in cases where !seen.insert(item.id).inserted {
            problems.append("\(item.location): case name '\(item.name)' is used twice in \(item.area)")
        }
        return ConformanceCorpus(cases: cases, problems: problems)
    }

    /// Parses one area file: text before the first `###` is the file's own commentary.
    static func parse(_ text: String, file: String) -> (cases: [ConformanceCase], problems: [String]) {
        let area = String(file.dropLast(".txt".count))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var cases: [ConformanceCase] = []
        var problems: [String] = []
        var index = 0
        while index < lines.count, !lines[index].hasPrefix("### ") { index += 1 }
        while index < lines.count {
            let start = index
            var end = index + 1
            while end < lines.count, !lines[end].hasPrefix("### ") { end += 1 }
            switch parseCase(Array(lines[start..<end]), area: area, file: file, line: start + 1) {
            case .success(let item): cases.append(item)
            case .failure(let problem): problems.append(problem.text)
            }
            index = end
        }
        return (cases, problems)
    }

    struct Problem: Error { let text: String }

    /// One block: `### name`, `# source:`/`# differs:`/`# note` lines, the script, `--- output`, optional `--- error`.
    static func parseCase(_ block: [String], area: String, file: String, line: Int) -> Result<ConformanceCase, Problem> {
        let name = block[0].dropFirst(4).trimmingCharacters(in: .whitespaces)
        func problem(_ text: String) -> Result<ConformanceCase, Problem> { .failure(Problem(text: "\(file):\(line): \(text)")) }
        guard !name.isEmpty, !name.contains(" ") else { return problem("a case needs a one-word name after '### '") }
        var sources: [String] = []
        var differs: String?
        var cursor = 1
        while cursor < block.count, block[cursor].hasPrefix("#") {
            let comment = block[cursor].dropFirst().trimmingCharacters(in: .whitespaces)
            if comment.hasPrefix("source:") {
                let source = comment.dropFirst("source:".count).trimmingCharacters(in: .whitespaces)
                if !source.isEmpty { sources.append(source) }
            } else if comment.hasPrefix("differs:") {
                differs = comment.dropFirst("differs:".count).trimmingCharacters(in: .whitespaces)
            }
            cursor += 1
        }
        var script: [String] = []
        while cursor < block.count, !isSectionMarker(block[cursor]) { script.append(block[cursor]); cursor += 1 }
        while let last = script.last, last.trimmingCharacters(in: .whitespaces).isEmpty { script.removeLast() }
        guard !script.isEmpty else { return problem("case '\(name)' has no script") }
        var output: [String]?
        var errorLines: [String]?
        while cursor < block.count {
            let marker = block[cursor]
            cursor += 1
            var section: [String] = []
            while cursor < block.count, !isSectionMarker(block[cursor]) { section.append(block[cursor]); cursor += 1 }
            switch marker {
            case "--- output" where output == nil: output = section
            case "--- error" where errorLines == nil: errorLines = section
            default: return problem("case '\(name)': repeated section '\(marker)'")
            }
        }
        guard let output else { return problem("case '\(name)' has no '--- output' section") }
        guard !sources.isEmpty else { return problem("case '\(name)' names no '# source:'") }
        let errors: [ExpectedError]
        switch parseErrors(errorLines ?? []) {
        case .success(let parsed): errors = parsed
        case .failure(let failure): return problem("case '\(name)': \(failure.text)")
        }
        if errorLines != nil, errors.isEmpty { return problem("case '\(name)': an empty '--- error' section") }
        return .success(ConformanceCase(area: area, name: name, file: "\(area).txt", line: line, sources: sources,
                                        differs: differs, script: script.joined(separator: "\n"),
                                        expectedOutput: OutputLines.normalized(output), expectedErrors: errors))
    }

    /// Only these two lines open a section (a table's `---  ---` line is output like any other).
    static func isSectionMarker(_ line: String) -> Bool {
        line == "--- output" || line == "--- error"
    }

    /// An error starts at an unindented line; indented lines continue its message, and a
    /// `    + FullyQualifiedErrorId : X` line gives its id.
    static func parseErrors(_ lines: [String]) -> Result<[ExpectedError], Problem> {
        var errors: [ExpectedError] = []
        for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            if line.hasPrefix(fqidPrefix) {
                guard !errors.isEmpty, errors[errors.count - 1].fullyQualifiedErrorId == nil else {
                    return .failure(Problem(text: "a FullyQualifiedErrorId line without its error message"))
                }
                errors[errors.count - 1].fullyQualifiedErrorId = String(line.dropFirst(fqidPrefix.count))
            } else if line.first == " " {
                guard !errors.isEmpty else { return .failure(Problem(text: "an indented error line without its error")) }
                errors[errors.count - 1].message.append(line.trimmingCharacters(in: .whitespaces))
            } else {
                errors.append(ExpectedError(message: [line], fullyQualifiedErrorId: nil))
            }
        }
        return .success(errors)
    }
}
