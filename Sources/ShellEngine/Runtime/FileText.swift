import Foundation
import PowerShellSyntax

/// Writes text files for redirections, Out-File and Set-Content.
package enum FileText {
    package static func write(_ text: String, to path: String, append: Bool, shell: Shell, span: SourceSpan, mode: Int? = nil) throws {
        if shell.isSandboxed {
            throw shell.error("Access to the path '\(path)' is denied.", id: "FileOpenFailure", category: .openError, span: span, reason: "UnauthorizedAccessException")
        }
        let url = URL(fileURLWithPath: path)
        do {
            if append, let handle = try? FileHandle(forWritingTo: url) {
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(text.utf8))
            } else {
                try Data(text.utf8).write(to: url)
                if let mode { _ = chmod(path, mode_t(mode)) }
            }
        } catch {
            throw shell.error("Could not find a part of the path '\(path)'.", id: "FileOpenFailure", category: .openError, span: span, reason: "DirectoryNotFoundException")
        }
    }

    /// `write` for a cmdlet: a failure is the cmdlet's error (`FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand`),
    /// as PowerShell reports it through the cmdlet (PathUtils.ReportFileOpenFailure calls ThrowTerminatingError).
    package static func write(_ text: String, to path: String, append: Bool, context: CommandContext, mode: Int? = nil) throws {
        do {
            try write(text, to: path, append: append, shell: context.shell, span: context.span, mode: mode)
        } catch let error as RuntimeError {
            throw context.failure(error.record.message, id: error.record.errorId, category: error.record.category, reason: error.record.reason,
                                  targetObject: .string(path))
        }
    }
}
