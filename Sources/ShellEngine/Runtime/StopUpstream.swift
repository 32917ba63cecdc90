/// Thrown by a command that needs no more input (`Select-Object -First`); the pipeline stops the
/// commands before it and lets the ones after it finish.
struct StopUpstream: Error {
    let stageIdentifier: ObjectIdentifier
}
