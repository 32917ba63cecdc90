/// Which commands of a running pipeline have run their `begin`: a command's `begin` runs once, in pipeline
/// order, or earlier when an upstream `begin` writes an object to it (pipeline.cs Start, DoBegin).
final class StageBegins {
    @exclusivity(unchecked) private(set) var ran: [Bool]

    init(count: Int) { ran = Array(repeating: false, count: count) }

    func begin(_ stage: PipelineStage, at index: Int) throws {
        ran[index] = true
        try stage.begin()
    }
}
