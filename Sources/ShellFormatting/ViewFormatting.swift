import ShellEngine

/// The formatter a configured shell installs: PowerShell's table and list views, with the views that
/// modules register (PowerCLI's types) on top of the built-in ones.
public final class ViewFormatting: OutputFormatting {
    public var views: FormatRegistry

    public init(views: FormatRegistry = FormatRegistry()) {
        self.views = views
    }

    public func makeWriter(shell: Shell, width: Int?, writeLine: @escaping (String) -> Void) -> any OutputWriting {
        OutDefault(shell: shell, width: width, writeLine: writeLine)
    }

    /// The views of the shell's formatter; only the built-in ones when the shell has another formatter.
    public static func views(of shell: Shell) -> FormatRegistry {
        (shell.output as? ViewFormatting)?.views ?? FormatRegistry()
    }
}
