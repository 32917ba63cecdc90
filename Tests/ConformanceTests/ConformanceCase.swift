/// One case of the conformance corpus: a small script and what Windows PowerShell 5.1 prints for it.
struct ConformanceCase: Sendable {
    /// The file's name without `.txt` (one area per file: `select-object`, `split`, ...).
    let area: String
    let name: String
    /// Where the case starts (`area.txt:12`), for reports.
    let file: String
    let line: Int
    /// `# source:` lines: the PowerShell test or documentation page the expected value comes from.
    let sources: [String]
    /// `# differs:` says why vtash deliberately prints something else than Windows PowerShell; such a
    /// case states vtash's intended output and is reported apart, never counted as passed or failed.
    let differs: String?
    let script: String
    /// The lines the console shows (output, `Write-Host`, warnings), leading and trailing blank lines dropped.
    let expectedOutput: [String]
    /// The errors the console shows, in order; empty when the case expects none.
    let expectedErrors: [ExpectedError]

    var id: String { "\(area)/\(name)" }
    var location: String { "\(file):\(line)" }
}

/// An error as the 5.1 console shows it (NormalView), reduced to its message and, when given, its
/// FullyQualifiedErrorId; the position lines (`At line:1 char:5`, `+ ~~~`) and CategoryInfo are not compared.
struct ExpectedError: Equatable, Sendable {
    /// The message lines with the `Command : ` prefix the console puts before a command's errors; `*` matches any text.
    var message: [String]
    var fullyQualifiedErrorId: String?
}
