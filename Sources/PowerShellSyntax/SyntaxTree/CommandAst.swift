/// A command invocation: `Get-Foo -Name x 1 @splat > out.txt`, `& $path a`, `. ./common.ps1`.
public struct CommandAst: Equatable, Sendable {
    public enum Invocation: Equatable, Sendable {
        case plain
        /// `& ...`
        case call
        /// `. ...`
        case dotSource
    }

    public enum Name: Equatable, Sendable {
        /// A bare word such as `Get-ChildItem`, `openssl`, `./run.ps1`.
        case word(String)
        /// Anything else after `&` or `.`: `& $path`, `& 'C:\x y\a.exe'`, `& { ... }`.
        case expression(Expression)
    }

    public var invocation: Invocation
    public var name: Name
    public var nameSpan: SourceSpan
    public var elements: [CommandElement]
    public var redirections: [Redirection]
    public var span: SourceSpan

    public init(
        invocation: Invocation, name: Name, nameSpan: SourceSpan, elements: [CommandElement],
        redirections: [Redirection], span: SourceSpan
    ) {
        self.invocation = invocation
        self.name = name
        self.nameSpan = nameSpan
        self.elements = elements
        self.redirections = redirections
        self.span = span
    }
}
