import Foundation
import ShellEngine

/// Runs each case in a fresh shell whose current folder is a new empty temporary folder (cases that
/// write files, such as module cases, write them there), and collects what the console showed.
enum ConformanceRunner {
    static func run(_ item: ConformanceCase) -> CaseOutcome {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("vtash-conformance-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let host = CapturingHost(width: 120)
        let shell: Shell
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            shell = try ConformanceShell.make(host: host)
            try shell.setLocation(folder.path)
        } catch {
            return CaseOutcome(conformanceCase: item, output: [], errors: [], setupFailure: "\(error)")
        }
        _ = host.take()
        shell.run(item.script)
        let lines = host.take()
        let output = OutputLines.normalized(lines.filter { $0.stream != .error }.map(\.text))
        let errors = DisplayedError.records(in: lines.filter { $0.stream == .error }.map(\.text))
        return CaseOutcome(conformanceCase: item, output: output, errors: errors, setupFailure: nil)
    }
}
