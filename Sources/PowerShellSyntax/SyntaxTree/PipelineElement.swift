public enum PipelineElement: Equatable, Sendable {
    case expression(Expression, redirections: [Redirection])
    case command(CommandAst)
}
