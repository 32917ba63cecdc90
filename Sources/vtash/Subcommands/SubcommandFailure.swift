/// A subcommand's own failure (after its arguments parsed): printed as `vtash SUBCOMMAND: message` with its exit code.
struct SubcommandFailure: Error {
    var subcommand: String
    var message: String
    var exitCode: Int32
}
